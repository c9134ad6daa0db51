import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);

// src/model/names.ts
var PEP503 = /[-_.]+/g;
function normaliseName(ecosystem, name) {
  switch (ecosystem) {
    case "PyPI":
      return name.replace(PEP503, "-").toLowerCase();
    case "npm":
    case "NuGet":
    case "Packagist":
    case "Pub":
      return name.toLowerCase();
    default:
      return name;
  }
}
function baseEcosystem(ecosystem) {
  const colon = ecosystem.indexOf(":");
  return colon === -1 ? ecosystem : ecosystem.slice(0, colon);
}
function matchKey(ecosystem, name) {
  const base = baseEcosystem(ecosystem);
  return `${base}\0${normaliseName(base, name)}`;
}

// src/model/order.ts
function byCodePoint(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

export {
  normaliseName,
  baseEcosystem,
  matchKey,
  byCodePoint
};

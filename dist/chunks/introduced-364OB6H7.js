import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);
import {
  inventory
} from "./chunk-LCLYWMSK.js";
import "./chunk-E5Z55AX4.js";
import "./chunk-CZ6J6QWZ.js";
import "./chunk-OZVVFGFN.js";
import "./chunk-M6GO3E2V.js";
import "./chunk-YDRWGAGK.js";
import {
  realRoot
} from "./chunk-RPU4CLOY.js";
import "./chunk-YEE6VURB.js";
import "./chunk-PCXDXHAE.js";
import "./chunk-KVOOFEH2.js";
import "./chunk-6KB27PZL.js";
import {
  matchKey
} from "./chunk-JPMRHXET.js";
import "./chunk-EKFZ64EB.js";
import "./chunk-JAWFNDPB.js";
import "./chunk-TVC7EKD4.js";
import "./chunk-X2NN6BVW.js";

// src/github/introduced.ts
import { existsSync } from "node:fs";
function versionKey(ecosystem, name, version) {
  return `${matchKey(ecosystem, name)}\0${version}`;
}
function readBaseInventory(basePath, exclude, helmValues = []) {
  if (!existsSync(basePath)) return { error: `base-path: ${basePath} does not exist (check out the base commit there first)` };
  const found = inventory(realRoot(basePath), { ...exclude ? { exclude } : {}, ...helmValues.length > 0 ? { helmValues } : {} });
  const keys = new Set(found.components.map((c) => versionKey(c.ecosystem, c.name, c.version)));
  const problems = found.problems.filter((p) => p.file !== void 0 && p.level !== "notice");
  const unread = new Set(problems.filter((p) => p.level === "error" || p.origin === "discover").map((p) => p.file));
  return { keys, components: found.components.length, problems, unread };
}
function splitIntroduced(findings, base) {
  const out = { introduced: [], inherited: [], undetermined: [] };
  for (const f of findings) {
    if (base.keys.has(versionKey(f.component.ecosystem, f.component.name, f.component.version))) out.inherited.push(f);
    else if (f.locations.some((l) => base.unread.has(l.file))) out.undetermined.push(f);
    else out.introduced.push(f);
  }
  return out;
}
export {
  readBaseInventory,
  splitIntroduced,
  versionKey
};

import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);

// src/report/escape.ts
var ZWSP = "\u200B";
function oneLine(s) {
  return s.replace(/[\r\n\u2028\u2029]+/g, " ").replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "");
}
function code(value) {
  const s = oneLine(value).replace(/\|/g, "\\|");
  if (s === "") return "` `";
  let longest = 0;
  for (const m of s.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const fence = "`".repeat(longest + 1);
  const pad = s.startsWith("`") || s.endsWith("`") || s.startsWith(" ") && s.endsWith(" ") ? " " : "";
  return `${fence}${pad}${s}${pad}${fence}`;
}
function text(value) {
  return oneLine(value).replace(/[\\`*_{}[\]()!|~>]/g, (c) => `\\${c}`).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/@/g, `@${ZWSP}`).replace(/#/g, `#${ZWSP}`).replace(/:\/\//g, `:${ZWSP}//`);
}
function link(label, url) {
  if (!/^https:\/\/[^\s()<>]+$/.test(url)) return text(label);
  return `[${text(label)}](${url})`;
}

// src/report/format.ts
function daysPhrase(f) {
  if (f.daysLeft === null) return f.status === "no-fix" ? "no fix yet" : f.status === "unknown-clock" ? "no date to start the clock" : "no deadline";
  if (f.daysLeft < 0) return `${-f.daysLeft} day${f.daysLeft === -1 ? "" : "s"} overdue`;
  if (f.daysLeft === 0) return "due today";
  return `${f.daysLeft} day${f.daysLeft === 1 ? "" : "s"} left`;
}
function fixPhrase(f) {
  if (f.fixedVersion === null) return "no fix";
  const rec = f.recommendedVersion;
  const fix = rec && rec !== f.fixedVersion ? `${f.fixedVersion} (recommended ${rec})` : f.fixedVersion;
  const up = f.kind === "end-of-life" ? f.upgrade : void 0;
  if (!up) return fix;
  return `${fix}${up.step.eol ? ` (supported to ${up.step.eol})` : ""}${up.newest ? `, newest ${up.newest.version}` : ""}`;
}
function headline(f) {
  const ids = f.advisory.aliases.length > 0 ? `${f.advisory.id} (${f.advisory.aliases.slice(0, 3).join(", ")})` : f.advisory.id;
  return `${f.component.name}@${f.component.version}: ${ids}, ${f.severity}, ${f.status}, ${daysPhrase(f)}; fix: ${fixPhrase(f)}${f.deadline ? `; deadline ${f.deadline}` : ""}`;
}

export {
  daysPhrase,
  fixPhrase,
  headline,
  code,
  text,
  link
};

import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);
import {
  code,
  headline
} from "./chunk-LOVFOCI6.js";
import {
  SEVERITY_ORDER
} from "./chunk-3TVK7CKK.js";
import {
  byCodePoint
} from "./chunk-JPMRHXET.js";

// src/github/links.ts
var SAFE_URL = /^https?:\/\/[^\s()<>]+$/;
function encodePath(path) {
  return path.split("/").map((seg) => encodeURIComponent(seg).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
}
function repoPath(links, file) {
  return links.prefix ? `${links.prefix.replace(/\/+$/, "")}/${file}` : file;
}
function blobUrl(links, file, line) {
  if (!links.owner || !links.repo || !/^[0-9a-f]{7,64}$/i.test(links.sha)) return void 0;
  const url = `${links.serverUrl}/${encodeURIComponent(links.owner)}/${encodeURIComponent(links.repo)}/blob/${links.sha}/${encodePath(repoPath(links, file))}${line ? `#L${line}` : ""}`;
  return SAFE_URL.test(url) ? url : void 0;
}
function locationLink(links, file, line) {
  const label = code(`${repoPath(links, file)}:${line}`);
  const url = blobUrl(links, file, line);
  return url ? `[${label}](${url})` : label;
}

// src/report/annotations.ts
var STATUS_RANK = { overdue: 0, "due-soon": 1, within: 2, "unknown-clock": 3, "no-fix": 4, excepted: 5 };
function compareUrgency(a, b) {
  return STATUS_RANK[a.status] - STATUS_RANK[b.status] || SEVERITY_ORDER.indexOf(b.severity) - SEVERITY_ORDER.indexOf(a.severity) || (a.daysLeft ?? Number.MAX_SAFE_INTEGER) - (b.daysLeft ?? Number.MAX_SAFE_INTEGER) || byCodePoint(a.component.name, b.component.name) || byCodePoint(a.advisory.id, b.advisory.id);
}
function annotationsFor(report, prefix = "") {
  const out = [];
  const push = (f, level) => {
    for (const loc of f.locations.slice(0, 5)) {
      out.push({
        level,
        title: `${f.status === "overdue" ? "Overdue" : "Due soon"} ${f.severity} patch: ${f.component.name}`,
        message: headline(f),
        file: prefix ? `${prefix.replace(/\/+$/, "")}/${loc.file}` : loc.file,
        line: loc.line
      });
    }
  };
  for (const f of [...report.findings].sort(compareUrgency)) {
    if (f.status === "overdue") push(f, "error");
    else if (f.status === "due-soon") push(f, "warning");
  }
  return out;
}

export {
  compareUrgency,
  annotationsFor,
  repoPath,
  blobUrl,
  locationLink
};

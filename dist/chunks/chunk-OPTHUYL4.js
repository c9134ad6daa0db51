import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);
import {
  addMonths
} from "./chunk-S3NLYMJX.js";

// src/evaluate/policy/duration.ts
var DURATION_PATTERN = "^(0|[1-9][0-9]{0,4})(d|w|h|mo)$";
var DURATION_RE = new RegExp(DURATION_PATTERN);
var PERCENT_RE = /^(100|[1-9]?[0-9])(\.[0-9]{1,4})?%$/;
function parseDuration(text) {
  const m = DURATION_RE.exec(text);
  if (!m) return void 0;
  const n = Number(m[1]);
  switch (m[2]) {
    case "d":
      return { days: n, months: 0 };
    case "w":
      return { days: n * 7, months: 0 };
    case "h":
      return n % 24 === 0 ? { days: n / 24, months: 0 } : void 0;
    default:
      return { days: 0, months: n };
  }
}
function isPartialDayDuration(text) {
  const m = DURATION_RE.exec(text);
  return m !== null && m[2] === "h" && Number(m[1]) % 24 !== 0;
}
function addDuration(day, d) {
  return addMonths(day, d.months) + d.days;
}
function parseDueSoon(text) {
  if (PERCENT_RE.test(text)) return { kind: "share", share: Number(text.slice(0, -1)) / 100 };
  const duration = parseDuration(text);
  return duration ? { kind: "duration", duration } : void 0;
}

export {
  parseDuration,
  isPartialDayDuration,
  addDuration,
  parseDueSoon
};

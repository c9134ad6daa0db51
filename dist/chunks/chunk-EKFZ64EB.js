import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);
import {
  LIMITS
} from "./chunk-TVC7EKD4.js";

// src/model/problem.ts
function problem(origin, file, message, line, level = "error") {
  const p = { level, origin, file, message };
  if (line !== void 0) p.line = line;
  return p;
}
function clipMessage(p) {
  const max = LIMITS.problemMaxChars;
  return p.message.length <= max ? p : { ...p, message: `${p.message.slice(0, max - 1)}\u2026` };
}

export {
  problem,
  clipMessage
};

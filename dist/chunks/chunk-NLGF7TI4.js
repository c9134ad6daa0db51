import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);

// src/notify/state.ts
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
var ALERT_STATE_VERSION = 1;
function emptyState() {
  return { version: ALERT_STATE_VERSION, channels: {} };
}
var isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function parseState(value) {
  if (!isObj(value)) return { error: "expected a JSON object" };
  if (value.version !== ALERT_STATE_VERSION) return { error: `expected version ${ALERT_STATE_VERSION}, got ${JSON.stringify(value.version)}` };
  if (!isObj(value.channels)) return { error: "expected a channels object" };
  const state = emptyState();
  for (const [id, ch] of Object.entries(value.channels)) {
    if (!isObj(ch) || !isObj(ch.findings)) return { error: `channel ${id}: expected an object with findings` };
    if (ch.gate !== void 0 && ch.gate !== "pass" && ch.gate !== "fail") return { error: `channel ${id}: gate must be pass or fail` };
    const findings = {};
    for (const [key, kinds] of Object.entries(ch.findings)) {
      if (!Array.isArray(kinds) || !kinds.every((k) => typeof k === "string")) return { error: `channel ${id}: finding ${key}: expected a list of strings` };
      findings[key] = kinds;
    }
    state.channels[id] = ch.gate === void 0 ? { findings } : { gate: ch.gate, findings };
  }
  return { state };
}
function loadStateFile(file) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    if (err.code === "ENOENT") return { state: emptyState(), problems: [] };
    return { state: emptyState(), problems: [{ level: "warning", origin: "notify", file, message: `alert state cannot be read (${err.message}); starting afresh` }] };
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { state: emptyState(), problems: [{ level: "warning", origin: "notify", file, message: `alert state is not JSON (${err.message}); starting afresh` }] };
  }
  const parsed = parseState(value);
  if ("error" in parsed) return { state: emptyState(), problems: [{ level: "warning", origin: "notify", file, message: `not a patchwarden alert state: ${parsed.error}; starting afresh` }] };
  return { state: parsed.state, problems: [] };
}
function canonicalState(state) {
  const channels = {};
  for (const id of Object.keys(state.channels).sort()) {
    const ch = state.channels[id];
    const findings = {};
    for (const key of Object.keys(ch.findings).sort()) findings[key] = [...ch.findings[key]].sort();
    channels[id] = ch.gate === void 0 ? { findings } : { gate: ch.gate, findings };
  }
  return { version: state.version, channels };
}
function serializeState(state) {
  return JSON.stringify(canonicalState(state), null, 2) + "\n";
}
function saveStateFile(file, state) {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, serializeState(state));
    renameSync(tmp, file);
  } finally {
    rmSync(tmp, { force: true });
  }
}

export {
  emptyState,
  parseState,
  loadStateFile,
  canonicalState,
  saveStateFile
};

import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);

// src/github/errors.ts
function statusOf(err) {
  const s = err?.status;
  return typeof s === "number" ? s : void 0;
}
function messageOf(err) {
  return err instanceof Error ? err.message : String(err);
}
function isTransient(err) {
  const s = statusOf(err);
  if (s === void 0) return false;
  if (s >= 500 || s === 429) return true;
  return s === 403 && /secondary rate limit|rate limit exceeded/i.test(messageOf(err));
}

export {
  statusOf,
  messageOf,
  isTransient
};

import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);

// src/model/arrays.ts
function fitted(items) {
  return items.length === 0 ? [] : items.slice();
}

export {
  fitted
};

import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);

// src/model/types.ts
var SEVERITY_ORDER = ["low", "medium", "high", "critical"];

export {
  SEVERITY_ORDER
};

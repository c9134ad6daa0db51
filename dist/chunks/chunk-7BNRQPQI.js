import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);

// src/version.ts
var TOOL_NAME = "patchwarden";
var TOOL_VERSION = "0.1.0";

export {
  TOOL_NAME,
  TOOL_VERSION
};

// Kept equal to package.json's version by a test; a bundled action cannot read package.json.
export const TOOL_NAME = 'patchwarden';
export const TOOL_VERSION = '0.1.0';

// Bundles the action and the CLI into dist/ (committed; CI rebuilds and diffs it). esbuild is
// deterministic for the same inputs and lockfile, which is what makes that check meaningful.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

// Bundled CommonJS dependencies call require() for Node built-ins; an ESM bundle has none.
const banner = "import { createRequire as __pwCreateRequire } from 'node:module';\nconst require = __pwCreateRequire(import.meta.url);";

rmSync('dist', { recursive: true, force: true });
const common = {
  bundle: true,
  platform: 'node',
  // jsonc-parser's "main" is a UMD build with dynamic requires that a bundle cannot resolve.
  mainFields: ['module', 'main'],
  format: 'esm',
  target: 'node20',
  sourcemap: false,
  minify: false,
  legalComments: 'eof',
  logLevel: 'warning',
  banner: { js: banner },
};
await build({ ...common, entryPoints: ['src/action.ts'], outfile: 'dist/index.js' });
await build({ ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: `#!/usr/bin/env node\n${banner}` } });

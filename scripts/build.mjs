// Bundles the action and the CLI into dist/ (committed; CI rebuilds and diffs it). esbuild is
// deterministic for the same inputs and lockfile, which is what makes that check meaningful.
// Code splitting keeps what a run may not need (Octokit, the live sources) in chunks that are
// loaded on first use, so the action starts quickly when it has little to do.
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';

// Bundled CommonJS dependencies call require() for Node built-ins; an ESM bundle has none.
const banner = "import { createRequire as __pwCreateRequire } from 'node:module';\nconst require = __pwCreateRequire(import.meta.url);";

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { index: 'src/action.ts', cli: 'src/cli.ts' },
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
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
});
const cli = 'dist/cli.js';
writeFileSync(cli, `#!/usr/bin/env node\n${readFileSync(cli, 'utf8')}`);

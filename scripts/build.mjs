// Bundles the action and the CLI into dist/ (committed; CI rebuilds and diffs it). esbuild is
// deterministic for the same inputs and lockfile, which is what makes that check meaningful.
// Code splitting keeps what a run may not need (Octokit, the live sources) in chunks that are
// loaded on first use, so the action starts quickly when it has little to do.
//
//   node scripts/build.mjs [--outdir DIR] [--metafile FILE]
//
// --outdir builds elsewhere than dist/ (tests and the benchmark inspect a fresh build without
// touching the committed one); --metafile writes esbuild's metafile (which input went into which
// chunk, and which chunk imports which), for finding what the start-up path loads.
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({ options: { outdir: { type: 'string', default: 'dist' }, metafile: { type: 'string' } } });
const outdir = args.outdir;

// Bundled CommonJS dependencies call require() for Node built-ins; an ESM bundle has none.
const banner = "import { createRequire as __pwCreateRequire } from 'node:module';\nconst require = __pwCreateRequire(import.meta.url);";

// @actions/core imports its OIDC client (and through it @actions/http-client and undici, 0.8 MB)
// at load time for getIDToken, which patchwarden never calls, and its platform details (and
// through them @actions/exec) likewise. Both modules only define things, so telling esbuild they
// have no side effects lets it leave them out where nothing uses them: the action then starts
// without compiling undici. Octokit's chunk still bundles the http-client it does use.
const sideEffectFree = {
  name: 'side-effect-free',
  setup(b) {
    b.onResolve({ filter: /^\.\/(oidc-utils|platform)\.js$/ }, async (args) => {
      if (args.pluginData?.own || !/[\\/]node_modules[\\/]@actions[\\/]core[\\/]lib$/.test(args.resolveDir)) return undefined;
      const resolved = await b.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, pluginData: { own: true } });
      return resolved.errors.length > 0 ? undefined : { path: resolved.path, sideEffects: false };
    });
  },
};

rmSync(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints: { index: 'src/action.ts', cli: 'src/cli.ts', 'index-worker': 'src/advise/index-worker.ts' },
  outdir,
  metafile: args.metafile !== undefined,
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  bundle: true,
  platform: 'node',
  // jsonc-parser's "main" is a UMD build with dynamic requires that a bundle cannot resolve.
  mainFields: ['module', 'main'],
  format: 'esm',
  target: 'node22',
  sourcemap: false,
  minify: false,
  legalComments: 'eof',
  logLevel: 'warning',
  banner: { js: banner },
  plugins: [sideEffectFree],
});
if (args.metafile !== undefined) writeFileSync(args.metafile, JSON.stringify(result.metafile));
const cli = join(outdir, 'cli.js');
writeFileSync(cli, `#!/usr/bin/env node\n${readFileSync(cli, 'utf8')}`);

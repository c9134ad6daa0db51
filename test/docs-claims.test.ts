import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultCacheDir } from '../src/advise/live/index.js';
import { USAGE } from '../src/cli/run.js';
import { REPO_ROOT } from './helpers/shared.js';

// Claims the README and --help make about the code, kept true.

const README = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8').replace(/\s+/g, ' ');
const BUILD = readFileSync(join(REPO_ROOT, 'scripts', 'build.mjs'), 'utf8');
const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };

describe('docs that match the code', () => {
  it('dist/: one file per entry point with split chunks, as the build script does', () => {
    expect(BUILD).toMatch(/splitting: true/);
    expect(BUILD).toMatch(/chunkNames: 'chunks\//);
    expect(README).toContain('with code split into `dist/chunks/`');
    expect(README).not.toMatch(/one ESM file per entry point/);
  });

  it("picomatch's regular expressions backtrack: the docs say so and name the bound", () => {
    expect(README).not.toMatch(/without catastrophic backtracking|no catastrophic backtracking/);
    expect(README).toContain('picomatch compiles globs to backtracking regular expressions');
    expect(README).toContain('Its regular expressions backtrack, so a glob\'s wildcards are bounded (`LIMITS.globMaxWildcards`');
  });

  it('the default cache folder is the one defaultCacheDir picks, in --help and the README', () => {
    expect(defaultCacheDir({ RUNNER_TEMP: '/rt', XDG_CACHE_HOME: '/x' })).toBe('/rt/patchwarden-cache');
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/x' })).toBe('/x/patchwarden');
    expect(defaultCacheDir({}).endsWith('/.cache/patchwarden')).toBe(true);
    const said = '$RUNNER_TEMP/patchwarden-cache, else $XDG_CACHE_HOME/patchwarden, else ~/.cache/patchwarden';
    expect(USAGE.replace(/\s+/g, ' ')).toContain(said);
    expect(README).toContain('`$RUNNER_TEMP/patchwarden-cache`, else `$XDG_CACHE_HOME/patchwarden`, else `~/.cache/patchwarden`');
  });

  it('the supported Node versions the README names are the engines field', () => {
    expect(README).toContain(`(\`${pkg.engines.node}\``);
  });
});

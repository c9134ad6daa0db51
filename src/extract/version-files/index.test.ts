import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchRuntime } from '../../match/runtime.js';
import type { ProductReleases } from '../../advise/runtime/types.js';
import { contextFor } from '../images/test-support.js';
import { EXTRACTORS } from '../registry.js';
import { versionFiles } from './index.js';

const ctx = contextFor('/nonexistent');
const read = (path: string, text: string): ReturnType<typeof versionFiles.extract> => versionFiles.extract({ path, text }, ctx);
const rows = (r: ReturnType<typeof read>): string[] => r.components.map((c) => `${c.locations[0]!.file}:${c.locations[0]!.line} ${c.name}@${c.version} -> ${c.runtime!.productVersion}`);

describe('version-manager files', () => {
  it.each(['.nvmrc', 'web/.node-version', '.python-version', '.ruby-version', '.tool-versions', 'rust-toolchain.toml', 'rust-toolchain'])('%s is read here', (p) =>
    expect(EXTRACTORS.find((e) => e.claims(p))?.id).toBe('version-files'),
  );

  it('reads each file as its manager writes it', () => {
    expect(rows(read('.nvmrc', 'v20.11.0\n'))).toEqual(['.nvmrc:1 nodejs@v20.11.0 -> 20.11.0']);
    expect(rows(read('.nvmrc', 'lts/iron\n'))).toEqual(['.nvmrc:1 nodejs@lts/iron -> 20']);
    expect(rows(read('.python-version', '# pyenv\n3.12.1\n3.11.7\n'))).toEqual(['.python-version:2 python@3.12.1 -> 3.12.1']);
    expect(rows(read('.ruby-version', 'ruby-3.2.2\n'))).toEqual(['.ruby-version:1 ruby@ruby-3.2.2 -> 3.2.2']);
    // Plugins named like an endoflife.date product are that product (terraform); others are not read (kubectl).
    expect(rows(read('.tool-versions', 'nodejs 18.19.0\nterraform 1.7.0\npython 3.12.1 3.11.7\ngolang 1.22.0 # build\nkubectl 1.29.1\n'))).toEqual([
      '.tool-versions:1 nodejs@18.19.0 -> 18.19.0',
      '.tool-versions:2 terraform@1.7.0 -> 1.7.0',
      '.tool-versions:3 python@3.12.1 -> 3.12.1',
      '.tool-versions:4 go@1.22.0 -> 1.22.0',
    ]);
    // Rocket.Chat's own .tool-versions (the fixture): Deno, an endoflife.date product.
    expect(rows(read('.tool-versions', readFileSync(join(import.meta.dirname, '__fixtures__', 'rocket.chat', '.tool-versions'), 'utf8')))).toEqual(['.tool-versions:1 deno@1.37.1 -> 1.37.1']);
    expect(rows(read('rust-toolchain.toml', '[toolchain]\nchannel = "1.76.0"\ncomponents = ["clippy"]\n'))).toEqual(['rust-toolchain.toml:2 rust@1.76.0 -> 1.76.0']);
  });

  it('says where a file names no version', () => {
    expect(read('.nvmrc', 'lts/*\n').problems.map((p) => [p.line, p.message])).toEqual([[1, 'nodejs "lts/*" names no version (a channel or alias such as lts/*, latest or system); not checked']]);
    expect(read('.node-version', '\n').problems.map((p) => [p.line, p.message])).toEqual([[1, 'empty version file; not checked']]);
    expect(read('rust-toolchain.toml', '[toolchain]\nprofile = "minimal"\n').problems.map((p) => p.message)).toEqual(['no [toolchain] channel = "..." found; not checked']);
  });

  it('puts the pinned runtime on the release data clock', () => {
    // Shaped as endoflife.date's nodejs.md and release data: 18 ended 2025-04-30; 20 (eol
    // 2026-04-30) and 22 (eol 2027-04-30) are supported; 18.20.8 is 18's newest release.
    const nodejs: ProductReleases = {
      product: 'nodejs',
      cycles: [
        { cycle: '22', eol: '2027-04-30', latest: '22.18.0' },
        { cycle: '20', eol: '2026-04-30', latest: '20.19.4' },
        { cycle: '18', eol: '2025-04-30', latest: '18.20.8' },
      ],
      versions: new Map([['18.19.0', '2023-11-29'], ['18.20.8', '2025-03-27'], ['20.19.4', '2025-07-15'], ['22.18.0', '2025-07-31']]),
      sources: ['nodejs.md'],
    };
    const r = read('.tool-versions', 'nodejs 18.19.0\n');
    const m = matchRuntime(r.components, { products: new Map([['nodejs', nodejs]]), nodeVulnerabilities: [] }, new Date('2025-09-01T00:00:00Z'));
    expect(m.matches.map((x) => [x.kind, x.advisory.id, x.fixedVersion, x.fixReleased])).toEqual([
      ['end-of-life', 'PW-EOL-nodejs-18', '20.19.4', '2025-04-30'],
      ['patch-lag', 'PW-PATCH-nodejs-18.19.0', '18.20.8', '2025-03-27'],
    ]);
    expect(m.matches[0]!.upgrade).toEqual({ step: { version: '20.19.4', cycle: '20', eol: '2026-04-30' }, newest: { version: '22.18.0', cycle: '22', eol: '2027-04-30' } });
  });
});

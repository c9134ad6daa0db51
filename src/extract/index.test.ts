import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { retainedBytes } from '../../test/helpers/retained.js';
import { tempDir } from '../../test/helpers/tmp.js';
import { realRoot } from '../discover/read.js';
import { inventory } from '../inventory.js';
import type { Component } from '../model/types.js';

const MB = 2 ** 20;
const GO_MOD = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'corpus', 'repos', 'mattermost__mattermost-operator@4f59dc0930', 'go.mod');

describe('extractAll', () => {
  it('keeps the components, not the texts of the files they were read from', () => {
    // 20 copies of a real go.mod (the corpus's mattermost-operator), each with 1 MB of comment
    // lines before it and its GitHub owners renamed per copy (the same module in two files is one
    // component, kept by its first file only). A module path a line reader slices from a file
    // kept the file's whole text to the end of the run: 20 MB here without ownString, and in the
    // monorepo benchmark 11 MB of yarn.lock, pnpm-lock.yaml and other lockfiles' text.
    const root = tempDir('pw-extract-');
    const goMod = readFileSync(GO_MOD, 'utf8');
    const padding = `// ${'x'.repeat(1021)}\n`.repeat(1024);
    for (let i = 0; i < 20; i++) {
      mkdirSync(join(root, `svc-${i}`));
      writeFileSync(join(root, `svc-${i}`, 'go.mod'), padding + goMod.replaceAll('\tgithub.com/', `\tgithub.com/copy${i}-`));
    }
    let components: Component[] = [];
    const retained = retainedBytes(() => inventory(realRoot(root)).components, (c) => (components = c));
    expect(components.map((c) => c.name)).toContain('github.com/copy7-go-logr/logr');
    expect(new Set(components.flatMap((c) => c.locations.map((l) => l.file))).size).toBe(20);
    expect(retained).toBeLessThan(2 * MB);
  });
});

import { readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filesUnder, shared } from '../../../test/helpers/shared.js';
import { expectSameAsParse } from './scan-testkit.js';

// Every pnpm-lock.yaml in the shared corpus, real files as pnpm wrote them: the line scanner
// must read each (they are what it is for) and read it exactly as the YAML parse does.
const LOCKFILES = filesUnder(shared()).filter((p) => basename(p) === 'pnpm-lock.yaml');

describe('pnpm line scanner over the corpus', () => {
  it('finds the corpus lockfiles', () => {
    expect(LOCKFILES.length).toBeGreaterThanOrEqual(2);
  });

  for (const path of LOCKFILES) {
    it(relative(shared(), path), () => {
      expect(expectSameAsParse(readFileSync(path, 'utf8'), path)).toBe(true);
    });

    it(`${relative(shared(), path)}: copies cut after a line, read as the parse reads them`, () => {
      // A copy cut at a line end is still well-formed YAML, ending anywhere in any section.
      const text = readFileSync(path, 'utf8');
      fc.assert(
        fc.property(fc.nat(), (at) => {
          const end = text.indexOf('\n', at % text.length) + 1;
          expectSameAsParse(text.slice(0, end), `${path} cut at ${end}`);
        }),
        { numRuns: 12, seed: 1 },
      );
    });
  }
});

import { describe, expect, it } from 'vitest';
import { EXTRACTORS } from '../../src/extract/registry.js';
import type { Extractor } from '../../src/model/extractor.js';
import { contextFor, readCorpus, scanPath, seedsFor } from '../../fuzz/corpus.js';
import { comparable } from './kit.js';

// The same real file with CRLF line ends, or a mix of LF and CRLF (what a Windows checkout or a
// hand edit leaves), must give exactly the components, lines and problems of its LF original:
// a location one line off points the annotation at the wrong dependency.

const toLf = (t: string): string => t.replace(/\r\n?/g, '\n');
const crlf = (t: string): string => toLf(t).replace(/\n/g, '\r\n');
/** LF and CRLF alternating line by line. */
const mixed = (t: string): string => toLf(t).split('\n').map((l, i, all) => (i === all.length - 1 ? l : l + (i % 2 ? '\r\n' : '\n'))).join('');

const cases = EXTRACTORS.flatMap((ex) => seedsFor(ex, EXTRACTORS, { limit: 2, productive: true }).map((f) => [ex, f] as const));

describe('CRLF and mixed line ends, on real files of every format', () => {
  it('every registered extractor has a real file to try', () => {
    const covered = new Set(cases.map(([ex]) => ex.id));
    expect(EXTRACTORS.filter((ex) => !covered.has(ex.id)).map((ex) => ex.id)).toEqual([]);
  });

  it.each(cases.map(([ex, f]) => [`${ex.id}: ${f.rel}`, ex, f] as const))('%s', (_name, ex: Extractor, f) => {
    const ctx = contextFor(f);
    const path = scanPath(f);
    const lf = toLf(readCorpus(f));
    const base = comparable(ex.extract({ path, text: lf }, ctx));
    expect(comparable(ex.extract({ path, text: crlf(lf) }, ctx)), 'CRLF').toEqual(base);
    expect(comparable(ex.extract({ path, text: mixed(lf) }, ctx)), 'mixed').toEqual(base);
  });
});

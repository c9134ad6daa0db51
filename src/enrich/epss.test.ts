import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadEpss, parseEpss } from './epss.js';

// The layout of FIRST's daily file (https://epss.empiricalsecurity.com/epss_scores-YYYY-MM-DD.csv.gz):
// a `#model_version` comment line, the header, then `cve,epss,percentile` rows. The rows below
// restate that layout with CVEs from the shared corpus; the numbers are only test values.
const SAMPLE = [
  '#model_version:v2025.03.14,score_date:2026-08-21T12:55:00Z',
  'cve,epss,percentile',
  'CVE-2021-44228,0.94358,0.99962',
  'CVE-2024-37890,0.00286,0.51911',
  'CVE-2022-22965,9.4e-01,0.9995',
  '',
].join('\n');

describe('parseEpss', () => {
  it('reads the model line, the header and the rows', () => {
    const r = parseEpss(SAMPLE);
    expect(r.problems).toEqual([]);
    expect(r.modelVersion).toBe('v2025.03.14');
    expect(r.scoreDate).toBe('2026-08-21T12:55:00Z');
    expect(r.scores.get('CVE-2021-44228')).toEqual({ score: 0.94358, percentile: 0.99962 });
    expect(r.scores.get('CVE-2022-22965')).toEqual({ score: 0.94, percentile: 0.9995 });
    expect(r.scores.size).toBe(3);
  });

  it('finds columns by name and accepts CRLF and a file without percentile', () => {
    const r = parseEpss('percentile,cve,epss\r\n0.5,cve-2024-37890,0.1\r\n');
    expect(r.scores.get('CVE-2024-37890')).toEqual({ score: 0.1, percentile: 0.5 });
    expect(parseEpss('cve,epss\nCVE-2024-37890,0.25\n').scores.get('CVE-2024-37890')).toEqual({ score: 0.25 });
  });

  it('skips bad rows with their line, and refuses a file without the header', () => {
    const r = parseEpss('#model_version:x\ncve,epss,percentile\nCVE-2024-37890,1.5,0.2\nnot-a-cve,0.1,0.1\nCVE-2021-44228,0.9,high\n', 'e.csv');
    expect(r.scores.size).toBe(0);
    expect(r.problems.map((p) => [p.line, p.message])).toEqual([
      [3, 'row skipped: CVE-2024-37890: expected an EPSS score from 0 to 1, got "1.5"'],
      [4, 'row skipped: expected a CVE id like CVE-2021-44228, got "not-a-cve"'],
      [5, 'row skipped: CVE-2021-44228: expected a percentile from 0 to 1, got "high"'],
    ]);
    expect(parseEpss('id,score\n', 'e.csv').problems[0]).toMatchObject({ level: 'error', line: 1, message: 'expected a header line "cve,epss,percentile", got "id,score"' });
  });

  it('reports only the first twenty bad rows one by one', () => {
    const rows = Array.from({ length: 25 }, () => 'x,y,z');
    const r = parseEpss(['cve,epss,percentile', ...rows].join('\n'));
    expect(r.problems).toHaveLength(21);
    expect(r.problems[20]!.message).toBe('5 more rows skipped');
  });
});

describe('loadEpss', () => {
  it('reads plain and gzip files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-epss-'));
    try {
      writeFileSync(join(dir, 'epss.csv'), SAMPLE);
      writeFileSync(join(dir, 'epss.csv.gz'), gzipSync(SAMPLE));
      const plain = await loadEpss(join(dir, 'epss.csv'));
      const gz = await loadEpss(join(dir, 'epss.csv.gz'));
      expect(gz.scores).toEqual(plain.scores);
      expect(gz.scores.size).toBe(3);
      writeFileSync(join(dir, 'bad.csv.gz'), 'not gzip');
      const bad = await loadEpss(join(dir, 'bad.csv.gz'));
      expect(bad.problems[0]!.message).toMatch(/^EPSS file not read: /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

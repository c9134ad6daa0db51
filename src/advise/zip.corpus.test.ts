import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { shared } from '../../test/helpers/shared.js';
import { readZipText } from './zip.js';

describe('ZipArchive on the whole OSV bundles, against unzip', () => {
  for (const eco of ['Go', 'PyPI', 'crates.io']) {
    it(`lists and reads every entry of ${eco}/all.zip as unzip does`, async () => {
      const path = shared('osv', eco, 'all.zip');
      const names = execFileSync('unzip', ['-Z1', path], { encoding: 'utf8', maxBuffer: 64 << 20 }).split('\n').filter((l) => l !== '' && !l.endsWith('/'));
      const seen: string[] = [];
      const res = await readZipText(path, () => true, (e) => {
        seen.push(e.name);
        expect(e.text.startsWith('{')).toBe(true);
      });
      expect(res.skipped).toEqual([]);
      expect(seen).toEqual(names);
      const probe = names[Math.floor(names.length / 2)]!;
      let text = '';
      await readZipText(path, (name) => name === probe, (e) => (text = e.text));
      expect(text).toBe(execFileSync('unzip', ['-p', path, probe], { encoding: 'utf8' }));
    });
  }

});

import { expect, it } from 'vitest';
import type { ExtractContext } from '../../model/extractor.js';
import { npmLock } from './index.js';

// Checks of the npm lockfile extractor against a whole real lockfile, shared by the default suite
// (lockfiles trimmed into test/corpus/) and the corpus suite (the rest of the shared corpus).

const ctx: ExtractContext = { readFile: () => undefined };
export const runNpmLock = (path: string, text: string) => npmLock.extract({ path, text }, ctx);

export /** Independent of the extractor: entries found by their formatting, as npm writes them. */
function entriesByText(text: string, keyPattern: RegExp): Map<number, string> {
  const out = new Map<number, string>();
  text.split('\n').forEach((l, i) => {
    const m = keyPattern.exec(l);
    if (m) out.set(i + 1, m[1]!);
  });
  return out;
}

/** The tests every real package-lock.json passes: call inside a describe. */
export function realPackageLockTests(text: string): void {
  const result = runNpmLock('package-lock.json', text);
  const lines = text.split('\n');

  it('reads every installed entry, each at the line of its key', () => {
    const expected = entriesByText(text, /^ {4}"((?:[^"]*\/)?node_modules\/[^"]+)": \{$/);
    // link entries point at workspace folders and are not packages of their own
    const links = [...expected.keys()].filter((line) => /"link": true/.test(lines[line]! + lines[line + 1]!));
    expect(result.problems.filter((p) => p.level === 'error')).toEqual([]);
    expect(result.components.length).toBe(expected.size - links.length);
    for (const c of result.components) {
      const key = expected.get(c.locations[0]!.line);
      expect(key, `${c.name}@${c.version}`).toBeDefined();
      // the key names the installed folder; an alias installs the real package under another name
      const folder = key!.slice(key!.lastIndexOf('node_modules/') + 13);
      if (folder !== c.name) expect(lines[c.locations[0]!.line]).toContain(`"name": "${c.name}"`);
      expect(lines[c.locations[0]!.line]! + lines[c.locations[0]!.line + 1]!).toContain(`"version": "${c.version}"`);
    }
  });

  it('builds npm purls and marks dev entries as the lockfile does', () => {
    const devCount = (text.match(/^ {6}"dev": true,?$/gm) ?? []).length;
    expect(result.components.filter((c) => c.dev).length).toBe(devCount);
    for (const c of result.components) {
      expect(c.ecosystem).toBe('npm');
      expect(c.purl.startsWith('pkg:npm/')).toBe(true);
      expect(c.purl.endsWith(`@${encodeURIComponent(c.version)}`)).toBe(true);
    }
  });
}

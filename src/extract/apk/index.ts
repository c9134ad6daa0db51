import { osComponent } from '../../model/os.js';
import type { Component, Problem } from '../../model/types.js';
import { distroOf } from '../os-release.js';
import type { ExtractContext, ExtractResult, Extractor, SourceFile } from '../../model/extractor.js';
import { problem } from '../../model/problem.js';

// apk's database of installed packages, `lib/apk/db/installed` (apk-tools' "installed" database,
// apk-v2 format): one block per package, separated by blank lines, of single-letter `X:value`
// lines. P is the package, V its version, A its architecture, o its origin (the source package,
// which Alpine's secdb and OSV records name). A saved copy named `*.apk-installed` is read too.
// Each component is at the line of its P: field.

const ORIGIN = 'extract/apk';
const USUAL = /(?:^|\/)lib\/apk\/db\/installed$/;

interface Block {
  fields: Map<string, string>;
  line: number;
}

function blocks(text: string): Block[] {
  const out: Block[] = [];
  let cur: Block | undefined;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.replace(/\r$/, '');
    if (raw === '') {
      cur = undefined;
      continue;
    }
    if (raw.length < 2 || raw[1] !== ':') continue;
    const key = raw[0]!;
    if (!cur) {
      cur = { fields: new Map(), line: i + 1 };
      out.push(cur);
    }
    // A field given again replaces the earlier value, as apk's database reader assigns it
    // (files, F:/R:/Z:, repeat per package and are not kept).
    cur.fields.set(key, raw.slice(2));
    if (key === 'P') cur.line = i + 1;
  }
  return out;
}

function extract(file: SourceFile, ctx: ExtractContext): ExtractResult {
  const problems: Problem[] = [];
  const components: Component[] = [];
  const all = blocks(file.text);
  if (all.length === 0) return { components, problems };
  const os = distroOf(file.path, USUAL, ctx, ORIGIN, 'alpine', problems);
  for (const b of all) {
    const name = b.fields.get('P');
    const version = b.fields.get('V');
    if (!name || !version) {
      problems.push(problem(ORIGIN, file.path, `package block without ${name ? 'a V: (version)' : 'a P: (package)'} line; skipped`, b.line, 'warning'));
      continue;
    }
    components.push(osComponent({ manager: 'apk', distro: os.distro, release: os.release, name, version, arch: b.fields.get('A'), sourceName: b.fields.get('o'), file: file.path, line: b.line }));
  }
  return { components, problems };
}

export const apkInstalled: Extractor = {
  id: 'apk',
  description: 'apk installed database (lib/apk/db/installed, *.apk-installed): installed Alpine packages',
  claims: (path) => USUAL.test(path) || path.endsWith('.apk-installed'),
  extract,
};

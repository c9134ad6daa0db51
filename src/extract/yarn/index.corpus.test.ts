import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOverwrittenCopies } from '../bundler/lockfile-testkit.js';
import { shared } from '../../../test/helpers/shared.js';
import { yarnLock } from './index.js';
import { checkCutCopies, findOne, folderContext, identity, lineAt, lineOfText, lineProblems, NO_FILES } from './testkit.js';

const ELECTRON = 'RocketChat__Rocket.Chat.Electron@ba14487f3c';
const ROCKETCHAT = 'hmchangw__Rocket.Chat@50c4441363';
const REACTNATIVE = 'RocketChat__Rocket.Chat.ReactNative@b8f9873b30';

function run(folder: string, text?: string) {
  const lockText = text ?? readFileSync(join(folder, 'yarn.lock'), 'utf8');
  return { text: lockText, ...yarnLock.extract({ path: 'yarn.lock', text: lockText }, folderContext(folder)) };
}

function corpus(dir: string) {
  return run(join(shared('repos', dir), ''));
}


/** Berry, counted apart from the extractor: one package per distinct `resolution`, a patch counted as what it patches. */
function berryPackages(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/^ {2}resolution: "(.*)"$/gm)) {
    const patch = /^.+?@patch:(.+?)#/.exec(m[1]!);
    out.add(patch ? decodeURIComponent(patch[1]!) : m[1]!);
  }
  return out;
}

/** Classic, counted apart: the first descriptor's package (alias target if any) and the next line's version. */
function classicPackages(text: string): Set<string> {
  const out = new Set<string>();
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (!/^[^\s#].*:$/.test(line)) return;
    const spec = line.slice(0, -1).split(', ')[0]!.replace(/^"|"$/g, '');
    const m = /^(@?[^@]+)@(.*)$/.exec(spec)!;
    const alias = m[2]!.startsWith('npm:') ? /^(@?[^@]+)@/.exec(m[2]!.slice(4)) : null;
    const version = /^ {2}version "(.*)"$/.exec(lines[i + 1]!)![1];
    out.add(`${alias ? alias[1] : m[1]}@${version}`);
  });
  return out;
}

describe('yarn berry v8 (Rocket.Chat.Electron)', () => {
  const r = corpus(ELECTRON);

  it('reads one component per distinct resolution, patches folded into the package they patch', () => {
    expect(r.text).toMatch(/^__metadata:\n {2}version: 8$/m);
    expect(r.problems).toEqual([]);
    expect(r.components).toHaveLength(berryPackages(r.text).size);
    expect(r.components.length).toBeGreaterThan(1500);
    expect(lineProblems(r.text, r.components)).toEqual([]);
  });

  it('locates real packages at their entry lines', () => {
    expect(findOne(r.components, '7zip-bin', '5.2.0').locations).toEqual([{ file: 'yarn.lock', line: 8 }]);
    // typescript@5.3.3 has a plain entry (line 17300) and a builtin compat patch (17320): one component.
    const ts = findOne(r.components, 'typescript', '5.3.3');
    expect(ts.locations[0]!.line).toBe(17300);
    expect(ts.source).toBeUndefined();
    // An entry whose first descriptor is an npm: alias (string-width-cjs) is string-width itself.
    expect(findOne(r.components, 'string-width', '4.2.3').locations[0]!.line).toBe(16283);
    expect(r.components.some((c) => c.name === 'string-width-cjs')).toBe(false);
    const ws = findOne(r.components, '@rocket.chat/desktop-release-action', '0.0.0-use.local');
    expect([ws.source, ws.locations[0]!.line]).toEqual(['workspace', 5121]);
  });

  it('marks direct and dev from the workspaces and their manifests', () => {
    const manifest = JSON.parse(readFileSync(join(shared('repos', ELECTRON), 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    // Root package.json: electron 31.6.0 is a devDependency, @bugsnag/js a dependency.
    expect(findOne(r.components, 'electron', '31.6.0')).toMatchObject({ direct: true, dev: true });
    expect(findOne(r.components, '@bugsnag/js', '7.22.3')).toMatchObject({ direct: true, dev: false });
    // electron 31.4.0 only comes in through @kayahr/jest-electron-runner, a test tool.
    expect(findOne(r.components, 'electron', '31.4.0')).toMatchObject({ direct: false, dev: true });
    for (const name of Object.keys(manifest.dependencies)) {
      const direct = r.components.filter((c) => c.name === name && c.direct);
      expect(direct.length, name).toBeGreaterThan(0);
      for (const c of direct) expect(c.dev, name).toBe(false);
    }
  });
});

describe('yarn berry v6 (Rocket.Chat monorepo)', () => {
  const started = performance.now();
  const r = corpus(ROCKETCHAT);
  const elapsed = performance.now() - started;

  it('reads every resolution in one pass, fast', () => {
    expect(r.text).toMatch(/^__metadata:\n {2}version: 6$/m);
    expect(r.components).toHaveLength(berryPackages(r.text).size);
    expect(lineProblems(r.text, r.components)).toEqual([]);
    // 1.5 MB, 45k lines; about 0.15 s on a laptop. A per-entry rescan would take minutes.
    expect(elapsed).toBeLessThan(5000);
    // The only problem: 14 ee/ workspaces whose package.json is not in the corpus snapshot.
    expect(r.problems.map((p) => p.level)).toEqual(['notice']);
    expect(r.problems[0]!.message).toMatch(/14 workspace\(s\)/);
  });

  it('resolves aliases, patches, git and tarball entries', () => {
    expect(findOne(r.components, 'highlight.js', '9.18.5').locations[0]!.line).toBe(lineOfText(r.text, '"hljs9@npm:highlight.js@^9.18.5":'));
    expect(findOne(r.components, 'highlight.js', '9.18.5').locations[0]!.line).toBe(26733);
    // A user patch (.yarn/patches) still installs moleculer 0.14.34.
    const moleculer = findOne(r.components, 'moleculer', '0.14.34');
    expect(moleculer.source).toBeUndefined();
    expect(moleculer.locations[0]!.line).toBe(lineOfText(r.text, '"moleculer@npm:0.14.34":'));
    expect(findOne(r.components, '@types/mocha', '8.0.0')).toMatchObject({ source: 'git', locations: [{ line: 14633 }] });
    expect(r.components.find((c) => c.name === 'esl')).toMatchObject({ source: 'git', locations: [{ line: 23433 }] });
    expect(r.components.find((c) => c.name === 'lamejs')).toMatchObject({ source: 'git', locations: [{ line: 30383 }] });
    expect(r.components.find((c) => c.name === 'http2')).toMatchObject({ source: 'url', locations: [{ line: 27173 }] });
    expect(r.components.filter((c) => c.source === 'workspace')).toHaveLength(
      [...r.text.matchAll(/^ {2}resolution: ".*@workspace:.*"$/gm)].length,
    );
  });
});

describe('yarn classic v1 (Rocket.Chat.ReactNative)', () => {
  const r = corpus(REACTNATIVE);

  it('reads one component per package and version, at the header line', () => {
    expect(r.text).toMatch(/^# yarn lockfile v1$/m);
    expect(r.problems).toEqual([]);
    expect(r.components).toHaveLength(classicPackages(r.text).size);
    expect(lineProblems(r.text, r.components)).toEqual([]);
    expect(findOne(r.components, '@babel/code-frame', '7.10.4').locations[0]!.line).toBe(23);
    expect(findOne(r.components, 'abab', '2.0.6').locations[0]!.line).toBe(4867);
  });

  it('resolves the npm: alias, GitHub shorthand and git descriptors', () => {
    // @nozbe/watermelondb depends on `lokijs: npm:@nozbe/lokijs@1.5.12-wmelon6`.
    expect(findOne(r.components, '@nozbe/lokijs', '1.5.12-wmelon6')).toMatchObject({ direct: false, locations: [{ line: 10202 }] });
    expect(r.components.some((c) => c.name === 'lokijs')).toBe(false);
    expect(findOne(r.components, '@discord/bottom-sheet', '4.6.1')).toMatchObject({ source: 'git', locations: [{ line: 2333 }] });
    expect(findOne(r.components, 'commonmark', '0.29.0')).toMatchObject({ source: 'git', direct: true });
    expect(findOne(r.components, '@rocket.chat/sdk', '1.3.1-mobile').source).toBe('git');
  });

  it('marks every package.json dependency direct, with dev from the graph', () => {
    const manifest = JSON.parse(readFileSync(join(shared('repos', REACTNATIVE), 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    const headers = new Set(
      r.text.split('\n').filter((l) => /^[^\s#].*:$/.test(l)).flatMap((l) => l.slice(0, -1).split(', ').map((s) => s.replace(/^"|"$/g, ''))),
    );
    const declared = { ...manifest.dependencies, ...manifest.devDependencies };
    const locked = Object.entries(declared).filter(([name, range]) => headers.has(`${name}@${range}`));
    expect(locked.length).toBe(Object.keys(declared).length);
    expect(r.components.filter((c) => c.direct).length).toBe(new Set(locked.map(([n, range]) => `${n}@${range}`)).size);
    expect(findOne(r.components, 'react-native', '0.73.6')).toMatchObject({ direct: true, dev: false });
    expect(r.components.find((c) => c.name === 'jest' && c.direct)).toMatchObject({ dev: true });
  });

  it('counts lines the same with CRLF line ends', () => {
    const crlf = run(shared('repos', REACTNATIVE), r.text.replace(/\n/g, '\r\n'));
    expect(crlf.components.map(identity)).toEqual(r.components.map(identity));
  });
});

describe('damaged copies of the real lockfiles', () => {
  for (const dir of [ELECTRON, ROCKETCHAT, REACTNATIVE]) {
    describe(dir, () => {
      const folder = shared('repos', dir);
      const full = run(folder);
      const fullIds = new Set(full.components.map(identity));

      const runs = dir === ROCKETCHAT ? 8 : 25;
      it('copies cut at random offsets keep only true entries, every problem located', () => {
        checkCutCopies(yarnLock, 'yarn.lock', full.text, folderContext(folder), runs);
      });

      it('copies with bytes overwritten by garbage never throw and locate every problem', () => {
        checkOverwrittenCopies(yarnLock, 'yarn.lock', full.text, folderContext(folder), runs);
      });

      it('a copy cut inside the last entry header or its version reports that entry by line', () => {
        const headerAt = full.text.indexOf('\n"', Math.floor(full.text.length / 2)) + 6;
        const inHeader = yarnLock.extract({ path: 'yarn.lock', text: full.text.slice(0, headerAt) }, NO_FILES);
        expect(inHeader.problems).toContainEqual(expect.objectContaining({ level: 'error', line: lineAt(full.text, headerAt) }));
        const versionAt = full.text.indexOf('\n  version', headerAt) + 12;
        const inVersion = yarnLock.extract({ path: 'yarn.lock', text: full.text.slice(0, versionAt) }, NO_FILES);
        const headerLine = lineAt(full.text, headerAt);
        expect(inVersion.problems).toContainEqual(expect.objectContaining({ level: 'error', line: headerLine }));
        expect(inVersion.components.every((c) => c.locations[0]!.line < headerLine)).toBe(true);
      });

      it('a corrupted copy reports the damage at its line and reads the rest', () => {
        const lines = full.text.split('\n');
        const at = lines.findIndex((l, i) => i > lines.length / 3 && /^\S.*:$/.test(l));
        lines[at] = '"@broken/pkg@npm:^1.0.0, \u0000garbage';
        lines[at + 5] = '\t\t%%% not yarn at all "';
        const r = yarnLock.extract({ path: 'yarn.lock', text: lines.join('\n') }, folderContext(folder));
        expect(r.problems).toContainEqual(expect.objectContaining({ level: 'error', line: at + 1 }));
        expect(r.components.length).toBeGreaterThanOrEqual(full.components.length - 2);
        expect(r.components.map(identity).filter((id) => !fullIds.has(id))).toEqual([]);
      });
    });
  }
});

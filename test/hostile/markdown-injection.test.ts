import { describe, expect, it } from 'vitest';
import type { SafetyRule } from '../helpers/markdown-safety.js';
import { markdownViolations, outsideCode } from '../helpers/markdown-safety.js';
import { expectSane, put, scan, scratchDir } from './kit.js';

// Package names, versions and folder names are the pull request's words, and every sink shows
// them: the text table (printed into the Actions log, where a line starting with `::` is a
// workflow command), the Markdown summary (rendered by GitHub: mentions notify, `closes #1`
// closes, links and images load), SARIF (its Markdown is rendered in code scanning), the
// annotations (workflow commands) and the JSON report (which must keep them exactly).


const DIR = 'apps/@octocat closes #4242 [x](https://evil.example) <img src=x onerror=alert(1)> | ![p](https://evil.example/p.png)\n## pwned\n::error::pwned';
const NAME = '@octocat/`x` closes #4243 [y](https://evil.example/y) <script>alert(1)</script> | ``` <!-- \n## pwned\n::error::pwned %0A::warning::pwned';
const VERSION = '1.0.0 fixes #4244 @everyone <b>x</b> | ::error::pwned';
const GEM = 'rack-@octocat_closes_#4245';
const SUMMARY = 'Poisoned summary @octocat closes #4246 <img src=x> [z](https://evil.example/z) ![i](https://evil.example/i.png)\n## pwned';

const RULES: SafetyRule[] = [
  { what: 'a mention', pattern: /@(octocat|everyone)/i },
  { what: 'an issue reference', pattern: /#424[0-9]/ },
  { what: 'a link or image to the attacker', pattern: /\]\(https?:\/\/evil|!\[/ },
  { what: 'a bare URL GitHub would autolink', pattern: /https?:\/\/evil/ },
  { what: 'HTML', pattern: /<(img|script|b>)|<!--/i },
  { what: 'a heading', pattern: /^#+ pwned/m },
];

/** An OSV record naming `name` in `ecosystem`; `versions` lists affected versions verbatim. */
function advisory(id: string, ecosystem: string, name: string, opts: { fixed?: string; versions?: string[] } = {}): string {
  return JSON.stringify({
    id,
    modified: '2024-06-01T00:00:00Z',
    published: '2024-06-01T00:00:00Z',
    summary: SUMMARY,
    aliases: ['CVE-2099-0001 @octocat #4247'],
    database_specific: { severity: 'CRITICAL' },
    affected: [
      {
        package: { ecosystem, name },
        ...(opts.fixed ? { ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: opts.fixed }] }] } : {}),
        ...(opts.versions ? { versions: opts.versions } : {}),
      },
    ],
  });
}

describe('Markdown, HTML, mentions and issue references in names, versions and paths', () => {
  it('are inert in every sink, and kept exactly in the JSON report', async () => {
    const root = scratchDir();
    put(root, `${DIR}/package-lock.json`, JSON.stringify({
      lockfileVersion: 3,
      packages: {
        '': {},
        'node_modules/evil': { name: NAME, version: '1.0.0' },
        'node_modules/odd': { version: VERSION },
        'node_modules/@octocat closes #4248 [w](https://evil.example)': 'not an entry',
      },
    }, null, 2));
    put(root, `${DIR}/Gemfile.lock`, `GEM\n  remote: https://rubygems.org/\n  specs:\n    ${GEM} (1.0.0)\n    <script>alert(1)</script> ## @octocat closes #4249\n\nPLATFORMS\n  ruby\n\nDEPENDENCIES\n  ${GEM}\n\nBUNDLED WITH\n   2.5.3\n`);
    put(root, `${DIR}/requirements.txt`, 'requests==2.31.0 ; @octocat closes #4250 <img src=x>\n@octocat [x](https://evil.example) closes #4251\n');
    const db = scratchDir('pw-hostile-db-');
    put(db, 'GHSA-evil-evil-evil.json', advisory('GHSA-evil-evil-evil', 'npm', NAME, { fixed: '2.0.0' }));
    put(db, 'GHSA-odd0-odd0-odd0.json', advisory('GHSA-odd0-odd0-odd0', 'npm', 'odd', { versions: [VERSION] }));
    put(db, 'GHSA-gem0-gem0-gem0.json', advisory('GHSA-gem0-gem0-gem0', 'RubyGems', GEM, { fixed: '1.0.1' }));
    const s = await scan(root, { db: [db] });
    expectSane(s.report);

    // The hostile packages were found and matched, so their words reached every sink.
    const names = s.report.findings.map((f) => f.component.name).sort();
    expect(names).toEqual([NAME, 'odd', GEM].sort());
    expect(s.report.findings.find((f) => f.component.name === 'odd')!.component.version).toBe(VERSION);
    // Problems that quote the hostile lines are shown too (in the Markdown's problem list).
    expect(s.report.problems.some((p) => p.level !== 'notice' && /@octocat/.test(p.message))).toBe(true);

    expect(markdownViolations(s.out.markdown, RULES)).toEqual([]);
    expect(outsideCode(s.out.markdown)).toContain('CODE');

    const sarif = JSON.parse(s.out.sarif) as { runs: { tool: { driver: { rules: { help: { markdown: string } }[] } }; results: { message: { markdown?: string } }[] }[] };
    for (const r of sarif.runs[0]!.tool.driver.rules) expect(markdownViolations(r.help.markdown, RULES), 'SARIF rule help').toEqual([]);
    for (const r of sarif.runs[0]!.results) expect(markdownViolations(r.message.markdown ?? '', RULES), 'SARIF result').toEqual([]);

    // Text: one line per row, no control characters, no line a runner would read as a command.
    expect(s.out.text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(s.out.text.split('\n').filter((l) => /^\s*::/.test(l) || /^#+ pwned/.test(l))).toEqual([]);

    // Workflow commands: each annotation is exactly one command line, its values encoded.
    const commands = s.out.commands.split('\n').filter((l) => l !== '');
    const expected = s.report.findings.filter((f) => f.status === 'overdue' || f.status === 'due-soon').reduce((n, f) => n + Math.min(5, f.locations.length), 0) + s.report.problems.filter((p) => p.level === 'error').length;
    expect(commands).toHaveLength(expected);
    for (const line of commands) expect(line).toMatch(/^::(error|warning) (file=|title=)[^\n]*::/);
    expect(commands.filter((l) => l.startsWith('::error::pwned') || l.startsWith('::warning::pwned'))).toEqual([]);

    // JSON is data: the words come back exactly as written.
    const json = JSON.parse(s.out.json) as { findings: { component: { name: string; version: string }; locations: { file: string }[] }[] };
    expect(json.findings.map((f) => f.component.name)).toContain(NAME);
    expect(json.findings.map((f) => f.component.version)).toContain(VERSION);
    // (the `//` of the URL in the folder name is one separator on disk)
    expect(json.findings.flatMap((f) => f.locations.map((l) => l.file))).toContain(`${DIR.replace(/\/+/g, '/')}/package-lock.json`);
  });

  it('the safety check itself sees the raw words (so a pass above means they were escaped)', () => {
    for (const raw of [DIR, NAME, VERSION, SUMMARY, `x ${GEM}`]) expect(markdownViolations(raw, RULES), raw).not.toEqual([]);
  });
});

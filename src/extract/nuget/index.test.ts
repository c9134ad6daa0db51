import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trimmed } from '../../../test/helpers/corpus.js';
import { matchKey } from '../../model/names.js';
import { checkDamagedCopies, expectInRange, expectLocated, expectVersionsParse, lineText, runExtractor } from '../bundler/lockfile-testkit.js';
import { nugetLock } from './index.js';

const text = readFileSync(join(import.meta.dirname, '__fixtures__', 'packages.lock.json'), 'utf8');

describe('nuget: claims', () => {
  it('claims packages.lock.json and packages.<project>.lock.json', () => {
    expect(nugetLock.claims('packages.lock.json')).toBe(true);
    expect(nugetLock.claims('src/Api/packages.lock.json')).toBe(true);
    expect(nugetLock.claims('src/packages.Api.lock.json')).toBe(true);
    expect(nugetLock.claims('package-lock.json')).toBe(false);
    expect(nugetLock.claims('packages.config')).toBe(false);
  });
});

describe('nuget: packages.lock.json', () => {
  const r = runExtractor(nugetLock, 'packages.lock.json', text);
  const all = (name: string) => r.components.filter((c) => c.name === name);

  it('one component per package and target, at the line of its key', () => {
    expect(r.problems).toEqual([]);
    // Independent count: package keys are the only object keys at six spaces of indentation.
    const keyLines = text.split('\n').flatMap((l, i) => (/^ {6}"[^"]+": \{$/.test(l) ? [i + 1] : []));
    expect(r.components.map((c) => c.locations[0]!.line)).toEqual(keyLines);
    for (const c of r.components) expect(lineText(text, c.locations[0]!.line)).toBe(`      "${c.name}": {`);
    expectLocated(r, text);
    expectVersionsParse(r.components);
  });

  it('reads type and resolved version', () => {
    expect(all('Newtonsoft.Json').map((c) => [c.version, c.direct, c.locations[0]!.line])).toEqual([
      ['12.0.1', true, 5],
      ['12.0.1', true, 44],
    ]);
    expect(all('Serilog')[0]).toMatchObject({ version: '2.10.0', direct: false });
    expect(all('Contoso.Shared')[0]).toMatchObject({ version: '', source: 'path' });
    expect(all('Newtonsoft.Json')[0]!.purl).toBe('pkg:nuget/Newtonsoft.Json@12.0.1');
  });

  it('names packages as OSV does (GHSA-5crp-9r3c-p9vr, fixed in 13.0.1)', () => {
    const record = JSON.parse(
      readFileSync(
        trimmed('osv', 'github-reviewed-sample', 'advisories', 'github-reviewed', '2022', '06', 'GHSA-5crp-9r3c-p9vr', 'GHSA-5crp-9r3c-p9vr.json'),
        'utf8',
      ),
    ) as { affected: { package: { ecosystem: string; name: string } }[] };
    const pkg = record.affected[0]!.package;
    const c = all('Newtonsoft.Json')[0]!;
    expect(matchKey(c.ecosystem, c.name)).toBe(matchKey(pkg.ecosystem, pkg.name));
    expectInRange('NuGet', c.version, '0', '13.0.1');
  });

  it('survives truncated and corrupted copies', () => {
    checkDamagedCopies(nugetLock, 'packages.lock.json', text);
  });
});

describe('nuget: other shapes', () => {
  it('version 2 with central package management', () => {
    const v2 = `{
  "version": 2,
  "dependencies": {
    "net8.0": {
      "Azure.Identity": { "type": "Direct", "requested": "[1.10.2, )", "resolved": "1.10.2" },
      "Microsoft.Identity.Client": { "type": "CentralTransitive", "requested": "[4.56.0, )", "resolved": "4.56.0" }
    }
  }
}`;
    const r = runExtractor(nugetLock, 'packages.lock.json', v2);
    expect(r.problems).toEqual([]);
    expect(r.components.map((c) => [c.name, c.version, c.direct, c.locations[0]!.line])).toEqual([
      ['Azure.Identity', '1.10.2', true, 5],
      ['Microsoft.Identity.Client', '4.56.0', false, 6],
    ]);
  });

  it('reports unknown versions, types and entries without a resolved version', () => {
    const odd = `{
  "version": 9,
  "dependencies": {
    "net8.0": {
      "A": { "type": "Weird", "resolved": "1.0.0" },
      "B": { "type": "Transitive" },
      "C": 3
    },
    "net7.0": []
  }
}`;
    const r = runExtractor(nugetLock, 'packages.lock.json', odd);
    expect(r.components.map((c) => c.name)).toEqual(['A']);
    expect(r.problems.map((p) => [p.level, p.line])).toEqual([
      ['warning', 2],
      ['warning', 5],
      ['warning', 6],
      ['error', 7],
      ['error', 9],
    ]);
  });
});

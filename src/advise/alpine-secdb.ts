import { readFileSync, statSync } from 'node:fs';
import { parse } from 'yaml';
import { LIMITS } from '../limits.js';
import { osEcosystem } from '../model/os.js';
import type { Advisory, Problem } from '../model/types.js';
import type { OsSource, OsSourceResult } from './os-fixes.js';

// Alpine's security database (secdb.alpinelinux.org `<release>/<repo>.json`, formerly YAML in
// alpinelinux/alpine-secdb): per release and repository, each origin package's `secfixes`, a map
// from the fixed version to the CVEs it fixes (`"0"` lists CVEs that never affected Alpine's
// build). Each fixed version becomes one advisory for that release, its CVEs as aliases. The
// database has no dates, so these findings' clocks come from elsewhere or follow the policy's
// unknownClock (a notice says so).

const ORIGIN = 'advise/alpine-secdb';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function load(path: string): OsSourceResult {
  const problems: Problem[] = [];
  const info = { kind: 'alpine-secdb', path, records: 0 };
  let doc: unknown;
  try {
    if (statSync(path).size > LIMITS.advisoryMaxFileBytes) throw new Error(`over the ${LIMITS.advisoryMaxFileBytes}-byte limit`);
    doc = parse(readFileSync(path, 'utf8'), { maxAliasCount: LIMITS.yamlMaxAliases });
  } catch (err) {
    problems.push({ level: 'error', origin: ORIGIN, file: path, message: `not read: ${(err as Error).message.split('\n', 1)[0]}` });
    return { info, advisories: [], problems };
  }
  const release = isRecord(doc) && typeof doc.distroversion === 'string' ? doc.distroversion : undefined;
  const ecosystem = release ? osEcosystem('alpine', release) : undefined;
  if (!isRecord(doc) || !ecosystem?.includes(':') || !Array.isArray(doc.packages)) {
    problems.push({ level: 'error', origin: ORIGIN, file: path, message: 'expected an Alpine secdb document: distroversion (like v3.20) and a packages list' });
    return { info, advisories: [], problems };
  }
  const repo = typeof doc.reponame === 'string' ? doc.reponame : 'main';
  const advisories: Advisory[] = [];
  let skipped = 0;
  for (const entry of doc.packages) {
    const pkg = isRecord(entry) && isRecord(entry.pkg) ? entry.pkg : undefined;
    const name = typeof pkg?.name === 'string' ? pkg.name : undefined;
    if (!pkg || !name || !isRecord(pkg.secfixes)) {
      skipped++;
      continue;
    }
    for (const [fixed, cves] of Object.entries(pkg.secfixes)) {
      if (fixed === '0' || !Array.isArray(cves)) continue;
      const aliases = cves.filter((c): c is string => typeof c === 'string').map((c) => c.trim().split(/\s+/, 1)[0]!).filter((c) => /^CVE-\d{4}-\d+$/.test(c));
      advisories.push({
        id: `ALPINE-${release}-${name}-${fixed}`,
        aliases,
        summary: `${name} ${fixed} fixes ${aliases.length > 0 ? aliases.join(', ') : 'security issues'} (Alpine ${release} ${repo})`,
        affected: [{ ecosystem, name, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed }] }], versions: [] }],
        references: [],
        url: `https://security.alpinelinux.org/srcpkg/${encodeURIComponent(name)}`,
        source: `alpine-secdb:${path}`,
      });
    }
  }
  if (skipped > 0) problems.push({ level: 'warning', origin: ORIGIN, file: path, message: `${skipped} package entr(ies) without pkg.name and pkg.secfixes; skipped` });
  problems.push({ level: 'notice', origin: ORIGIN, file: path, message: "Alpine's secdb has no dates: its findings' clocks follow the policy's unknownClock unless another source dates the fix" });
  info.records = advisories.length;
  return { info, advisories, problems };
}

export const alpineSecdb: OsSource = {
  id: 'alpine-secdb',
  recognise: (_path, probe) => !probe.isDirectory && /(?:^|[\n{,])\s*"?distroversion"?\s*:/.test(probe.head) && /"?packages"?\s*:/.test(probe.head),
  load,
};

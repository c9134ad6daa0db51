import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// A seeded organisation's history for the audit benchmark: `repos` repositories, each checked on
// the 1st of `months` consecutive months, written as JSON reports the way a matrix workflow's
// artifacts arrive (one folder per repository and run). Each repository has a pool of vulnerable
// packages; every month some findings are patched, some appear, some come back, a few are excepted.

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
const DEADLINE_DAYS = { critical: 15, high: 30, medium: 90, low: 180 };
const DAY_MS = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export interface GeneratedHistory {
  files: number;
  bytes: number;
  findings: number;
}

export function generateAuditHistory(out: string, opts: { repos: number; months: number; seed: number; componentsPerReport: number }): GeneratedHistory {
  const rand = prng(opts.seed);
  let files = 0;
  let bytes = 0;
  let findings = 0;
  const start = Date.UTC(2025, 12 - opts.months, 1);
  for (let r = 0; r < opts.repos; r++) {
    const repository = `acme/service-${String(r).padStart(4, '0')}`;
    const pool = Array.from({ length: 30 }, (_, i) => {
      const severity = SEVERITIES[Math.floor(rand() * 4)]!;
      const clock = start - Math.floor(rand() * 200) * DAY_MS;
      return { name: `pkg-${i}-${Math.floor(rand() * 1e6).toString(36)}`, id: `GHSA-${r.toString(36)}-${i.toString(36)}-bench`, severity, clock, layer: i % 10 === 0 ? 'runtime' : 'library' };
    });
    const present = new Set<number>(pool.map((_, i) => i).filter(() => rand() < 0.3));
    const components = Array.from({ length: opts.componentsPerReport }, (_, i) => ({ ecosystem: 'npm', name: `dep-${i}`, version: '1.0.0', purl: `pkg:npm/dep-${i}@1.0.0`, layer: 'library', locations: [{ file: 'package-lock.json', line: 10 + i }] }));
    for (let m = 0; m < opts.months; m++) {
      const d = new Date(start);
      d.setUTCMonth(d.getUTCMonth() + m);
      const now = d.getTime();
      for (let i = 0; i < pool.length; i++) {
        if (present.has(i) ? rand() < 0.35 : rand() < 0.12) {
          if (present.has(i)) present.delete(i);
          else present.add(i);
        }
      }
      const list = [...present].map((i) => {
        const p = pool[i]!;
        const deadline = p.clock + DEADLINE_DAYS[p.severity] * DAY_MS;
        const excepted = i % 13 === 0;
        return {
          kind: 'vulnerability',
          component: { ecosystem: 'npm', name: p.name, version: '1.0.0', purl: `pkg:npm/${p.name}@1.0.0`, layer: p.layer },
          locations: [{ file: 'package-lock.json', line: 100 + i }],
          advisory: { id: p.id, aliases: [], summary: `Problem in ${p.name}`, published: `${iso(p.clock - 10 * DAY_MS)}T00:00:00Z`, url: `https://github.com/advisories/${p.id}` },
          ids: [p.id],
          severity: p.severity,
          severitySource: 'label',
          fixedVersion: '1.0.1',
          clockStart: iso(p.clock),
          clockBasis: i % 2 === 0 ? 'fix-release' : 'published',
          deadline: iso(deadline),
          status: excepted ? 'excepted' : now > deadline ? 'overdue' : 'within',
          daysLeft: Math.round((deadline - now) / DAY_MS),
          rule: `deadlines.${p.severity}`,
          ...(excepted ? { exception: { index: 0, reason: 'compensating control', approvedBy: 'security-lead', expires: iso(now + 120 * DAY_MS) } } : {}),
        };
      });
      findings += list.length;
      const report = {
        schemaVersion: 1,
        tool: { name: 'patchwarden', version: '0.1.0' },
        now: new Date(now).toISOString(),
        root: '/home/runner/work/service/service',
        repository,
        policy: { apiVersion: 'patchwarden.dev/v1', name: 'baseline', version: '1.0.0', digest: `sha256:${'0'.repeat(64)}` },
        sources: [],
        components,
        findings: list,
        exceptions: [],
        problems: [],
        summary: {},
      };
      const dir = join(out, repository.replace('/', '-'), iso(now));
      mkdirSync(dir, { recursive: true });
      const text = JSON.stringify(report);
      writeFileSync(join(dir, 'patchwarden.json'), text);
      files++;
      bytes += text.length;
    }
  }
  return { files, bytes, findings };
}

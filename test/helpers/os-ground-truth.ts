import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { check } from '../../src/check.js';

// The ground truth for OS packages: on the day its data was collected, apt on this Debian 12
// machine listed 86 upgrades from the security suite (`apt list --upgradable`, suite
// oldstable-security). patchwarden, given the same dpkg status, the security index with its
// InRelease and the changelogs, must report exactly those packages as pending or overdue, with the
// same fixed versions, except where the difference is named and explained here.

export interface GroundTruthFiles {
  /** Folder holding debian12-this-machine.dpkg-status and .os-release (scanned as the repository). */
  host: string;
  packages: string;
  changelogs: string;
  upgradable: string;
}

/** apt's answer: package -> candidate version, for lines from a -security suite. */
export function aptSecurityUpgrades(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split('\n')) {
    const m = /^([^/\s]+)\/(\S+) (\S+) (\S+) \[upgradable from: (\S+)\]$/.exec(line.trim());
    if (m && m[2]!.split(',').some((s) => s.endsWith('-security'))) out.set(m[1]!, m[3]!);
  }
  return out;
}

export async function expectGroundTruth(files: GroundTruthFiles): Promise<void> {
  const truth = aptSecurityUpgrades(readFileSync(files.upgradable, 'utf8'));
  expect(truth.size).toBe(86);
  const r = await check({ root: files.host, db: [files.packages, files.changelogs], now: new Date('2026-12-06T12:00:00Z'), cacheDir: false });
  const report = r.report!;
  expect(report.problems.filter((p) => p.level !== 'notice')).toEqual([]);
  expect(report.components.length).toBe(825);
  const pending = report.findings.filter((f) => ['overdue', 'due-soon', 'within'].includes(f.status));
  expect(pending.length).toBe(report.findings.length);
  const got = new Map(pending.map((f) => [f.component.name, f]));
  expect(got.size).toBe(pending.length);

  // openssh-client: bookworm-security publishes 1:9.2p1-2+deb12u9, newer than the installed
  // 1:9.2p1-2+deb12u6, so a security fix is available; apt lists the package from oldstable
  // instead because the point release's 1:9.2p1-2+deb12u10 is newer still.
  const extra = ['openssh-client'];
  expect(got.get('openssh-client')?.fixedVersion).toBe('1:9.2p1-2+deb12u9');
  expect([...got.keys()].filter((n) => !truth.has(n)).sort()).toEqual(extra);
  expect([...truth.keys()].filter((n) => !got.has(n))).toEqual([]);

  // postgresql and postgresql-contrib are versioned binaries of the source package
  // postgresql-common: the fix is the source's 248+deb12u2, which apt installs as binary version
  // 15+248+deb12u2. Every other fixed version is apt's candidate exactly.
  const sourceVersioned: Record<string, [string, string]> = { postgresql: ['248+deb12u2', '15+248+deb12u2'], 'postgresql-contrib': ['248+deb12u2', '15+248+deb12u2'] };
  for (const [name, version] of truth) {
    const f = got.get(name)!;
    const [fixed, apt] = sourceVersioned[name] ?? [version, version];
    expect(apt, name).toBe(version);
    expect(f.fixedVersion, name).toBe(fixed);
    expect(f.component.layer).toBe('os');
    expect(f.component.ecosystem).toBe('Debian:12');
  }

  // Deadlines. Where a changelog is given, the clock starts at the security upload's own date;
  // otherwise at the index's InRelease Date, the latest the fix can have shipped. The index has no
  // severity, so baseline's unknownSeverity (medium, 90 days) applies and the finding says so.
  const dated: Record<string, [string, string, string]> = {
    openssl: ['2026-10-21', '2027-01-19', 'changelog openssl 3.0.22-1~deb12u2 (bookworm-security, urgency=high)'],
    libssl3: ['2026-10-21', '2027-01-19', 'changelog openssl 3.0.22-1~deb12u2 (bookworm-security, urgency=high)'],
    'libssl-dev': ['2026-10-21', '2027-01-19', 'changelog openssl 3.0.22-1~deb12u2 (bookworm-security, urgency=high)'],
    libpq5: ['2026-11-13', '2027-02-11', 'changelog postgresql-15 15.20-0+deb12u1 (bookworm-security, urgency=medium)'],
    'libpq-dev': ['2026-11-13', '2027-02-11', 'changelog postgresql-15 15.20-0+deb12u1 (bookworm-security, urgency=medium)'],
    'postgresql-15': ['2026-11-13', '2027-02-11', 'changelog postgresql-15 15.20-0+deb12u1 (bookworm-security, urgency=medium)'],
    'postgresql-client-15': ['2026-11-13', '2027-02-11', 'changelog postgresql-15 15.20-0+deb12u1 (bookworm-security, urgency=medium)'],
    zlib1g: ['2026-11-28', '2027-02-26', 'changelog zlib 1:1.2.13.dfsg-1+deb12u1 (bookworm-security, urgency=high)'],
    'zlib1g-dev': ['2026-11-28', '2027-02-26', 'changelog zlib 1:1.2.13.dfsg-1+deb12u1 (bookworm-security, urgency=high)'],
  };
  for (const [name, f] of got) {
    const [start, deadline, evidence] = dated[name] ?? ['2026-12-05', '2027-03-05', 'bookworm-security index Date 2026-12-05 (upper bound)'];
    expect([f.clockStart, f.clockBasis, f.deadline, f.clockEvidence, f.status, f.severity, f.severitySource], name).toEqual([start, 'fix-release', deadline, evidence, 'within', 'medium', 'unknown']);
  }
  // The other changelogs given date nothing pending: curl's newer 7.88.1-10+deb12u15 is a point
  // release (suite bookworm, from oldstable), libc6 is at the newest upload, and nginx and redis are
  // not installed here.
  for (const name of ['curl', 'libcurl4', 'libc6', 'nginx', 'nginx-common', 'redis-tools']) expect(got.has(name), name).toBe(false);
  // The changelog's CVEs become the index advisory's aliases.
  expect(got.get('openssl')!.advisory.aliases).toContain('CVE-2026-84782');
}

export const corpusFiles = (dir: string): GroundTruthFiles => ({
  host: join(dir, 'host'),
  packages: join(dir, 'apt-lists', 'bookworm-security_main_binary-amd64_Packages'),
  changelogs: join(dir, 'changelogs'),
  upgradable: join(dir, 'debian12-this-machine.apt-upgradable.txt'),
});

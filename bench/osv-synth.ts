// Generates real-size OSV bundles for the benchmark, seeded, into a folder the caller names (the
// OS temp folder at bench time; never committed): an npm all.zip in the shapes and size
// distribution of OSV's own (about 90% OpenSSF malicious-package records `MAL-*` with `versions`
// lists, GHSA records with ranges, CVSS vectors and references, a share withdrawn), and a
// complete export across ecosystems (OSV's root all.zip) that also carries the real records given.
// Records are written one at a time, so memory stays at the central directory.
import { closeSync, openSync, writeSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';
import { prng as rng } from '../scripts/gen-monorepo.js';
import { ZipArchive } from '../src/advise/zip.js';

/** A zip64 archive written entry by entry (OSV's large bundles have more than 65,535 entries). */
class ZipWriter {
  private readonly fd: number;
  private offset = 0;
  private readonly central: Buffer[] = [];
  private count = 0;

  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }

  add(name: string, text: string): void {
    const data = Buffer.from(text);
    this.addDeflated(name, deflateRawSync(data, { level: 6 }), crc32(data), data.length);
  }

  /** An entry compressed already (copied from another archive). */
  addDeflated(name: string, body: Buffer, crc: number, size: number): void {
    const data = { length: size };
    const nameBytes = Buffer.from(name);
    // The local header and the central record share a run of fields (UTF-8 names, deflate) at `at`.
    const common = (buf: Buffer, at: number): Buffer => {
      buf.writeUInt16LE(0x800, at);
      buf.writeUInt16LE(8, at + 2);
      buf.writeUInt32LE(crc, at + 8);
      buf.writeUInt32LE(body.length, at + 12);
      buf.writeUInt32LE(data.length, at + 16);
      buf.writeUInt16LE(nameBytes.length, at + 20);
      return buf;
    };
    const local = common(Buffer.alloc(30), 6);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    const central = common(Buffer.alloc(46 + nameBytes.length + 12), 8);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(45, 4);
    central.writeUInt16LE(45, 6);
    central.writeUInt16LE(12, 30);
    central.writeUInt32LE(0xffffffff, 42);
    nameBytes.copy(central, 46);
    // Zip64 extra field with the 64-bit local header offset.
    central.writeUInt16LE(0x0001, 46 + nameBytes.length);
    central.writeUInt16LE(8, 48 + nameBytes.length);
    central.writeBigUInt64LE(BigInt(this.offset), 50 + nameBytes.length);
    this.central.push(central);
    for (const b of [local, nameBytes, body]) writeSync(this.fd, b);
    this.offset += 30 + nameBytes.length + body.length;
    this.count++;
  }

  close(): number {
    const cd = Buffer.concat(this.central);
    writeSync(this.fd, cd);
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(this.count), 24);
    record.writeBigUInt64LE(BigInt(this.count), 32);
    record.writeBigUInt64LE(BigInt(cd.length), 40);
    record.writeBigUInt64LE(BigInt(this.offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(this.offset + cd.length), 8);
    locator.writeUInt32LE(1, 16);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(0xffff, 8);
    end.writeUInt16LE(0xffff, 10);
    end.writeUInt32LE(0xffffffff, 12);
    end.writeUInt32LE(0xffffffff, 16);
    for (const b of [record, locator, end]) writeSync(this.fd, b);
    closeSync(this.fd);
    return this.offset + cd.length + 98;
  }
}

const WORDS = 'core util data http json auth cli web api node react vue parse load fast tiny color log stream crypto hash queue cache config env file path test mock build lint style form date time event socket proxy server client token session render view store state route query'.split(' ');
const CWES = ['CWE-79', 'CWE-22', 'CWE-78', 'CWE-94', 'CWE-1321', 'CWE-400', 'CWE-20', 'CWE-502', 'CWE-918', 'CWE-287'];
const SEVERITIES = ['LOW', 'MODERATE', 'HIGH', 'CRITICAL'];

interface Gen {
  rand: () => number;
  int: (n: number) => number;
  pick: <T>(xs: readonly T[]) => T;
  hex: (n: number) => string;
  date: (year0: number) => string;
}

function gen(seed: number): Gen {
  const rand = rng(seed);
  const int = (n: number): number => Math.floor(rand() * n);
  return {
    rand,
    int,
    pick: (xs) => xs[int(xs.length)]!,
    hex: (n) => {
      let out = '';
      while (out.length < n) out += ((rand() * 2 ** 32) >>> 0).toString(16).padStart(8, '0');
      return out.slice(0, n);
    },
    date: (year0) => new Date(Date.UTC(year0 + int(2026 - year0), int(12), 1 + int(28), int(24), int(60), int(60))).toISOString().replace('.000Z', 'Z'),
  };
}

const version = (g: Gen): string => `${g.int(8)}.${g.int(20)}.${g.int(15)}`;
const ghsaId = (g: Gen): string => `GHSA-${[4, 4, 4].map(() => Array.from({ length: 4 }, () => g.pick('23456789cfghjmpqrvwx'.split(''))).join('')).join('-')}`;

/** A malicious-package record as OpenSSF's malicious-packages repository publishes them to OSV. */
function malRecord(g: Gen, ecosystem: string, n: number, name: string): [string, string] {
  const versions = Array.from({ length: g.rand() < 0.7 ? 1 : 1 + g.int(6) }, () => version(g));
  const when = g.date(2022);
  const origins = Array.from({ length: 1 + g.int(2) }, () => ({
    import_time: when,
    modified_time: when,
    sha256: g.hex(64),
    source: g.pick(['ossf-package-analysis', 'ghsa-malware', 'amazon-inspector', 'socketdev']),
    versions,
  }));
  const affected: Record<string, unknown> = { package: { ecosystem, name }, database_specific: { 'malicious-packages-origins': origins } };
  // A share of them name every version (the whole package is malicious) instead of a list.
  if (g.rand() < 0.15) affected.ranges = [{ type: 'SEMVER', events: [{ introduced: '0' }] }];
  else affected.versions = versions;
  const id = `MAL-${when.slice(0, 4)}-${n}`;
  const text = JSON.stringify(
    {
      modified: when,
      published: when,
      schema_version: '1.5.0',
      id,
      summary: `Malicious code in ${name} (${ecosystem})`,
      details: `\n---\n_-= Per source details. Do not edit below this line.=-_\n\n## Source: ${origins[0]!.source}\nThe package ${name}@${versions[0]} was found to contain malicious code that exfiltrates environment variables and credentials to a remote host on install.\n`,
      affected: [affected],
      credits: [{ name: 'OpenSSF: Package Analysis', contact: ['https://github.com/ossf/package-analysis'], type: 'FINDER' }],
      ...(g.rand() < 0.02 ? { withdrawn: g.date(2024) } : {}),
    },
    null,
    2,
  );
  return [id, text];
}

/** A GitHub-reviewed advisory: ranges, a CVSS vector, references, CWE ids. */
function ghsaRecord(g: Gen, ecosystem: string, name: string): [string, string] {
  const id = ghsaId(g);
  const cve = `CVE-${2017 + g.int(9)}-${1000 + g.int(60000)}`;
  const fixed = version(g);
  const events = [{ introduced: g.rand() < 0.6 ? '0' : `${g.int(3)}.0.0` }, g.rand() < 0.9 ? { fixed } : { last_affected: fixed }];
  const refs = Array.from({ length: 2 + g.int(8) }, (_, i) =>
    i === 0 ? { type: 'ADVISORY', url: `https://nvd.nist.gov/vuln/detail/${cve}` } : { type: g.pick(['WEB', 'PACKAGE', 'FIX', 'REPORT']), url: `https://github.com/${g.pick(WORDS)}/${name.replace(/^@/, '').replace('/', '-')}/commit/${g.hex(40)}` },
  );
  const av = (xs: string[]): string => g.pick(xs);
  const vector = `CVSS:3.1/AV:${av(['N', 'A', 'L'])}/AC:${av(['L', 'H'])}/PR:${av(['N', 'L', 'H'])}/UI:${av(['N', 'R'])}/S:${av(['U', 'C'])}/C:${av(['N', 'L', 'H'])}/I:${av(['N', 'L', 'H'])}/A:${av(['N', 'L', 'H'])}`;
  const published = g.date(2017);
  const text = JSON.stringify(
    {
      schema_version: '1.4.0',
      id,
      modified: published,
      published,
      ...(g.rand() < 0.03 ? { withdrawn: g.date(2024) } : {}),
      aliases: [cve],
      summary: `${name} vulnerable to ${g.pick(['Prototype Pollution', 'Regular Expression Denial of Service', 'Path Traversal', 'Cross-site Scripting', 'Command Injection'])}`,
      details: `Versions of the package ${name} before ${fixed} are vulnerable. `.repeat(1 + g.int(12)),
      severity: [{ type: 'CVSS_V3', score: vector }],
      affected: [{ package: { ecosystem, name }, ranges: [{ type: 'ECOSYSTEM', events }], ...(g.rand() < 0.3 ? { database_specific: { last_known_affected_version_range: `< ${fixed}` } } : {}) }],
      references: refs,
      database_specific: { cwe_ids: [g.pick(CWES)], severity: g.pick(SEVERITIES), github_reviewed: true, github_reviewed_at: published, nvd_published_at: published },
    },
    null,
    2,
  );
  return [id, text];
}

function malName(g: Gen, ecosystem: string): string {
  const base = `${g.pick(WORDS)}-${g.pick(WORDS)}${g.rand() < 0.5 ? `-${g.int(10_000)}` : ''}`;
  if (ecosystem === 'npm' && g.rand() < 0.1) return `@${g.pick(WORDS)}${g.int(100)}/${base}`;
  return base;
}

export interface SynthOptions {
  seed: number;
  records: number;
  /** Real package names GHSA records are written for (so that a real inventory finds some). */
  names: readonly string[];
}

export interface SynthResult {
  path: string;
  records: number;
  bytes: number;
}

/** Writes `records` records of one ecosystem's shape into `w`; returns how many. */
function writeEcosystem(w: ZipWriter, g: Gen, ecosystem: string, records: number, names: readonly string[], malShare: number, first = 0): number {
  // Half an advisory per real name on average (a few packages of a lockfile have a history of
  // several, most have none); the rest name packages no inventory holds.
  const real = Math.min(1, (names.length * 0.5) / Math.max(1, records * (1 - malShare)));
  for (let i = 0; i < records; i++) {
    const [id, text] = g.rand() < malShare ? malRecord(g, ecosystem, first + i, malName(g, ecosystem)) : ghsaRecord(g, ecosystem, g.rand() < real ? g.pick(names) : malName(g, ecosystem));
    w.add(`${id}.json`, text);
  }
  return records;
}

/** OSV's npm all.zip at full size: 90% MAL-* records, the rest GHSA records. */
export function writeNpmBundle(path: string, opts: SynthOptions): SynthResult {
  const w = new ZipWriter(path);
  writeEcosystem(w, gen(opts.seed), 'npm', opts.records, opts.names, 0.9);
  return { path, records: opts.records, bytes: w.close() };
}

/**
 * OSV's complete export: the given real records, the npm bundle's records (copied as they are
 * compressed), then synthetic records of the other ecosystems in roughly OSV's proportions (PyPI,
 * like npm, dominated by malicious-package records).
 */
export function writeCompleteExport(path: string, opts: SynthOptions & { real: readonly { name: string; text: string }[]; npm: string; namesBy: Record<string, readonly string[]> }): SynthResult {
  const w = new ZipWriter(path);
  for (const r of opts.real) w.add(r.name, r.text);
  const npm = ZipArchive.open(opts.npm, 'sequential');
  let copied = 0;
  try {
    for (const ref of npm.entries()) {
      const header = npm.rawBytes(ref.offset, 30);
      const body = npm.rawBytes(ref.offset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28), ref.compressedSize);
      w.addDeflated(ref.name, Buffer.from(body), ref.crc32, ref.size);
      copied++;
    }
  } finally {
    npm.close();
  }
  const g = gen(opts.seed + 1);
  const rest = opts.records - opts.real.length - copied;
  const shares: [string, number, number][] = [
    ['PyPI', 0.31, 0.85],
    ['Maven', 0.17, 0.1],
    ['Go', 0.1, 0.05],
    ['crates.io', 0.07, 0.2],
    ['RubyGems', 0.07, 0.4],
    ['Packagist', 0.07, 0.05],
    ['NuGet', 0.07, 0.3],
    ['Debian:12', 0.14, 0],
  ];
  let written = 0;
  shares.forEach(([eco, share, mal], i) => {
    const n = i === shares.length - 1 ? rest - written : Math.round(rest * share);
    written += writeEcosystem(w, g, eco, n, opts.namesBy[eco] ?? [], mal, written);
  });
  return { path, records: opts.real.length + copied + written, bytes: w.close() };
}

import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/discover/read.js';
import { EXTRACTORS } from '../../src/extract/registry.js';
import type { Extractor } from '../../src/model/extractor.js';
import { contextFor, readCorpus, scanPath, seedsFor } from '../../fuzz/corpus.js';
import { about, comparable, expectSane, locationsOf, put, scan, scratchDir } from './kit.js';

// Bytes as a pull request can commit them: UTF-16 with a byte-order mark (Windows tools write
// it), UTF-8 with a BOM, bytes that are not UTF-8 at all. Text with a BOM is decoded as editors
// decode it and must read exactly like its UTF-8 original; undecodable bytes become U+FFFD with a
// warning, and the entries around them are still read.


function utf16(text: string, endian: 'le' | 'be'): Buffer {
  const le = Buffer.from(text, 'utf16le');
  if (endian === 'be') le.swap16();
  return Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), le]);
}

const utf8Bom = (text: string): Buffer => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);

const cases = EXTRACTORS.flatMap((ex) => seedsFor(ex, EXTRACTORS, { limit: 1, productive: true }).map((f) => [`${ex.id}: ${f.rel}`, ex, f] as const));

describe('byte-order marks, on a real file of every format', () => {
  it.each(cases)('%s', (_name, ex: Extractor, f) => {
    const ctx = contextFor(f);
    const path = scanPath(f);
    const text = readCorpus(f);
    const base = comparable(ex.extract({ path, text }, ctx));
    for (const [what, bytes] of [
      ['UTF-16LE', utf16(text, 'le')],
      ['UTF-16BE', utf16(text, 'be')],
      ['UTF-8 BOM', utf8Bom(text)],
    ] as const) {
      const decoded = decodeText(bytes);
      expect(decoded.warning, what).toBeUndefined();
      expect(comparable(ex.extract({ path, text: decoded.text }, ctx)), what).toEqual(base);
    }
  });
});

/** A v3 package-lock whose second entry's name holds `name`; ws@8.17.0 is at line 7. */
function lockWith(name: string): string {
  return `{\n  "lockfileVersion": 3,\n  "packages": {\n    "": {},\n    "node_modules/${name}": { "version": "1.0.0" },\n    "node_modules/left-pad": { "version": "1.3.0" },\n    "node_modules/ws": { "version": "8.17.0" }\n  }\n}\n`;
}

describe('encodings through discovery and the full run', () => {
  it('UTF-16LE, UTF-16BE and UTF-8 with a BOM: read as their UTF-8 originals, at the same lines', async () => {
    const root = scratchDir();
    put(root, 'le/package-lock.json', utf16(lockWith('a'), 'le'));
    put(root, 'be/package-lock.json', utf16(lockWith('a'), 'be'));
    put(root, 'bom/package-lock.json', utf8Bom(lockWith('a')));
    put(root, 'plain/package-lock.json', lockWith('a'));
    const s = await scan(root);
    expectSane(s.report);
    expect(s.report.problems.filter((p) => p.file?.endsWith('package-lock.json'))).toEqual([]);
    expect(locationsOf(s.report, 'npm/ws@8.17.0').sort()).toEqual(['be', 'bom', 'le', 'plain'].map((d) => `${d}/package-lock.json:7`));
  });

  it('invalid UTF-8: a warning on the file, U+FFFD where the bytes were, every entry still read at its line', async () => {
    const root = scratchDir();
    const text = lockWith('BAD');
    const at = text.indexOf('BAD');
    put(root, 'package-lock.json', Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from([0xff, 0xc3, 0x28, 0xed, 0xa0, 0x80]), Buffer.from(text.slice(at + 3))]));
    put(root, 'Gemfile.lock', Buffer.concat([Buffer.from('GEM\n  remote: https://rubygems.org/\n  specs:\n    rack (2.2.8)\n    bad'), Buffer.from([0xc0, 0xaf]), Buffer.from(' (1.0.0)\n    rake (13.1.0)\n\nPLATFORMS\n  ruby\n\nDEPENDENCIES\n  rack\n\nBUNDLED WITH\n   2.5.3\n')]));
    const s = await scan(root);
    expectSane(s.report);
    for (const f of ['package-lock.json', 'Gemfile.lock']) {
      expect(about(s.report, f)).toContainEqual(expect.objectContaining({ level: 'warning', message: 'not valid UTF-8: undecodable bytes were replaced with U+FFFD' }));
    }
    expect(locationsOf(s.report, 'npm/ws@8.17.0')).toEqual(['package-lock.json:7']);
    expect(locationsOf(s.report, 'npm/left-pad@1.3.0')).toEqual(['package-lock.json:6']);
    expect(s.report.components.some((c) => c.name.includes('\ufffd'))).toBe(true);
    expect(locationsOf(s.report, 'RubyGems/rack@2.2.8')).toEqual(['Gemfile.lock:4']);
    expect(locationsOf(s.report, 'RubyGems/rake@13.1.0')).toEqual(['Gemfile.lock:6']);
  });

  it('UTF-16 without a BOM, a truncated UTF-16 file and NUL bytes: errors at a line, no crash, no garbage components', async () => {
    const root = scratchDir();
    put(root, 'a/package-lock.json', Buffer.from(lockWith('a'), 'utf16le'));
    put(root, 'b/package-lock.json', utf16(lockWith('a'), 'le').subarray(0, 101));
    put(root, 'c/pnpm-lock.yaml', Buffer.from("lockfileVersion: '9.0'\n\u0000\u0000packages:\n  a@1.0.0: {}\n"));
    put(root, 'd/yarn.lock', Buffer.from('\u0000'.repeat(4096)));
    const s = await scan(root);
    expectSane(s.report);
    for (const f of ['a/package-lock.json', 'b/package-lock.json']) {
      expect(about(s.report, f)).toContainEqual(expect.objectContaining({ level: 'error', line: expect.any(Number) }));
    }
    // Only what a format's grammar admits becomes a component: no name made of NULs or U+FFFD.
    expect(s.report.components.filter((c) => /[\u0000\ufffd]/.test(c.name + c.version))).toEqual([]);
    expect(s.report.problems.filter((p) => p.file?.startsWith('c/') || p.file?.startsWith('d/')).length).toBeGreaterThan(0);
  });
});

describe('unpaired surrogates from a format\'s own escapes', () => {
  // Bytes decode to well-formed text, but JSON's "\ud800" and YAML's "\ud800" escapes still make
  // an unpaired surrogate inside a value, and encodeURIComponent throws URIError on one.
  // The package URL of such a name once threw (encodeURIComponent on a lone surrogate) and the
  // file's other entries were lost; purlFor now writes U+FFFD for it, as a UTF-8 encoder does.
  it('in a package name of a JSON or YAML lockfile: the entry is read or refused with a reason, the file\'s other entries kept', async () => {
    const root = scratchDir();
    put(root, 'package-lock.json', lockWith('\\ud800x'));
    put(root, 'pnpm-lock.yaml', "lockfileVersion: '9.0'\n\npackages:\n\n  \"\\ud800x@1.0.0\":\n    resolution: {integrity: sha512-x}\n\n  ws@8.17.0:\n    resolution: {integrity: sha512-y}\n");
    const s = await scan(root);
    expectSane(s.report);
    expect(locationsOf(s.report, 'npm/ws@8.17.0').sort()).toEqual(['package-lock.json:7', 'pnpm-lock.yaml:8']);
  });

  it('in an advisory id: its page link is still made, and the record matches', async () => {
    const root = scratchDir();
    put(root, 'package-lock.json', lockWith('a'));
    const db = scratchDir('pw-hostile-db-');
    put(db, 'odd.json', '{"id": "ODD-\\ud800", "modified": "2024-06-01T00:00:00Z", "published": "2024-06-01T00:00:00Z", "affected": [{"package": {"ecosystem": "npm", "name": "ws"}, "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "8.17.1"}]}]}]}');
    const s = await scan(root, { db: [db] });
    expectSane(s.report);
    expect(s.report.findings.map((f) => f.advisory.url)).toEqual(['https://osv.dev/vulnerability/ODD-%EF%BF%BD']);
  });
});

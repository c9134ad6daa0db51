import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trimmed } from '../../../test/helpers/corpus.js';
import { bundlerLock } from './index.js';
import { checkDamagedCopies, expectInRange, expectLocated, expectVersionsParse, lineText, linesMatching, runExtractor } from './lockfile-testkit.js';

const REAL = [
  'RocketChat__Rocket.Chat.ReactNative@b8f9873b30/ios/Gemfile.lock',
  'RocketChat__Rocket.Chat.ReactNative@b8f9873b30/android/Gemfile.lock',
  'mattermost__mattermost-mobile@2a02a61b6b/Gemfile.lock',
  'mattermost__mattermost-mobile@2a02a61b6b/fastlane/Gemfile.lock',
];
const read = (rel: string): string => readFileSync(trimmed('repos', rel), 'utf8');
const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '__fixtures__', name), 'utf8');

describe('bundler: claims', () => {
  it('claims Gemfile.lock and gems.locked only', () => {
    expect(bundlerLock.claims('Gemfile.lock')).toBe(true);
    expect(bundlerLock.claims('ios/Gemfile.lock')).toBe(true);
    expect(bundlerLock.claims('gems.locked')).toBe(true);
    expect(bundlerLock.claims('Gemfile')).toBe(false);
    expect(bundlerLock.claims('MyGemfile.lock')).toBe(false);
  });
});

describe('bundler: real lockfiles', () => {
  for (const rel of REAL) {
    it(`${rel}: one component per spec line, each at a line naming it`, () => {
      const text = read(rel);
      const r = runExtractor(bundlerLock, rel, text);
      expect(r.problems).toEqual([]);
      // Independent count: in a Gemfile.lock only locked specs stand at exactly four spaces.
      const specLines = linesMatching(text, /^ {4}\S/);
      expect(r.components.length).toBe(specLines.length);
      expect(r.components.map((c) => c.locations[0]!.line)).toEqual(specLines);
      for (const c of r.components) {
        expect(c.ecosystem).toBe('RubyGems');
        expect(lineText(text, c.locations[0]!.line)).toMatch(new RegExp(`^ {4}${c.name.replace(/[.+]/g, '\\$&')} \\(${c.version.replace(/\./g, '\\.')}[-)]`));
      }
      expectLocated(r, text);
      expectVersionsParse(r.components);
    });
  }

  it('Rocket.Chat iOS: rexml 3.2.6 is in the inventory (rubysec gems/rexml/CVE-2024-35176.yml: patched >= 3.2.7)', () => {
    const rel = REAL[0]!;
    const text = read(rel);
    const r = runExtractor(bundlerLock, rel, text);
    const rexml = r.components.filter((c) => c.name === 'rexml');
    expect(rexml).toHaveLength(1);
    expect(rexml[0]!.version).toBe('3.2.6');
    expect(rexml[0]!.purl).toBe('pkg:gem/rexml@3.2.6');
    expect(lineText(text, rexml[0]!.locations[0]!.line)).toBe('    rexml (3.2.6)');
    expect(rexml[0]!.direct).toBe(false);
    expectInRange('RubyGems', rexml[0]!.version, '0', '3.2.7');
    // DEPENDENCIES of that file: activesupport, cocoapods, cocoapods-patch, fastlane, fastlane-plugin-bugsnag.
    const direct = r.components.filter((c) => c.direct).map((c) => c.name).sort();
    expect(direct).toEqual(['activesupport', 'cocoapods', 'cocoapods-patch', 'fastlane', 'fastlane-plugin-bugsnag']);
  });

  it('mattermost fastlane: three platform builds of nokogiri 1.16.7, a git gem, platform suffix stripped', () => {
    const rel = REAL[3]!;
    const text = read(rel);
    const r = runExtractor(bundlerLock, rel, text);
    // rubysec gems/nokogiri/GHSA-mrxw-mxhj-p664.yml (libxslt CVE-2024-55549, CVE-2025-24855):
    // patched >= 1.18.4, so each of these builds is affected.
    const noko = r.components.filter((c) => c.name === 'nokogiri');
    expect(noko.map((c) => c.version)).toEqual(['1.16.7', '1.16.7', '1.16.7']);
    expect(noko.map((c) => lineText(text, c.locations[0]!.line).trim())).toEqual([
      'nokogiri (1.16.7-arm64-darwin)',
      'nokogiri (1.16.7-x86_64-darwin)',
      'nokogiri (1.16.7-x86_64-linux)',
    ]);
    expect(noko.every((c) => c.direct === true && c.source === undefined)).toBe(true);
    expectInRange('RubyGems', noko[0]!.version, '0', '1.18.4');
    const plugin = r.components.find((c) => c.name === 'fastlane-plugin-find_replace_string');
    expect(plugin).toMatchObject({ version: '0.1.0', source: 'git', direct: true, locations: [{ file: rel, line: 5 }] });
  });

  for (const rel of REAL) {
    it(`${rel}: truncated and corrupted copies`, () => {
      checkDamagedCopies(bundlerLock, rel, read(rel));
    });
  }
});

describe('bundler: several sources', () => {
  const text = fixture('multi-source.Gemfile.lock');
  const r = runExtractor(bundlerLock, 'Gemfile.lock', text);

  it('reads every source section with its own source kind', () => {
    expect(r.problems).toEqual([]);
    const byName = (n: string) => r.components.filter((c) => c.name === n);
    expect(byName('actionpack')[0]).toMatchObject({ version: '7.1.4', source: 'git', direct: true });
    expect(byName('activesupport')[0]).toMatchObject({ source: 'git', direct: false });
    expect(byName('billing')[0]).toMatchObject({ version: '0.1.0', source: 'path', direct: true });
    // Both GEM sections are gem servers; the private one's gems are still registry gems.
    expect(byName('sidekiq-pro')[0]).toMatchObject({ version: '7.3.1', direct: true });
    expect(byName('sidekiq-pro')[0]!.source).toBeUndefined();
    expect(byName('nokogiri').map((c) => c.version)).toEqual(['1.16.7', '1.16.7']);
    // CHECKSUMS repeats specs at two spaces; they are not more components.
    expect(byName('rack')).toHaveLength(1);
    expect(r.components).toHaveLength(linesMatching(text, /^ {4}\S/).length);
  });

  it('survives damage', () => {
    checkDamagedCopies(bundlerLock, 'Gemfile.lock', text);
  });
});

describe('bundler: bad input', () => {
  it('reports a spec line it cannot read, and goes on', () => {
    const text = 'GEM\n  remote: https://rubygems.org/\n  specs:\n    rack 2.2.8\n    rake (13.1.0)\n\nDEPENDENCIES\n  rake\n\nBUNDLED WITH\n   2.5.11\n';
    const r = runExtractor(bundlerLock, 'Gemfile.lock', text);
    expect(r.components.map((c) => `${c.name}@${c.version}`)).toEqual(['rake@13.1.0']);
    expect(r.problems).toEqual([expect.objectContaining({ level: 'error', line: 4, file: 'Gemfile.lock' })]);
  });

  it('says when DEPENDENCIES is missing and leaves direct unknown', () => {
    const text = 'GEM\n  remote: https://rubygems.org/\n  specs:\n    rake (13.1.0)\n';
    const r = runExtractor(bundlerLock, 'Gemfile.lock', text);
    expect(r.components[0]!.direct).toBeUndefined();
    expect(r.problems).toEqual([expect.objectContaining({ line: 4, message: expect.stringMatching(/DEPENDENCIES/) })]);
  });

  it('reads CRLF line ends with the same lines', () => {
    const text = 'GEM\r\n  remote: https://rubygems.org/\r\n  specs:\r\n    rake (13.1.0)\r\n\r\nDEPENDENCIES\r\n  rake\r\n\r\nBUNDLED WITH\r\n   2.5.11\r\n';
    const r = runExtractor(bundlerLock, 'Gemfile.lock', text);
    expect(r.problems).toEqual([]);
    expect(r.components[0]).toMatchObject({ name: 'rake', version: '13.1.0', direct: true, locations: [{ line: 4 }] });
  });

  it('reports text before any section', () => {
    const r = runExtractor(bundlerLock, 'Gemfile.lock', 'hello\n');
    expect(r.components).toEqual([]);
    expect(r.problems[0]).toMatchObject({ line: 1 });
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trimmed } from '../../../test/helpers/corpus.js';
import { matchKey } from '../../model/names.js';
import { checkDamagedCopies, expectInRange, expectLocated, expectVersionsParse, lineText, linesMatching, runExtractor } from '../bundler/lockfile-testkit.js';
import { gradleLock } from './index.js';

const REPO = 'mattermost__mattermost-mobile@2a02a61b6b';
const real = (rel: string): string => readFileSync(trimmed('repos', REPO, rel), 'utf8');
const fixture = (rel: string): string => readFileSync(join(import.meta.dirname, '__fixtures__', rel), 'utf8');

describe('gradle: claims', () => {
  it('claims Gradle 6+ lockfiles and the per-configuration layout', () => {
    expect(gradleLock.claims('gradle.lockfile')).toBe(true);
    expect(gradleLock.claims('app/gradle.lockfile')).toBe(true);
    expect(gradleLock.claims('android/buildscript-gradle.lockfile')).toBe(true);
    expect(gradleLock.claims('android/settings-gradle.lockfile')).toBe(true);
    expect(gradleLock.claims('gradle/dependency-locks/compileClasspath.lockfile')).toBe(true);
    expect(gradleLock.claims('app/gradle/dependency-locks/testRuntimeClasspath.lockfile')).toBe(true);
    expect(gradleLock.claims('other.lockfile')).toBe(false);
    expect(gradleLock.claims('build.gradle')).toBe(false);
  });
});

describe('gradle: mattermost-mobile', () => {
  it('buildscript-gradle.lockfile: one component per coordinate line', () => {
    const rel = 'android/buildscript-gradle.lockfile';
    const text = real(rel);
    const r = runExtractor(gradleLock, rel, text);
    expect(r.problems).toEqual([]);
    // Independent count: every non-comment line with three colon-separated parts before `=`.
    const entryLines = linesMatching(text, /^[^#=]+:[^=]+:[^=]+=/);
    expect(entryLines.length).toBeGreaterThan(100);
    expect(r.components.map((c) => c.locations[0]!.line)).toEqual(entryLines);
    for (const c of r.components) {
      expect(c.ecosystem).toBe('Maven');
      expect(lineText(text, c.locations[0]!.line)).toBe(`${c.name}:${c.version}=classpath`);
      // `classpath` is the buildscript's own configuration, not a test one.
      expect(c.dev).toBe(false);
    }
    const xerces = r.components.find((c) => c.name === 'xerces:xercesImpl');
    expect(xerces).toMatchObject({ version: '2.12.0', purl: 'pkg:maven/xerces/xercesImpl@2.12.0' });
    expect(lineText(text, xerces!.locations[0]!.line)).toBe('xerces:xercesImpl:2.12.0=classpath');
    expectLocated(r, text);
    expectVersionsParse(r.components);
  });

  it('settings-gradle.lockfile: nothing locked, nothing reported', () => {
    const r = runExtractor(gradleLock, 'android/settings-gradle.lockfile', real('android/settings-gradle.lockfile'));
    expect(r).toEqual({ components: [], problems: [] });
  });

  it('survives truncated and corrupted copies', () => {
    checkDamagedCopies(gradleLock, 'android/buildscript-gradle.lockfile', real('android/buildscript-gradle.lockfile'));
  });
});

describe('gradle: configurations', () => {
  const text = fixture('gradle.lockfile');
  const r = runExtractor(gradleLock, 'gradle.lockfile', text);
  const get = (name: string) => r.components.find((c) => c.name === name)!;

  it('dev only when every configuration is a test one', () => {
    expect(r.problems).toEqual([]);
    expect(r.components).toHaveLength(7);
    expect(get('androidx.test:core').dev).toBe(true);
    expect(get('junit:junit').dev).toBe(true);
    expect(get('org.mockito:mockito-core').dev).toBe(true);
    expect(get('org.testcontainers:postgresql').dev).toBe(true);
    expect(get('com.fasterxml.jackson.core:jackson-databind').dev).toBe(false);
    expect(get('org.apache.logging.log4j:log4j-core').dev).toBe(false);
  });

  it('names modules as OSV does (GHSA-jfh8-c2jp-5v3q names org.apache.logging.log4j:log4j-core)', () => {
    const record = JSON.parse(
      readFileSync(
        trimmed('osv', 'github-reviewed-sample', 'advisories', 'github-reviewed', '2021', '12', 'GHSA-jfh8-c2jp-5v3q', 'GHSA-jfh8-c2jp-5v3q.json'),
        'utf8',
      ),
    ) as { affected: { package: { ecosystem: string; name: string } }[] };
    const pkg = record.affected[0]!.package;
    const log4j = get('org.apache.logging.log4j:log4j-core');
    expect(matchKey(log4j.ecosystem, log4j.name)).toBe(matchKey(pkg.ecosystem, pkg.name));
    expect(log4j).toMatchObject({ version: '2.14.1', locations: [{ file: 'gradle.lockfile', line: 8 }] });
    // GHSA-jfh8-c2jp-5v3q: introduced 2.13.0, fixed 2.15.0.
    expectInRange('Maven', log4j.version, '2.13.0', '2.15.0');
  });

  it('reads the pre-Gradle-6 per-configuration layout', () => {
    const rel = 'gradle/dependency-locks/testRuntimeClasspath.lockfile';
    const legacy = runExtractor(gradleLock, rel, fixture(rel));
    expect(legacy.problems).toEqual([]);
    expect(legacy.components.map((c) => [c.name, c.version, c.dev, c.locations[0]!.line])).toEqual([
      ['junit:junit', '4.12', true, 4],
      ['org.hamcrest:hamcrest-core', '1.3', true, 5],
    ]);
  });

  it('survives truncated and corrupted copies', () => {
    checkDamagedCopies(gradleLock, 'gradle.lockfile', text);
  });
});

describe('gradle: bad input', () => {
  it('never reads a version from a line cut before its "="', () => {
    const r = runExtractor(gradleLock, 'gradle.lockfile', 'junit:junit:4.13.2=testCompileClasspath\norg.apache.logging.log4j:log4j-core:2.1');
    expect(r.components.map((c) => c.name)).toEqual(['junit:junit']);
    expect(r.problems.map((p) => [p.level, p.line])).toEqual([
      ['error', 2],
      ['warning', 2],
    ]);
  });

  it('reports lines that are no coordinates', () => {
    const r = runExtractor(gradleLock, 'gradle.lockfile', 'not a coordinate\nempty=\n');
    expect(r.components).toEqual([]);
    expect(r.problems).toEqual([expect.objectContaining({ level: 'error', line: 1 })]);
  });
});

import type { Component, Problem } from '../../model/types.js';
import type { ExtractResult, Extractor, SourceFile } from '../../model/extractor.js';
import { makeComponent } from '../../model/component.js';
import { problem } from '../../model/problem.js';
import { splitLines } from '../../parse/lines.js';

// Gradle dependency locking (docs.gradle.org/current/userguide/dependency_locking.html).
// Since Gradle 6 one file per project, `gradle.lockfile` (and `buildscript-gradle.lockfile`,
// `settings-gradle.lockfile`), holds `group:artifact:version=conf1,conf2` per resolved module and
// ends with `empty=<configurations that resolved nothing>`. Before Gradle 6 each configuration
// had its own `gradle/dependency-locks/<configuration>.lockfile` with bare coordinates. OSV
// names Maven packages `group:artifact`. A module is dev when every configuration that resolved
// it is a test one.

const ORIGIN = 'extract/gradle';
const ENTRY = /^([^\s:=]+):([^\s:=]+):([^\s:=]+)(?:=(.*))?$/;
const LEGACY = /(?:^|\/)gradle\/dependency-locks\/([^/]+)\.lockfile$/;
// `test` as a camel-case word: testRuntimeClasspath, androidTestCompileClasspath,
// debugUnitTestRuntimeClasspath, testFixturesApi, integrationTestCompileClasspath.
const TEST_CONFIGURATION = /(?:^test|Test)(?=[A-Z]|$)/;

function isTestConfiguration(name: string): boolean {
  return TEST_CONFIGURATION.test(name);
}

function extract(file: SourceFile): ExtractResult {
  const components: Component[] = [];
  const problems: Problem[] = [];
  const legacyConfiguration = LEGACY.exec(file.path)?.[1];
  const lines = splitLines(file.text);
  let sawEmpty = false;
  let lastContent = 1;
  lines.forEach((raw, i) => {
    const n = i + 1;
    const line = raw.trim();
    if (line === '') return;
    lastContent = n;
    if (line.startsWith('#')) return;
    if (line.startsWith('empty=')) {
      sawEmpty = true;
      return;
    }
    const m = ENTRY.exec(line);
    if (!m) {
      problems.push(problem(ORIGIN, file.path, 'expected "group:artifact:version=configurations"', n));
      return;
    }
    let configurations: string[];
    if (m[4] !== undefined) {
      configurations = m[4].split(',').map((c) => c.trim()).filter((c) => c !== '');
    } else if (legacyConfiguration !== undefined) {
      configurations = [legacyConfiguration];
    } else {
      // In a Gradle 6+ lockfile a line without `=` was cut short; its version cannot be trusted.
      problems.push(problem(ORIGIN, file.path, `${m[1]}:${m[2]}: no "=configurations" after the version; not read`, n));
      return;
    }
    components.push(
      makeComponent({
        ecosystem: 'Maven',
        name: `${m[1]}:${m[2]}`,
        version: m[3]!,
        file: file.path,
        line: n,
        dev: configurations.length > 0 && configurations.every(isTestConfiguration),
      }),
    );
  });
  if (legacyConfiguration === undefined && !sawEmpty) {
    problems.push(
      problem(ORIGIN, file.path, 'no "empty=" line, which Gradle writes last: the file looks truncated', lastContent, 'warning'),
    );
  }
  return { components, problems };
}

export const gradleLock: Extractor = {
  id: 'gradle',
  description: 'Gradle dependency lock files (gradle.lockfile, *-gradle.lockfile, gradle/dependency-locks/*.lockfile)',
  claims: (path) => /(^|\/)([^/]+-)?gradle\.lockfile$/.test(path) || LEGACY.test(path),
  extract,
};

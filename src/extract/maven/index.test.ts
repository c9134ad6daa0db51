import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trimmed } from '../../../test/helpers/corpus.js';
import { matchKey } from '../../model/names.js';
import { checkDamagedCopies, expectInRange, expectLocated, expectVersionsParse, lineText, runExtractor } from '../bundler/lockfile-testkit.js';
import { mavenPom } from './index.js';

const fixture = (rel: string): string => readFileSync(join(import.meta.dirname, '__fixtures__', rel), 'utf8');
const ghsa = (year: string, month: string, id: string) =>
  JSON.parse(readFileSync(trimmed('osv', 'github-reviewed-sample', 'advisories', 'github-reviewed', year, month, id, `${id}.json`), 'utf8')) as {
    affected: { package: { ecosystem: string; name: string } }[];
  };
const summary = (r: ReturnType<typeof runExtractor>) =>
  r.components.map((c) => [c.name, c.version, c.locations[0]!.line, c.direct ?? null, c.dev ?? null, c.source ?? 'registry']);

describe('maven: claims', () => {
  it('claims pom.xml only', () => {
    expect(mavenPom.claims('pom.xml')).toBe(true);
    expect(mavenPom.claims('services/api/pom.xml')).toBe(true);
    expect(mavenPom.claims('pom.xml.bak')).toBe(false);
    expect(mavenPom.claims('build.gradle')).toBe(false);
  });
});

describe('maven: Log4Shell-era pom', () => {
  const text = fixture('log4shell/pom.xml');
  const r = runExtractor(mavenPom, 'log4shell/pom.xml', text);

  it('resolves versions through properties, the line being the artifactId', () => {
    expect(r.problems).toEqual([]);
    expect(summary(r)).toEqual([
      ['org.apache.logging.log4j:log4j-api', '2.14.1', 23, true, false, 'registry'],
      ['org.apache.logging.log4j:log4j-core', '2.14.1', 28, true, false, 'registry'],
      ['com.fasterxml.jackson.core:jackson-databind', '2.12.3', 33, true, false, 'registry'],
      ['com.example.chat:chat-protocol', '1.4.2', 38, true, false, 'registry'],
      ['junit:junit', '4.13.1', 43, true, true, 'registry'],
    ]);
    for (const c of r.components) {
      expect(lineText(text, c.locations[0]!.line).trim()).toBe(`<artifactId>${c.name.split(':')[1]}</artifactId>`);
    }
    expectLocated(r, text);
    expectVersionsParse(r.components);
  });

  it('names the package as GHSA-jfh8-c2jp-5v3q does', () => {
    const pkg = ghsa('2021', '12', 'GHSA-jfh8-c2jp-5v3q').affected[0]!.package;
    const core = r.components.find((c) => c.name.endsWith(':log4j-core'))!;
    expect(matchKey(core.ecosystem, core.name)).toBe(matchKey(pkg.ecosystem, pkg.name));
    expect(core.purl).toBe('pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1');
    expectInRange('Maven', core.version, '2.13.0', '2.15.0');
  });

  it('survives truncated and corrupted copies', () => {
    checkDamagedCopies(mavenPom, 'pom.xml', text);
  });
});

describe('maven: Spring4Shell-era pom', () => {
  const text = fixture('spring4shell/pom.xml');
  const r = runExtractor(mavenPom, 'spring4shell/pom.xml', text);

  it('Spring4Shell pom: dependencyManagement and the imported Spring Cloud BOM are constraints, not components; spring-beans takes its managed 5.3.17', () => {
    for (const c of r.components) {
      expect(lineText(text, c.locations[0]!.line).trim()).toBe(`<artifactId>${c.name.split(':')[1]}</artifactId>`);
    }
    expect(summary(r)).toEqual([
      ['org.springframework.boot:spring-boot-starter-web', '2.6.5', 42, true, false, 'registry'],
      ['org.springframework:spring-beans', '5.3.17', 47, true, false, 'registry'],
      ['com.example:webhooks-api', '0.9.0-SNAPSHOT', 55, true, false, 'registry'],
      ['com.oracle:ojdbc8', '19.3.0.0', 70, true, false, 'path'],
      ['org.springframework.boot:spring-boot-starter-test', '2.6.5', 77, true, true, 'registry'],
      ['org.postgresql:postgresql', '42.3.2', 89, true, false, 'registry'],
    ]);
  });

  it('skips what the file cannot decide, with a notice at the line', () => {
    expect(r.problems.map((p) => [p.level, p.line, p.message.slice(0, 60)])).toEqual([
      ['notice', 51, expect.stringMatching(/^org\.springframework\.boot:spring-boot-starter-actuator: no <v/)],
      ['notice', 61, expect.stringMatching(/^com\.example:legacy-codec: <version>\$\{legacy\.version\}<\/ve/)],
      ['notice', 66, expect.stringMatching(/^org\.yaml:snakeyaml: the version range \[1\.26,2\.0\)/)],
    ]);
    expect(r.problems[1]!.message).toMatch(/uses \$\{legacy\.version\}.*not matched$/);
  });

  it('names the packages as GHSA-36p3-wjmg-h94x does', () => {
    const names = new Set(ghsa('2022', '03', 'GHSA-36p3-wjmg-h94x').affected.map((a) => matchKey(a.package.ecosystem, a.package.name)));
    const hit = r.components.filter((c) => names.has(matchKey(c.ecosystem, c.name))).map((c) => c.name);
    expect(hit).toEqual(['org.springframework.boot:spring-boot-starter-web', 'org.springframework:spring-beans']);
    // GHSA-36p3-wjmg-h94x: spring-beans 5.3.0 to 5.3.18, spring-boot-starter-web 2.6.0 to 2.6.6.
    expectInRange('Maven', r.components[1]!.version, '5.3.0', '5.3.18');
    expectInRange('Maven', r.components[0]!.version, '2.6.0', '2.6.6');
    expectVersionsParse(r.components);
  });

  it('survives truncated and corrupted copies', () => {
    checkDamagedCopies(mavenPom, 'pom.xml', text);
  });
});

describe('maven: hostile and broken input', () => {
  it('does not expand DTD entities (billion laughs)', () => {
    const entities = ['<!ENTITY lol0 "lol">'];
    for (let i = 1; i < 10; i++) entities.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE project [\n${entities.join('\n')}\n]>\n<project>\n<dependencies><dependency><groupId>a</groupId><artifactId>b</artifactId><version>&lol9;</version></dependency></dependencies>\n</project>\n`;
    const started = Date.now();
    const r = runExtractor(mavenPom, 'pom.xml', bomb);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(r.components).toEqual([]);
    expect(r.problems).toEqual([expect.objectContaining({ level: 'error', line: 15, message: expect.stringMatching(/undefined entity/) })]);
  });

  it('bounds property expansion (a property bomb is skipped, not expanded)', () => {
    const props = ['<p0>xxxxxxxxxx</p0>'];
    for (let i = 1; i < 30; i++) props.push(`<p${i}>\${p${i - 1}}\${p${i - 1}}</p${i}>`);
    // Line 35: <project>, <properties>, 30 properties, </properties>, <dependencies>, then this.
    const pom = `<project>\n<properties>\n${props.join('\n')}\n</properties>\n<dependencies>\n<dependency><groupId>a</groupId><artifactId>b</artifactId><version>\${p29}</version></dependency>\n</dependencies>\n</project>\n`;
    const r = runExtractor(mavenPom, 'pom.xml', pom);
    expect(r.components).toEqual([]);
    expect(r.problems).toEqual([expect.objectContaining({ level: 'notice', line: 35, message: expect.stringMatching(/too deeply|beyond/) })]);
  });

  it('a self-referencing property is reported, not looped on', () => {
    const pom = '<project><properties><v>${v}</v></properties><dependencies><dependency><groupId>a</groupId><artifactId>b</artifactId><version>${v}</version></dependency></dependencies></project>';
    const r = runExtractor(mavenPom, 'pom.xml', pom);
    expect(r.components).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ level: 'notice', line: 1 });
  });

  it('stops at the first XML error and keeps what came before it', () => {
    const text = fixture('log4shell/pom.xml').replace('<artifactId>junit</artifactId>', '<artifactId>junit</artfactId>');
    const r = runExtractor(mavenPom, 'pom.xml', text);
    expect(r.components.map((c) => c.name)).toEqual([
      'org.apache.logging.log4j:log4j-api',
      'org.apache.logging.log4j:log4j-core',
      'com.fasterxml.jackson.core:jackson-databind',
      'com.example.chat:chat-protocol',
    ]);
    expect(lineText(text, 43).trim()).toBe('<artifactId>junit</artfactId>');
    expect(r.problems).toEqual([expect.objectContaining({ level: 'error', line: 43, message: expect.stringMatching(/^invalid XML: unexpected close tag; /) })]);
  });

  it('reports a root element that is not <project>', () => {
    const r = runExtractor(mavenPom, 'pom.xml', '<?xml version="1.0"?>\n<settings/>\n');
    expect(r.problems).toEqual([expect.objectContaining({ line: 2 })]);
  });

  it('reports a dependency without coordinates', () => {
    const r = runExtractor(mavenPom, 'pom.xml', '<project>\n<dependencies>\n<dependency><version>1</version></dependency>\n</dependencies>\n</project>');
    expect(r.problems).toEqual([expect.objectContaining({ level: 'warning', line: 3 })]);
  });
});

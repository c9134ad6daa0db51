import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Node } from 'yaml';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { runCli } from '../../src/cli/run.js';
import { tempTree } from '../helpers/tmp.js';
import type { Report } from '../../src/report/model.js';
import { REPO_ROOT, filesUnder } from '../helpers/shared.js';

// Current public charts of self-hosted chat (test/corpus/helm-charts/PROVENANCE.md): every image
// reference in the values files Helm reads, counted here by a plain YAML walk that knows nothing
// of the extractors, is in the report: a component located at its lines (mapped to an
// endoflife.date product, with or without a finding, or listed as mapping to none), a located
// problem that says why it was not recorded, or the notice of the disabled subchart whose block
// holds it. No image disappears.

const CORPUS = join(REPO_ROOT, 'test', 'corpus', 'helm-charts');
const RELEASES = process.env.PATCHWARDEN_HELM_RELEASES ?? join(CORPUS, 'releases');
const NOW = new Date('2026-12-01T00:00:00Z');

interface Ref {
  file: string;
  /** The lines the reference spans: its key to the end of its block. */
  start: number;
  end: number;
  /** The top-level key it sits under. */
  top?: string;
  text: string;
}

/** Every image reference of one values file: `*image: name`, an `*image:` block, a `repository` beside a `tag`/`digest`. */
function imageRefs(root: string, file: string): Ref[] {
  const text = readFileSync(join(root, file), 'utf8');
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
  const line = (offset: number): number => lines.linePos(offset).line;
  const out: Ref[] = [];
  const str = (n: unknown): string | undefined => (isScalar(n) && typeof n.value === 'string' && n.value.trim() !== '' ? n.value : undefined);
  const visit = (node: unknown, key: string | undefined, keyNode: Node | undefined, top: string | undefined): void => {
    if (isSeq(node)) {
      for (const item of node.items) visit(item, key, undefined, top);
      return;
    }
    const isImageKey = key !== undefined && /image$/i.test(key);
    const start = line((keyNode ?? (node as Node | null))?.range?.[0] ?? 0);
    if (isScalar(node)) {
      const value = str(node);
      if (isImageKey && value !== undefined) out.push({ file, start, end: line(node.range![1]), ...(top ? { top } : {}), text: value });
      return;
    }
    if (!isMap(node)) return;
    const get = (k: string): unknown => node.items.find((p) => isScalar(p.key) && p.key.value === k)?.value;
    // A block under an image key that only sets the tag (an overlay's) changes an image too.
    const repo = str(get('repository')) ?? (isImageKey ? (str(get('name')) ?? str(get('tag')) ?? str(get('digest'))) : undefined);
    const versioned = ['tag', 'digest', 'imageTag', 'registry'].some((k) => get(k) !== undefined);
    if (repo !== undefined && (isImageKey || versioned)) {
      out.push({ file, start, end: line(node.range![2]), ...(top ? { top } : {}), text: repo });
      return;
    }
    for (const pair of node.items) {
      const k = isScalar(pair.key) ? String(pair.key.value) : undefined;
      visit(pair.value, k, pair.key as Node, top ?? k);
    }
  };
  visit(doc.contents, undefined, undefined, undefined);
  return out;
}

/** The values files Helm reads in a chart repository (values.yaml, values-*.yaml, values.*.yaml), and the named ones. */
function valuesFiles(root: string, named: readonly string[]): string[] {
  const all = filesUnder(root).map((p) => relative(root, p).split(sep).join('/')).sort();
  return [...new Set([...all.filter((p) => /(^|\/)values([.-][A-Za-z0-9_.-]+)?\.ya?ml$/.test(p)), ...named])];
}

type Outcome = 'finding' | 'mapped' | 'unmapped' | 'problem' | 'subchart off';

/** How the report accounts for one reference, or undefined when it does not. */
function accounted(ref: Ref, report: Report): Outcome | undefined {
  const within = (l: { file?: string; line?: number }): boolean => l.file === ref.file && l.line !== undefined && l.line >= ref.start && l.line <= ref.end;
  const component = report.components.find((c) => c.ecosystem === 'image' && c.locations.some(within));
  if (component) {
    if (report.problems.some((p) => within(p) && p.message.includes('maps to no endoflife.date product'))) return 'unmapped';
    const findings = report.findings.filter((f) => f.component.name === component.name && f.component.version === component.version);
    return findings.some((f) => f.kind !== 'unpinned') ? 'finding' : 'mapped';
  }
  if (report.problems.some(within)) return 'problem';
  const off = report.problems.find((p) => p.file === ref.file && p.message.startsWith(`images of subchart ${ref.top} skipped`));
  // A vendored subchart's whole values file is skipped at its first line.
  const vendoredOff = report.problems.find((p) => p.file === ref.file && p.line === 1 && p.message.startsWith('images of subchart'));
  return off || vendoredOff ? 'subchart off' : undefined;
}

async function run(dir: string, helmValues: string[] = []): Promise<{ report: Report; refs: Ref[]; outcomes: Record<Outcome | 'missing', string[]> }> {
  const root = join(CORPUS, dir);
  const r = await check({ root, releases: RELEASES, now: NOW, cacheDir: false, ...(helmValues.length > 0 ? { helmValues } : {}) });
  expect(r.fatal).toEqual([]);
  const report = r.report!;
  // Layered, an earlier file's value can be overridden: the named files must each be accounted for.
  const files = helmValues.length > 0 ? helmValues : valuesFiles(root, []);
  const refs = files.flatMap((f) => imageRefs(root, f));
  const outcomes: Record<Outcome | 'missing', string[]> = { finding: [], mapped: [], unmapped: [], problem: [], 'subchart off': [], missing: [] };
  for (const ref of refs) outcomes[accounted(ref, report) ?? 'missing'].push(`${ref.file}:${ref.start} ${ref.text}`);
  if (process.env.PATCHWARDEN_HELM_SHOW) console.log(dir, helmValues, JSON.stringify(outcomes, null, 1));
  return { report, refs, outcomes };
}

const count = (o: Record<string, string[]>): Record<string, number> => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v.length]));

describe('every image reference of current public charts is in the report', () => {
  it('mastodon/chart: bitnamilegacy/elasticsearch:7 is Elasticsearch at its end of life; the tags Bitnami subcharts set are said to be unread', async () => {
    const { report, refs, outcomes } = await run('mastodon');
    expect(outcomes.missing).toEqual([]);
    expect(refs.length).toBe(5);
    // The tagless `mastodon-streaming` block is `latest` here: the template's coalesce to the
    // appVersion is not read (templates are not rendered).
    expect(count(outcomes)).toEqual({ finding: 1, mapped: 0, unmapped: 2, problem: 2, 'subchart off': 0, missing: 0 });
    const es = report.findings.find((f) => f.component.name === 'docker.io/bitnamilegacy/elasticsearch')!;
    expect(es).toMatchObject({ kind: 'end-of-life', component: { version: '7' }, locations: [{ file: 'values.yaml', line: 671 }] });
    expect(es.advisory.summary).toMatch(/^elasticsearch 7 reached end of life on 2026-01-15/);
    expect(report.problems.filter((p) => p.message.includes('sets no tag')).map((p) => `${p.file}:${p.line}`)).toEqual(['values.yaml:721', 'values.yaml:784']);
  });

  it('mastodon/chart with dev-values.yaml named (a file no values-*.yaml name claims): layered, the images stay', async () => {
    const { report } = await run('mastodon', ['dev-values.yaml']);
    expect(report.findings.filter((f) => f.kind === 'end-of-life').map((f) => `${f.component.name}:${f.component.version}`)).toEqual(['docker.io/bitnamilegacy/elasticsearch:7']);
    expect(report.problems.filter((p) => p.level !== 'notice' && p.file === 'dev-values.yaml')).toEqual([]);
  });

  it('nextcloud/helm: the subcharts values.yaml switches off (postgresql.enabled: false and others) are skipped with a notice each', async () => {
    const { report, refs, outcomes } = await run('nextcloud');
    expect(outcomes.missing).toEqual([]);
    expect(refs.length).toBe(7);
    expect(count(outcomes)).toEqual({ finding: 0, mapped: 1, unmapped: 3, problem: 0, 'subchart off': 3, missing: 0 });
    expect(report.problems.filter((p) => p.message.startsWith('images of subchart')).map((p) => `${p.file}:${p.line} ${p.message.split(':')[0]}`)).toEqual([
      'charts/nextcloud/values.yaml:495 images of subchart mariadb skipped',
      'charts/nextcloud/values.yaml:536 images of subchart postgresql skipped',
      'charts/nextcloud/values.yaml:591 images of subchart redis skipped',
      'charts/nextcloud/values.yaml:617 images of subchart collabora skipped',
    ]);
    expect(report.components.some((c) => c.ecosystem === 'image' && /postgres/.test(c.name))).toBe(false);
  });

  it.each([
    // Bitnami's MongoDB images renamed to bitnamilegacy/ with the tags left to the subchart.
    ['rocketchat', [], { finding: 1, mapped: 0, unmapped: 14, problem: 6, 'subchart off': 0, missing: 0 }],
    // The overlay's tag is an environment variable of the test harness: a located warning.
    ['rocketchat', ['rocketchat/tests/microservices-values.yaml'], { finding: 0, mapped: 0, unmapped: 0, problem: 1, 'subchart off': 0, missing: 0 }],
    ['mattermost', [], { finding: 4, mapped: 0, unmapped: 15, problem: 0, 'subchart off': 0, missing: 0 }],
    // chart-testing's ci/ files, named: their busybox init containers are read.
    [
      'mattermost',
      ['charts/mattermost-team-edition/ci/extra-values.yaml', 'charts/mattermost-enterprise-edition/ci/init-container-values.yaml'],
      { finding: 0, mapped: 0, unmapped: 2, problem: 0, 'subchart off': 0, missing: 0 },
    ],
    ['ess-helm', [], { finding: 0, mapped: 3, unmapped: 11, problem: 0, 'subchart off': 0, missing: 0 }],
  ] as const)('%s %j: no image disappears', async (dir, helmValues, expected) => {
    const { outcomes } = await run(dir, [...helmValues]);
    expect(outcomes.missing).toEqual([]);
    expect(count(outcomes)).toEqual(expected);
  });
});

describe('the README', () => {
  it('gives the counts of the base installs', async () => {
    const total: Record<string, number> = {};
    for (const dir of ['mastodon', 'nextcloud', 'rocketchat', 'mattermost', 'ess-helm']) {
      for (const [k, v] of Object.entries(count((await run(dir)).outcomes))) total[k] = (total[k] ?? 0) + v;
    }
    expect(total).toEqual({ finding: 6, mapped: 4, unmapped: 45, problem: 8, 'subchart off': 3, missing: 0 });
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8').replace(/\s+/g, ' ');
    for (const said of ['every one of the 66 image references', '6 with an end-of-life or patch-lag finding', '4 mapped to a product with neither', '45 that map to no product', '8 whose tag a subchart sets', '3 in subcharts the values switch off']) {
      expect(readme).toContain(said);
    }
  });
});

describe('naming the values files of an install', () => {
  const MASTODON = join(CORPUS, 'mastodon');
  const cli = async (...args: string[]) => {
    let out = '';
    let err = '';
    const code = await runCli(['check', MASTODON, '--releases', RELEASES, '--now', '2026-12-01', '--offline', '--no-cache', '--format', 'json', ...args], {
      stdout: (t) => (out += t),
      stderr: (t) => (err += t),
      cwd: REPO_ROOT,
      now: () => NOW,
    });
    return { code, out, err };
  };
  // Stands for an operator's production file over mastodon's chart: Elasticsearch moved to 8.
  const PROD = 'elasticsearch:\n  image:\n    tag: 8.15.0\n';

  it('--helm-values layers a file over its chart; one that does not exist or is in no chart stops the run (exit 2)', async () => {
    const missing = await cli('--helm-values', 'values-production.yaml');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('--helm-values: values file values-production.yaml cannot be read');
    const root = tempTree({ 'chart/Chart.yaml': readFileSync(join(MASTODON, 'Chart.yaml'), 'utf8'), 'chart/values.yaml': readFileSync(join(MASTODON, 'values.yaml'), 'utf8'), 'chart/values-production.yaml': PROD, 'loose.yaml': PROD });
    const r = await check({ root, releases: RELEASES, now: NOW, cacheDir: false, helmValues: ['chart/values-production.yaml'] });
    const es = r.report!.components.find((c) => c.name === 'docker.io/bitnamilegacy/elasticsearch')!;
    expect(es.version).toBe('8.15.0');
    expect(es.locations).toEqual([
      { file: 'chart/values-production.yaml', line: 2 },
      { file: 'chart/values.yaml', line: 671 },
    ]);
    // Layered, the 7 of values.yaml is not installed: no end-of-life finding for it.
    expect(r.report!.findings.some((f) => f.component.version === '7')).toBe(false);
    const loose = await check({ root, releases: RELEASES, now: NOW, cacheDir: false, helmValues: ['loose.yaml'] });
    expect(loose.exitCode).toBe(2);
    expect(loose.fatal.map((p) => p.message)).toEqual(['--helm-values: values file loose.yaml is in no chart (no Chart.yaml in its folder or above); it cannot be layered']);
  });

  it("the policy's helm.values names them too, and the schema refuses a path that leaves the repository", async () => {
    const policy = (values: string[]): string =>
      `apiVersion: patchwarden/v1\nkind: PatchPolicy\nmetadata:\n  name: social\n  version: 1.0.0\nhelm:\n  values:\n${values.map((v) => `    - ${v}\n`).join('')}`;
    const root = tempTree({ 'Chart.yaml': readFileSync(join(MASTODON, 'Chart.yaml'), 'utf8'), 'values.yaml': readFileSync(join(MASTODON, 'values.yaml'), 'utf8'), 'prod.yaml': PROD, 'good.yml': policy(['prod.yaml']), 'bad.yml': policy(['../prod.yaml']) });
    const r = await check({ root, policy: join(root, 'good.yml'), releases: RELEASES, now: NOW, cacheDir: false });
    expect(r.report!.components.find((c) => c.name === 'docker.io/bitnamilegacy/elasticsearch')!.locations[0]).toEqual({ file: 'prod.yaml', line: 2 });
    const bad = await check({ root, policy: join(root, 'bad.yml'), releases: RELEASES, now: NOW, cacheDir: false });
    expect(bad.exitCode).toBe(2);
    expect(bad.fatal.map((p) => `${p.line} ${p.message}`).join('\n')).toBe("8 helm.values[0]: expected a repository-relative path to a .yaml or .yml file, like `charts/mastodon/values-production.yaml`, got '../prod.yaml'");
  });
});

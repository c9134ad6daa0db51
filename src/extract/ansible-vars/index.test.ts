import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTRACTORS } from '../registry.js';
import { ansibleVars, topLevelScalars } from './index.js';

const CORPUS = join(import.meta.dirname, '__fixtures__');
const MATRIX = 'matrix-docker-ansible-deploy/roles/custom';
const ctx = { readFile: () => undefined };
const extract = (path: string, text = readFileSync(join(CORPUS, path), 'utf8')): ReturnType<typeof ansibleVars.extract> => ansibleVars.extract({ path, text }, ctx);
const rows = (r: ReturnType<typeof extract>): string[] =>
  r.components.map((c) => `${c.locations[0]!.line} ${c.ecosystem} ${c.name}@${c.version}${c.runtime ? ` ${c.runtime.product ?? c.runtime.repository}:${c.runtime.productVersion}` : ''}`);
const notes = (r: ReturnType<typeof extract>): [number | undefined, string, string][] => r.problems.map((p) => [p.line, p.level, p.message]);

describe('claims', () => {
  it.each(['roles/x/defaults/main.yml', 'roles/x/vars/main.yaml', 'inventory/group_vars/all/vars.yml', 'host_vars/a.yml', 'group_vars/matrix_servers'])('claims %s', (p) => {
    expect(ansibleVars.claims(p)).toBe(true);
    // Before the Renovate extractor and the Kubernetes catch-all.
    expect(EXTRACTORS.find((e) => e.claims(p))?.id).toBe('ansible-vars');
  });
  it.each(['values.yaml', 'defaults.yml', 'roles/x/tasks/main.yml', 'group_vars/all.json.bak/x.txt'])('not %s', (p) => expect(ansibleVars.claims(p)).toBe(false));
});

describe('matrix-docker-ansible-deploy role defaults', () => {
  it('reads the annotations of the Synapse role once each, the image built from the annotated version not again', () => {
    const r = extract(`${MATRIX}/matrix-synapse/defaults/main.yml`);
    expect(rows(r)).toEqual([
      '8 image ghcr.io/element-hq/synapse@v1.159.0',
      '20 image docker.io/matrixdotorg/mjolnir@v1.12.1',
      '22 runtime maunium/synapse-http-antispam@v0.5.1 maunium/synapse-http-antispam:0.5.1',
      '25 runtime matrix-org/synapse-s3-storage-provider@1.7.0 matrix-org/synapse-s3-storage-provider:1.7.0',
      '28 image docker.io/library/nginx@1.31.4-alpine',
    ]);
    expect(r.problems).toEqual([]);
  });

  it('resolves an unannotated image from the file\'s own variables and puts it on the version line', () => {
    const r = extract(`${MATRIX}/matrix-pantalaimon/defaults/main.yml`);
    // `{{ 'localhost/' if self_build else upstream }}matrixdotorg/pantalaimon:v{{ version }}`, self_build false.
    expect(rows(r)).toEqual(['12 image docker.io/matrixdotorg/pantalaimon@v0.10.5']);
    expect(r.components[0]!.image?.reference).toBe('docker.io/matrixdotorg/pantalaimon:v0.10.5');
  });

  it('leaves an image whose tag is an unresolved expression on the annotated version to the annotation', () => {
    const r = extract(`${MATRIX}/matrix-bridge-appservice-irc/defaults/main.yml`);
    expect(rows(r)).toEqual(['29 image docker.io/matrixdotorg/matrix-appservice-irc@4.0.0']);
    expect(r.problems).toEqual([]);
  });

  it('reports the upstream typo `depName=depName=` at its line rather than guessing', () => {
    const r = extract(`${MATRIX}/matrix-bot-draupnir/defaults/main.yml`);
    expect(rows(r)).toEqual([]);
    expect(notes(r)).toEqual([[15, 'warning', 'image "depName=ghcr.io/the-draupnir-project/draupnir:v3.1.0" is not a valid image reference: invalid reference format']]);
  });
});

describe("geerlingguy's roles", () => {
  it('makes `nodejs_version: "16.x"` a Node.js 16 runtime component', () => {
    const r = extract('ansible-role-nodejs/defaults/main.yml');
    expect(rows(r)).toEqual(['4 runtime nodejs@16.x nodejs:16']);
    expect(r.components[0]!.layer).toBe('runtime');
  });

  it('reads nothing from a role that pins no version (redis_port is not a pin)', () => {
    const r = extract('ansible-role-redis/defaults/main.yml');
    expect(r.components).toEqual([]);
    expect(r.problems).toEqual([]);
  });
});

describe('the shapes, on small files standing for common role defaults', () => {
  it('pairs `<x>_version` with `<x>_image` / `<x>_image_name` / `<x>_repository`', () => {
    // The `*_image` + `*_version` pair of roles that run one container (e.g. a Gitea or Grafana role).
    const text = 'grafana_image: grafana/grafana\ngrafana_version: "10.4.2"\nloki_repository: grafana/loki\nloki_image_tag: 2.9.8\napp_repository: https://github.com/acme/app.git\napp_version: 1.0.0\n';
    expect(rows(extract('roles/mon/defaults/main.yml', text))).toEqual(['2 image docker.io/grafana/grafana@10.4.2', '4 image docker.io/grafana/loki@2.9.8']);
  });

  it('makes `<product>_version` a runtime component, and says so where the value is Jinja', () => {
    const text = 'postgresql_version: 15\nredis_version: "{{ redis_pinned | default(\'7.2\') }}"\nkubernetes_version: "1.29"\ntls_version: "1.2"\nmy_app_version: 3.1.0\n';
    const r = extract('group_vars/all.yml', text);
    expect(rows(r)).toEqual(['1 runtime postgresql@15 postgresql:15', '3 runtime kubernetes@1.29 kubernetes:1.29']);
    expect(notes(r)).toEqual([[2, 'notice', 'redis_version: "{{ redis_pinned | default(\'7.2\') }}" is a Jinja expression; redis not checked']]);
  });

  it('reports an image built from a variable defined elsewhere, and never twice for an annotated line', () => {
    const text = [
      'app_image: "{{ registry_host }}/acme/app:{{ app_version }}"',
      'app_version: 2.0.0',
      '# renovate: datasource=endoflife-date depName=postgresql',
      'postgresql_version: "16.3"',
      'db_container_image: "docker.io/library/postgres:{{ postgresql_version }}"',
    ].join('\n');
    const r = extract('roles/app/vars/main.yml', text);
    expect(rows(r)).toEqual(['4 runtime postgresql@16.3 postgresql:16.3']);
    expect(notes(r)).toEqual([[1, 'notice', 'app_image: "registry_host" is a Jinja expression this file does not resolve; image not checked']]);
  });

  it('reads top-level scalars as PyYAML would, past a multi-line Jinja dictionary a strict parser refuses', () => {
    // matrix-bot-maubot's defaults: `x: "{{ {` ... `}[engine] }}"` with the closing line at column 0.
    const text = 'a_uri: "{{ {\n    \'sqlite\': x,\n}[engine] }}"\nb: \'it\'\'s\'\nc: "q\\"d" # note\nd: plain # comment\ne: |\n  block\n';
    expect([...topLevelScalars(text)].map(([k, v]) => `${k}=${v.value}@${v.line}`)).toEqual(["b=it's@4", 'c=q"d@5', 'd=plain@6']);
  });

  it('gives up on a value that expands without bound (ten references a level, twenty levels) with a notice', () => {
    const levels = Array.from({ length: 20 }, (_, i) => `v${i}: "${`{{ v${i + 1} }}`.repeat(10)}"`);
    const text = ['bomb_image: "acme/app:{{ v0 }}"', ...levels, 'v20: x'].join('\n');
    const r = extract('roles/x/defaults/main.yml', text);
    expect(r.components).toEqual([]);
    expect(r.problems.map((p) => [p.line, p.level])).toEqual([[1, 'notice']]);
  });
});

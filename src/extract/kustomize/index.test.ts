import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contextFor, inventory } from '../images/test-support.js';
import { kustomizations } from './index.js';

const FIXTURES = join(import.meta.dirname, '__fixtures__');

describe('kustomize images overrides', () => {
  it('claims kustomization files only', () => {
    expect(kustomizations.claims('overlays/prod/kustomization.yaml')).toBe(true);
    expect(kustomizations.claims('kustomization.yml')).toBe(true);
    expect(kustomizations.claims('Kustomization')).toBe(true);
    expect(kustomizations.claims('kustomizeconfig.yaml')).toBe(false);
  });

  it('makes each override with a tag or digest a component at its entry', () => {
    const path = 'overlay/kustomization.yaml';
    const r = kustomizations.extract({ path, text: readFileSync(join(FIXTURES, path), 'utf8') }, { readFile: () => undefined });
    expect(inventory(r.components)).toEqual([
      'overlay/kustomization.yaml:8 docker.io/mattermost/mattermost-operator:v1.22.1',
      'overlay/kustomization.yaml:11 docker.io/library/postgres:16.4',
      'overlay/kustomization.yaml:13 docker.io/library/redis:sha256:dbcc1c35ac38df41fd2f5e4130b32ffdb93ebae8b3dbe638c23575912276fc9c',
    ]);
    expect(r.problems.map((p) => [p.line, p.level])).toEqual([
      [16, 'notice'],
      [17, 'warning'],
    ]);
    expect(r.components[1]!.image?.productVersion).toBe('16.4');
  });

});

describe('kustomize helmCharts', () => {
  const path = 'helm/kustomization.yaml';
  const r = kustomizations.extract({ path, text: readFileSync(join(FIXTURES, path), 'utf8') }, contextFor(FIXTURES));

  it('makes each chart a component and reads the images of its values, inline over the file, each where its value is written', () => {
    expect(inventory(r.components)).toEqual([
      'helm/kustomization.yaml:8 mastodon:6.9.3',
      // The inline tag wins over the file's; the repository comes from the file: both places.
      'helm/kustomization.yaml:13 docker.io/bitnamilegacy/elasticsearch:7',
      'helm/kustomization.yaml:16 docker.io/bitnamilegacy/redis:8.2.1-debian-12-r0',
      'helm/kustomization.yaml:22 postgresql:14.2.3',
      // valuesMerge: replace: the inline values alone.
      'helm/kustomization.yaml:26 docker.io/bitnamilegacy/postgresql:16.2.0-debian-12-r6',
      'helm/kustomization.yaml:33 ghcr.io/mastodon/mastodon:v4.6.3',
      'helm/values-mastodon.yaml:1 ghcr.io/mastodon/mastodon:v4.6.3',
      'helm/values-mastodon.yaml:6 docker.io/bitnamilegacy/elasticsearch:7',
    ]);
    const chart = r.components.find((c) => c.name === 'mastodon')!;
    expect(chart).toMatchObject({ ecosystem: 'helm', layer: 'runtime', purl: 'pkg:helm/mastodon@6.9.3?repository_url=https%3A%2F%2Fmastodon.github.io%2Fchart' });
    expect(r.components.find((c) => c.name.endsWith('/elasticsearch'))!.locations[0]).toEqual({ file: 'helm/kustomization.yaml', line: 13 });
  });

  it('says what it could not read, at its line', () => {
    expect(r.problems.map((p) => `${p.line} ${p.level} ${p.message}`)).toEqual([
      '24 warning helmCharts values file missing-values.yaml (helm/missing-values.yaml) is missing or could not be read; its images are not seen',
      '29 warning helmCharts unversioned: no version, so kustomize pulls whatever https://charts.example.org serves newest; chart not recorded',
      '31 notice helmCharts values file https://example.org/values.yaml is remote; not read (its images are not seen)',
    ]);
  });
});

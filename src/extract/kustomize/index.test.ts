import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inventory } from '../images/test-support.js';
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

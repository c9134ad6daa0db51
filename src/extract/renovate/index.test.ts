import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contextFor } from '../images/test-support.js';
import { EXTRACTORS } from '../registry.js';
import { renovateAnnotations } from './index.js';

const FIXTURES = join(import.meta.dirname, '__fixtures__');
const extract = (path: string): ReturnType<typeof renovateAnnotations.extract> =>
  renovateAnnotations.extract({ path, text: readFileSync(join(FIXTURES, path), 'utf8') }, contextFor(FIXTURES));
const rows = (r: ReturnType<typeof extract>): string[] => r.components.map((c) => `${c.locations[0]!.line} ${c.ecosystem} ${c.name}@${c.version}`);

describe('claims', () => {
  it.each(['roles/x/defaults/main.yml', 'roles/x/vars/main.yaml', 'inventory/group_vars/all/vars.yml', 'host_vars/a.yml', 'main.tf', 'prod.tfvars', 'install.sh', '.env', 'deploy/.env.prod', 'Makefile'])(
    'claims %s',
    (p) => {
      expect(renovateAnnotations.claims(p)).toBe(true);
      // The registry gives it these files before the Kubernetes catch-all.
      expect(EXTRACTORS.find((e) => e.claims(p))?.id).toBe('renovate');
    },
  );
  it.each(['values.yaml', 'deploy/app.yaml', 'README.md', 'defaults.yml'])('not %s', (p) => expect(renovateAnnotations.claims(p)).toBe(false));
});

describe('Ansible role defaults', () => {
  const r = extract('roles/matrix-synapse/defaults/main.yml');

  it('makes each annotated version a component at its own line', () => {
    expect(rows(r)).toEqual([
      '8 image ghcr.io/element-hq/synapse@v1.128.0',
      '13 image docker.io/library/postgres@14.10-alpine',
      '16 PyPI synapse-s3-storage-provider@1.4.0',
    ]);
    // The catalogue maps the annotated postgres like any other postgres image.
    expect(r.components[1]!.image).toMatchObject({ product: 'postgresql', productVersion: '14.10' });
  });

  it('says which annotations it could not use, and where', () => {
    expect(r.problems.map((p) => [p.line, p.level, p.message])).toEqual([
      [18, 'notice', 'renovate annotation for element-hq/element-web: datasource github-releases is not read (docker, npm and pypi are); skipped'],
      [22, 'warning', 'renovate annotation for ghcr.io/element-hq/matrix-authentication-service: the next line assigns no literal version; skipped'],
    ]);
  });
});

describe('Terraform variables', () => {
  it('reads `default = "..."` under the annotation; packageName= names the package', () => {
    const r = extract('terraform/variables.tf');
    expect(rows(r)).toEqual(['7 image docker.io/mattermost/mattermost-team-edition@9.11.2', '12 npm ws@8.17.0']);
    expect(r.components[0]!.image).toMatchObject({ product: 'mattermost', productVersion: '9.11.2' });
    expect(r.problems).toEqual([]);
  });
});

describe('shell and dotenv', () => {
  it('reads export and plain assignments, and refuses an annotation without a name', () => {
    const text = '#!/bin/sh\n# renovate: datasource=docker depName=nginx\nexport NGINX_VERSION="1.25.3"\n# renovate: datasource=docker\nX=1\n// renovate: datasource=npm depName=ws\nWS=8.17.1 # pinned\n';
    const r = renovateAnnotations.extract({ path: 'install.sh', text }, contextFor(FIXTURES));
    expect(rows(r)).toEqual(['3 image docker.io/library/nginx@1.25.3', '7 npm ws@8.17.1']);
    expect(r.problems.map((p) => [p.line, p.message])).toEqual([[4, 'renovate annotation without datasource= and depName= (or packageName=); skipped']]);
  });
});

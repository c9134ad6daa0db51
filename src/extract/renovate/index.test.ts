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
  it.each(['main.tf', 'prod.tfvars', 'install.sh', '.env', 'deploy/.env.prod', 'Makefile'])(
    'claims %s',
    (p) => {
      expect(renovateAnnotations.claims(p)).toBe(true);
      // The registry gives it these files before the Kubernetes catch-all.
      expect(EXTRACTORS.find((e) => e.claims(p))?.id).toBe('renovate');
    },
  );
  // Ansible's variable files go to extract/ansible-vars, which reads the same annotations first.
  it.each(['values.yaml', 'deploy/app.yaml', 'README.md', 'defaults.yml', 'roles/x/defaults/main.yml', 'group_vars/all.yml'])('not %s', (p) => expect(renovateAnnotations.claims(p)).toBe(false));
});

describe('Ansible role defaults', () => {
  const r = extract('roles/matrix-synapse/defaults/main.yml');

  it('makes each annotated version a component at its own line', () => {
    expect(rows(r)).toEqual([
      '8 image ghcr.io/element-hq/synapse@v1.128.0',
      '13 image docker.io/library/postgres@14.10-alpine',
      '16 PyPI synapse-s3-storage-provider@1.4.0',
      '19 runtime element-hq/element-web@v1.11.97',
    ]);
    // A GitHub release pin: the repository, and the version without its `v`.
    expect(r.components[3]!.runtime).toEqual({ repository: 'element-hq/element-web', productVersion: '1.11.97' });
    // The catalogue maps the annotated postgres like any other postgres image.
    expect(r.components[1]!.image).toMatchObject({ product: 'postgresql', productVersion: '14.10' });
  });

  it('says which annotations it could not use, and where', () => {
    expect(r.problems.map((p) => [p.line, p.level, p.message])).toEqual([
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

describe('release pins: endoflife-date and GitHub releases or tags', () => {
  const CORPUS = join(import.meta.dirname, '..', '..', '..', 'test', 'corpus', 'renovate-pins');

  it("reads Renovate's own endoflife-date example (an EKS version in a .tfvars) as the product's cycle", () => {
    const path = 'renovate-docs/eks.tfvars';
    const r = renovateAnnotations.extract({ path, text: readFileSync(join(CORPUS, path), 'utf8') }, contextFor(FIXTURES));
    expect(rows(r)).toEqual(['2 runtime amazon-eks@1.26']);
    expect(r.components[0]!.runtime).toEqual({ product: 'amazon-eks', productVersion: '1.26' });
    expect(r.problems).toEqual([]);
  });

  it('takes packageName= for the repository, the extractVersion= prefix and a `v` off the version', () => {
    const r = extract('terraform/releases.tf');
    expect(r.components.map((c) => [c.locations[0]!.line, c.name, c.version, c.runtime])).toEqual([
      [7, 'cert-manager/cert-manager', 'v1.16.2', { repository: 'cert-manager/cert-manager', productVersion: '1.16.2' }],
      [12, 'nginx/nginx', 'release-1.24.0', { repository: 'nginx/nginx', productVersion: '1.24.0' }],
      [17, 'element-hq/synapse', 'v1.128.0', { repository: 'element-hq/synapse', productVersion: '1.128.0' }],
    ]);
    expect(r.problems.map((p) => [p.line, p.level, p.message])).toEqual([
      [21, 'warning', 'renovate annotation for https://example.com/postgres: not a GitHub owner/repository; skipped'],
    ]);
  });

  it('never runs an extractVersion pattern: a release tag whose prefix it does not state is a notice', () => {
    const text = '# renovate: datasource=github-releases depName=nginx/nginx extractVersion=(a+)+$\nNGINX=release-1.25.3\n';
    const r = renovateAnnotations.extract({ path: 'x.sh', text }, contextFor(FIXTURES));
    expect(r.components).toEqual([]);
    expect(r.problems.map((p) => [p.line, p.level, p.message])).toEqual([[2, 'notice', 'renovate annotation for nginx/nginx: "release-1.25.3" names no release version (a tag prefix is stated as extractVersion=^prefix(?<version>.*)$); not checked']]);
  });
});


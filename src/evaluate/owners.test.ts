import { describe, expect, it } from 'vitest';
import { evaluate } from './index.js';
import { match } from './__fixtures__/build.js';
import { loadText, withPolicy } from './policy/__fixtures__/tmp.js';

const HEAD = `apiVersion: patchwarden/v1
kind: PatchPolicy
metadata: { name: chat, version: 1.0.0 }
`;

describe('policy owners', () => {
  const yaml = `${HEAD}owners:
  - team: payments
    paths: ['services/payments/**']
    alerts: { slack: PAYMENTS_SLACK_WEBHOOK }
  - team: platform
    layers: [runtime, os]
  - team: web
    ecosystems: [npm]
`;
  it('names the first entry that selects a finding, by path, layer or ecosystem; none when none does', () => {
    withPolicy(yaml, (policy) => {
      const r = evaluate({
        matches: [
          match({ file: 'services/payments/package-lock.json' }),
          match({ file: 'deploy/compose.yaml', layer: 'runtime', ecosystem: 'docker', name: 'nginx' }),
          match({ file: 'web/package-lock.json' }),
          match({ file: 'api/poetry.lock', ecosystem: 'PyPI', name: 'jinja2' }),
        ],
        policy,
        now: new Date('2024-07-01T00:00:00Z'),
      });
      const by = Object.fromEntries(r.findings.map((f) => [`${f.locations[0]!.file}`, f.owner]));
      expect(by).toEqual({
        'services/payments/package-lock.json': 'payments',
        'deploy/compose.yaml': 'platform',
        'web/package-lock.json': 'web',
        'api/poetry.lock': undefined,
      });
    });
  });

  it('refuses an alert channel given as a URL rather than an environment variable name, at its line', () => {
    const r = loadText(`${HEAD}owners:\n  - team: payments\n    alerts: { slack: 'https://hooks.slack.com/services/T/B/x' }\n`);
    expect(r.policy).toBeUndefined();
    expect(r.problems[0]).toMatchObject({ file: '.github/patchwarden.yml', line: 6 });
    expect(r.problems[0]!.message).toContain('an environment variable name like PAYMENTS_SLACK_WEBHOOK');
  });

  it('refuses an unsafe owner glob at its line', () => {
    const r = loadText(`${HEAD}owners:\n  - team: payments\n    paths: ['../outside/**']\n`);
    expect(r.policy).toBeUndefined();
    expect(r.problems[0]).toMatchObject({ line: 6 });
    expect(r.problems[0]!.message).toContain('repository-relative glob');
  });
});

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../index.js';
import { match } from '../__fixtures__/build.js';
import { withPolicy } from './__fixtures__/tmp.js';

// The README's example policy is the documentation users copy: it must load, and what the README
// says it does must be what it does.

const readme = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'README.md'), 'utf8');
const example = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => b.includes('apiVersion:'))!;

describe('README example policy', () => {
  it('loads, and prices ws, dev tooling, data images and the exception as described', () => {
    withPolicy(example, (policy) => {
      expect(policy.identity).toMatchObject({ name: 'chat-platform', version: '1.3.0' });
      expect(policy.gate).toBe('high');
      const now = new Date('2024-06-20T00:00:00Z');
      expect(evaluate({ matches: [match()], policy, now }).findings[0]).toMatchObject({ deadline: '2024-07-01', rule: 'scopes[internet].deadlines.high' });
      expect(evaluate({ matches: [match({ dev: true })], policy, now }).findings[0]).toMatchObject({ rule: 'scopes[dev-tooling].deadlines.high' });
      const pg = match({ kind: 'patch-lag', severity: null, published: '2026-08-14', fixReleased: '2026-08-14', layer: 'runtime', ecosystem: 'image', name: 'postgres', version: '16.3', fixedVersion: '16.4', file: 'deploy/data/compose.yml' });
      expect(evaluate({ matches: [pg], policy, now: new Date('2026-08-20T00:00:00Z') }).findings[0]).toMatchObject({ deadline: '2026-09-28', rule: 'scopes[data].runtime.patchLag.deadline' });
      const ptr = match({ id: 'GHSA-9wv6-86v2-598j', aliases: ['CVE-2024-45296'], published: '2024-09-09T20:19:15Z', name: 'path-to-regexp', version: '0.1.7', fixedVersion: '0.1.10', file: 'service/admin/package-lock.json' });
      expect(evaluate({ matches: [ptr], policy, now: new Date('2026-12-31T12:00:00Z') }).findings[0]!.status).toBe('excepted');
      const after = evaluate({ matches: [ptr], policy, now: new Date('2027-01-01T00:00:00Z') });
      expect(after.findings[0]!.status).toBe('overdue');
      expect(after.exceptions[0]!.state).toBe('expired');
    });
  });

  it('documents every top-level field of the schema', () => {
    const schema = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../policies/schema/patch-policy.v1.json'), 'utf8')) as { properties: Record<string, unknown> };
    const missing = Object.keys(schema.properties).filter((k) => k !== '$schema' && !readme.includes(`\`${k}`));
    expect(missing).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { finding } from '../../test/helpers/report-builder.js';
import { groupByPackage, renderIssue } from './issue-render.js';
import type { RenderContext } from './issue-render.js';

const ctx: RenderContext = {
  links: { serverUrl: 'https://github.com', owner: 'acme', repo: 'chat', sha: 'c0ffee0000000000000000000000000000000000', prefix: '' },
  policy: { apiVersion: 'patchwarden/v1', name: 'chat', version: '1.0.0', digest: `sha256:${'0'.repeat(64)}` },
  today: '2026-11-24',
  labels: ['patchwarden'],
};

describe('issue owner line', () => {
  it("names the policy owners of the package's findings, once each", () => {
    const a = { ...finding({ name: 'ws', id: 'GHSA-aaaa-0000-0000' }), owner: 'realtime' };
    const b = { ...finding({ name: 'ws', id: 'GHSA-bbbb-0000-0000' }), owner: 'realtime' };
    const c = { ...finding({ name: 'ws', id: 'GHSA-cccc-0000-0000', version: '2.0.0' }), owner: '@acme/platform' };
    const body = renderIssue(groupByPackage([a, b, c], 'overdue')[0]!, ctx).body;
    expect(body.split('\n').filter((l) => l.startsWith('**Owner:**'))).toEqual(['**Owner:** `realtime`, `@acme/platform`']);
  });

  it('adds no line when the policy names no owner, so existing issues are not rewritten', () => {
    const body = renderIssue(groupByPackage([finding({ name: 'ws' })], 'overdue')[0]!, ctx).body;
    expect(body).not.toContain('Owner');
  });
});

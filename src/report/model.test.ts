import { describe, expect, it } from 'vitest';
import { makeComponent } from '../model/component.js';
import type { Component } from '../model/types.js';
import { toReportComponent } from './model.js';

describe('toReportComponent', () => {
  const ws = makeComponent({ ecosystem: 'npm', name: 'ws', version: '8.17.0', file: 'service/package-lock.json', line: 120, direct: true });

  it('lists a plain package as it is: its fields are the report fields, in their order', () => {
    expect(toReportComponent(ws)).toBe(ws);
    const git = makeComponent({ ecosystem: 'npm', name: 'x', version: '1.0.0', file: 'package-lock.json', line: 3, dev: true, source: 'git' });
    expect(toReportComponent(git)).toBe(git);
  });

  it('copies a component with fields the report leaves out, or with its fields in another order', () => {
    // The chat-platform example's nginx image: the parsed reference stays out of the report.
    const nginx: Component = {
      ...makeComponent({ ecosystem: 'image', name: 'nginx', version: '1.25.3', file: 'deploy/docker-compose.yml', line: 4, layer: 'runtime', source: 'image' }),
      image: { reference: 'nginx:1.25.3', registry: 'docker.io', repository: 'library/nginx', tag: '1.25.3', product: 'nginx', productVersion: '1.25.3' },
    };
    const listed = toReportComponent(nginx);
    expect(listed).not.toBe(nginx);
    expect(JSON.stringify(listed)).toBe(JSON.stringify({ ...nginx, image: undefined }));
    // `dev` set before `direct` (a merge can add them in either order): the report's order is kept.
    const merged: Component = { ...makeComponent({ ecosystem: 'npm', name: 'ws', version: '8.17.0', file: 'a/package-lock.json', line: 9 }) };
    merged.dev = false;
    merged.direct = true;
    expect(Object.keys(toReportComponent(merged))).toEqual(['ecosystem', 'name', 'version', 'purl', 'layer', 'locations', 'direct', 'dev']);
  });
});

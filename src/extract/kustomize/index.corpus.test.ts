import { describe, expect, it } from 'vitest';
import { shared } from '../../../test/helpers/shared.js';
import { inventory, scanRepo } from '../images/test-support.js';
import { kustomizations } from './index.js';

describe('kustomizations of the shared corpus', () => {
  it('mattermost/mattermost-operator config/manager', () => {
    const r = scanRepo(shared('repos', 'mattermost__mattermost-operator@4f59dc0930'), [kustomizations]);
    expect(inventory(r.components)).toEqual(['config/manager/kustomization.yaml:6 docker.io/mattermost/mattermost-operator:latest']);
    expect([...r.claimed.keys()].sort()).toEqual([
      'config/crd/kustomization.yaml',
      'config/default/kustomization.yaml',
      'config/manager/kustomization.yaml',
      'config/prometheus/kustomization.yaml',
      'config/rbac/kustomization.yaml',
      'config/samples/kustomization.yaml',
    ]);
  });});

import { readFileSync } from 'node:fs';
import { describe } from 'vitest';
import { shared } from '../../../test/helpers/shared.js';
import { realPackageLockTests } from './lock-testkit.js';

describe('package-lock.json v3 with workspaces and aliases (real file of the shared corpus)', () => {
  realPackageLockTests(readFileSync(shared('repos/midas-phoenix__mattermost-server@aa5b8bf549/webapp/package-lock.json'), 'utf8'));
});

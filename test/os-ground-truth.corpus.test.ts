import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { expectGroundTruth } from './helpers/os-ground-truth.js';
import { shared } from './helpers/shared.js';
import { tempDir } from './helpers/tmp.js';

// The full files of ../shared/data/os: the whole dpkg status, the whole bookworm-security index
// with its signed InRelease beside it, and the seven changelogs.
it('reports exactly the security upgrades apt lists on this Debian 12 machine (full files)', { timeout: 120_000 }, async () => {
  const host = tempDir('pw-os-host-');
  for (const ext of ['dpkg-status', 'os-release']) copyFileSync(shared('os', 'installed', `debian12-this-machine.${ext}`), join(host, `debian12-this-machine.${ext}`));
  await expectGroundTruth({
    host,
    packages: shared('os', 'apt-lists', 'bookworm-security_main_binary-amd64_Packages'),
    changelogs: shared('os', 'changelogs'),
    upgradable: shared('os', 'installed', 'debian12-this-machine.apt-upgradable.txt'),
  });
});

import { join } from 'node:path';
import { it } from 'vitest';
import { corpusFiles, expectGroundTruth } from './helpers/os-ground-truth.js';
import { REPO_ROOT } from './helpers/shared.js';

// The trimmed copy in test/corpus/os-debian12 (PROVENANCE.md there); the full files are checked
// by os-ground-truth.corpus.test.ts.
it("reports exactly the security upgrades apt lists on this Debian 12 machine, with their fixed versions and deadlines (trimmed copy)", { timeout: 60_000 }, async () => {
  await expectGroundTruth(corpusFiles(join(REPO_ROOT, 'test', 'corpus', 'os-debian12')));
});

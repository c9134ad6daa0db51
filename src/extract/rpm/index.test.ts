import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectClaims, extractFixture } from '../../../test/helpers/fixture-context.js';
import { rpmList } from './index.js';

const FIX = join(import.meta.dirname, '__fixtures__');

describe('rpm package list (rpm -qa --qf NAME<tab>EPOCH:VERSION-RELEASE<tab>ARCH<tab>SOURCERPM)', () => {
  it('claims rpm-qa.tsv and *.rpm-qa.tsv', () => {
    expectClaims(rpmList, ['rpm-qa.tsv', 'hosts/db1.rpm-qa.tsv', 'hosts/rpm-qa.tsv'], ['rpm-qa.txt', 'var/lib/rpm/rpmdb.sqlite', 'xrpm-qa.tsv']);
  });

  it('reads each line with its source RPM, epoch and os-release named after the file; skips gpg-pubkey and says where a line is malformed', () => {
    const path = 'rocky9.rpm-qa.tsv';
    const r = extractFixture(rpmList, FIX, path);
    expect(r.problems).toEqual([expect.objectContaining({ level: 'warning', file: path, line: 5, message: expect.stringContaining('expected NAME<tab>EPOCH:VERSION-RELEASE') })]);
    expect(r.components.map((c) => [c.ecosystem, c.name, c.version, c.os?.sourceName, c.locations[0]!.line])).toEqual([
      ['Rocky Linux:9', 'bash', '5.1.8-9.el9', undefined, 1],
      ['Rocky Linux:9', 'openssl-libs', '1:3.0.7-24.el9', 'openssl', 2],
      ['Rocky Linux:9', 'zlib', '1.2.11-40.el9', undefined, 4],
    ]);
    expect(r.components[1]!.purl).toBe('pkg:rpm/rocky/openssl-libs@3.0.7-24.el9?arch=x86_64&distro=rocky-9&epoch=1');
  });
});

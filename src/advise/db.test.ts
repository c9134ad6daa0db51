import { describe, expect, it } from 'vitest';
import type { Advisory } from '../model/types.js';
import { EcosystemTally } from './db.js';

function advisory(id: string, ecosystem: string, modified: string | undefined, withdrawn?: string): Advisory {
  return {
    id,
    aliases: [],
    summary: '',
    affected: [{ ecosystem, name: 'x', ranges: [], versions: [] }],
    references: [],
    url: '',
    source: 't',
    ...(modified ? { modified } : {}),
    ...(withdrawn ? { withdrawn } : {}),
  };
}

describe('EcosystemTally', () => {
  it('counts records per ecosystem with the newest modified (else published) and the withdrawn', () => {
    const pub = { ...advisory('GO-1', 'Go', undefined), published: '2025-03-01T00:00:00.000Z' };
    expect(EcosystemTally.of([pub, advisory('GO-2', 'Go', undefined), advisory('PYSEC-2', 'PyPI', '2023-01-01T00:00:00Z', '2023-02-01T00:00:00Z')])).toEqual({
      Go: { records: 2, newest: '2025-03-01T00:00:00.000Z' },
      PyPI: { records: 1, newest: '2023-01-01T00:00:00Z', withdrawn: 1 },
    });
  });
});


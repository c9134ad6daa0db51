import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { byCodePoint } from '../../src/model/order.js';
import { tempTree } from '../helpers/tmp.js';

// Versions pinned outside manifests, end to end: a Terraform variable annotated for Renovate
// (Renovate's own endoflife-date example; GitHub release and tag pins), an Ansible role default
// (geerlingguy's nodejs role), an application's package.json engines (Rocket.Chat's), and a
// go.mod toolchain line. Release data: test/corpus/renovate-pins/endoflife (real product pages).

const CORPUS = fileURLToPath(new URL('../corpus/', import.meta.url));
const RELEASES = `${CORPUS}renovate-pins/endoflife`;
const NOW = new Date('2026-11-24T12:00:00Z');
const real = (path: string): string => readFileSync(`${CORPUS}${path}`, 'utf8');
const fixture = (path: string): string => readFileSync(fileURLToPath(new URL(`../../src/extract/${path}`, import.meta.url)), 'utf8');

describe('runtime pins anywhere', () => {
  it('judges each pin on its product clock, at its own line, and lists the unmapped repository as not checked', async () => {
    const root = tempTree(
      {
        'infra/eks.tfvars': real('renovate-pins/renovate-docs/eks.tfvars'),
        'infra/releases.tf': fixture('renovate/__fixtures__/terraform/releases.tf'),
        'ansible/roles/nodejs/defaults/main.yml': fixture('ansible-vars/__fixtures__/ansible-role-nodejs/defaults/main.yml'),
        'package.json': fixture('engines/__fixtures__/rocket.chat/package.json'),
        'tools/go.mod': 'module example.com/tools\n\ngo 1.21\n\ntoolchain go1.21.4\n',
      },
      'pw-pins-',
    );
    const { report } = await check({ root, now: NOW, releases: RELEASES, cacheDir: false });
    const eol = report!.findings
      .filter((f) => f.kind === 'end-of-life')
      .map((f) => [f.component.name, `${f.locations[0]!.file}:${f.locations[0]!.line}`, f.advisory.id, f.clockStart])
      .sort((a, b) => byCodePoint(a.join(' '), b.join(' ')));
    // amazon-eks.md: 1.26 eol 2024-06-11. cert-manager.md: 1.16 eol 2025-06-10. nginx.md: 1.24
    // eol 2024-04-23. nodejs.md: 14 eol 2023-04-30, 16 eol 2023-09-11. go.md: 1.21 eol 2024-08-13.
    expect(eol).toEqual([
      ['amazon-eks', 'infra/eks.tfvars:2', 'PW-EOL-amazon-eks-1.26', '2024-06-11'],
      ['cert-manager/cert-manager', 'infra/releases.tf:7', 'PW-EOL-cert-manager-1.16', '2025-06-10'],
      ['nginx/nginx', 'infra/releases.tf:12', 'PW-EOL-nginx-1.24', '2024-04-23'],
      ['nodejs', 'ansible/roles/nodejs/defaults/main.yml:4', 'PW-EOL-nodejs-16', '2023-09-11'],
      ['nodejs', 'package.json:7', 'PW-EOL-nodejs-14', '2023-04-30'],
      ['stdlib', 'tools/go.mod:5', 'PW-EOL-go-1.21', '2024-08-13'],
    ]);
    // The exact pins behind their cycle's newest release lag it (Node.js 14.21.3 and nginx 1.24.0
    // are their cycle's last); a floor (`16.x`, EKS's `1.26`) is judged by its cycle only.
    const lag = report!.findings.filter((f) => f.kind === 'patch-lag').map((f) => `${f.component.name} ${f.fixedVersion}`);
    expect(lag.sort(byCodePoint)).toEqual(['cert-manager/cert-manager 1.16.5', 'stdlib 1.21.13']);
    // element-hq/synapse: no endoflife.date page names the repository.
    expect(report!.problems.filter((p) => p.origin === 'match/runtime' && p.file !== undefined)).toEqual([
      expect.objectContaining({ level: 'notice', file: 'infra/releases.tf', line: 17, message: expect.stringMatching(/^GitHub repository element-hq\/synapse maps to no endoflife\.date product/) }),
    ]);
    const runtime = report!.coverage!.entries.find((e) => e.ecosystem === 'runtime')!;
    expect(runtime).toMatchObject({ layer: 'runtime', components: 6, checked: 5, state: 'partial', uncheckedCounts: { 'no runtime product': 1 } });
    expect(runtime.unchecked).toEqual([{ name: 'element-hq/synapse', version: 'v1.128.0', file: 'infra/releases.tf', line: 17, reason: 'no runtime product' }]);
  });
});

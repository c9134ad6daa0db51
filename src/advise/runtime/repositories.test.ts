import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseProductMarkdown } from './endoflife.js';
import { repositoryIndex } from './repositories.js';

// Real endoflife.date pages (test/corpus/renovate-pins/endoflife, test/corpus/endoflife): where
// each names its GitHub repository.

const page = (folder: string, product: string) =>
  parseProductMarkdown(readFileSync(fileURLToPath(new URL(`../../../test/corpus/${folder}/${product}.md`, import.meta.url)), 'utf8'), product, product).products[0]!;

describe('GitHub repositories of endoflife.date products', () => {
  it('reads pkg:github identifiers, release sources and changelog links to releases', () => {
    // nginx.md: `purl: pkg:github/nginx/nginx` and `git: https://github.com/nginx/nginx.git`, one repository.
    expect(page('renovate-pins/endoflife', 'nginx').repositories).toEqual([{ repo: 'nginx/nginx', via: 'identifier' }]);
    // cert-manager.md: `git: https://github.com/cert-manager/cert-manager.git`; its changelog links the same.
    expect(page('renovate-pins/endoflife', 'cert-manager').repositories).toEqual([{ repo: 'cert-manager/cert-manager', via: 'release-method' }]);
    // redis.md: the release data is gathered from `https://github.com/redis/redis.git`.
    expect(page('endoflife/endoflife.date/products', 'redis').repositories).toEqual([{ repo: 'redis/redis', via: 'release-method' }]);
  });

  it('lets the stronger mention win where two pages name one repository, then the first product id', () => {
    const text = (extra: string) => `---\ntitle: x\n${extra}\nreleases:\n  - releaseCycle: "1"\n    eol: false\n---\n`;
    const a = parseProductMarkdown(text('auto:\n  methods:\n    - git: https://github.com/ansible/ansible.git'), 'ansible-core', 'a').products[0]!;
    const b = parseProductMarkdown(text('identifiers:\n  - purl: pkg:github/ansible/ansible'), 'ansible', 'b').products[0]!;
    const c = parseProductMarkdown(text('changelogTemplate: https://github.com/acme/tool/releases/tag/v__LATEST__'), 'zz', 'c').products[0]!;
    const d = parseProductMarkdown(text('changelogTemplate: https://github.com/acme/tool/releases/tag/v__LATEST__'), 'aa', 'd').products[0]!;
    const e = parseProductMarkdown(text('changelogTemplate: "https://github.com/dragonwell-project/dragonwell__RELEASE_CYCLE__/releases"'), 'e', 'e').products[0]!;
    expect(e.repositories).toBeUndefined();
    const index = repositoryIndex([a, b, c, d]);
    expect([...index]).toEqual([
      ['ansible/ansible', 'ansible'],
      ['acme/tool', 'aa'],
    ]);
  });
});

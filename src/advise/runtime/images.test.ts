import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/helpers/tmp.js';
import { imageComponent } from '../../extract/images/component.js';
import { matchRuntime } from '../../match/runtime.js';
import type { Component } from '../../model/types.js';
import { makeZip } from '../__fixtures__/make-zip.js';
import { parseProductMarkdown } from './endoflife.js';
import { imageIndex, policyImageIndex, resolveImage } from './images.js';
import { loadRuntimeData } from './index.js';

// Real endoflife.date pages (test/corpus/endoflife-images, see its PROVENANCE.md; elasticsearch
// and postgresql are there for the catalogue's images): etcd lists
// `pkg:docker/bitnami/etcd` and wireshark `pkg:docker/linuxserver/wireshark` twice (Docker Hub
// and lscr.io). Neither is in the hand-kept catalogue, so only the data can map them.

const CORPUS = fileURLToPath(new URL('../../../test/corpus/endoflife-images', import.meta.url));
const page = (name: string): string => readFileSync(join(CORPUS, 'products', `${name}.md`), 'utf8');
const NOW = new Date('2026-11-24T12:00:00Z');

function image(reference: string, line = 7): Component {
  const r = imageComponent(reference, 'deploy/app.yaml', line, 'test');
  if (!r.component) throw new Error(r.problem.message);
  return r.component;
}

describe('identifiers of product pages', () => {
  it('keeps the docker purls as image names and no other purl type', () => {
    expect(parseProductMarkdown(page('etcd'), 'etcd', 'etcd.md').products[0]!.images).toEqual(['docker.io/bitnami/etcd']);
    expect(parseProductMarkdown(page('wireshark'), 'wireshark', 'w.md').products[0]!.images).toEqual([
      'docker.io/linuxserver/wireshark',
      'lscr.io/linuxserver/wireshark',
    ]);
  });

  it('indexes them, through aliases and renamed namespaces', () => {
    const pages = ['etcd', 'wireshark'].map((n) => parseProductMarkdown(page(n), n, n).products[0]!);
    const index = imageIndex(pages);
    expect([...index]).toEqual([
      ['docker.io/bitnami/etcd', 'etcd'],
      ['docker.io/linuxserver/wireshark', 'wireshark'],
      ['lscr.io/linuxserver/wireshark', 'wireshark'],
    ]);
    const none = policyImageIndex(undefined);
    const resolve = (ref: string): unknown => resolveImage(image(ref).image!, image(ref).name, index, none);
    expect(resolve('bitnamilegacy/etcd:3.4.9-debian-10-r0')).toEqual({ product: 'etcd', productVersion: '3.4.9' });
    expect(resolve('registry-1.docker.io/bitnami/etcd:3.5')).toEqual({ product: 'etcd', productVersion: '3.5' });
    expect(resolve('quay.io/coreos/etcd:v3.5.0')).toEqual({});
  });

  it('lets the first product by id win an image two pages list', () => {
    const a = { product: 'b-product', cycles: [], versions: new Map(), sources: [], images: ['docker.io/x/y'] };
    const b = { product: 'a-product', cycles: [], versions: new Map(), sources: [], images: ['docker.io/x/y'] };
    expect(imageIndex([a, b]).get('docker.io/x/y')).toBe('a-product');
  });
});

describe('loadRuntimeData with the inventory images', () => {
  it('keeps the products the images run, from folders', async () => {
    const { data, problems } = await loadRuntimeData(CORPUS, { images: ['docker.io/bitnamilegacy/etcd:3.4.9'.split(':')[0]!, 'docker.io/library/nginx'] });
    expect(problems).toEqual([]);
    // elasticsearch and postgresql are read too: the catalogue names them whatever the inventory.
    expect([...data.products.keys()].sort()).toEqual(['elasticsearch', 'etcd', 'postgresql']);
    const etcd = data.products.get('etcd')!;
    expect(etcd.sources.map((s) => s.slice(CORPUS.length))).toEqual(['/products/etcd.md', '/releases/etcd.json']);
    expect(etcd.versions.get('3.4.10')).toBe('2020-07-16');
  });

  it('and from the archives endoflife.date is mirrored in', async () => {
    const dir = tempDir('pw-eol-zip-');
    mkdirSync(join(dir, 'endoflife.date'));
    mkdirSync(join(dir, 'release-data'));
    writeFileSync(
      join(dir, 'endoflife.date', 'products-all.zip'),
      makeZip(['etcd', 'wireshark'].map((n) => ({ name: `products/${n}.md`, data: page(n) }))),
    );
    writeFileSync(join(dir, 'release-data', 'releases-all.zip'), makeZip([{ name: 'releases/etcd.json', data: readFileSync(join(CORPUS, 'releases', 'etcd.json')) }]));
    const { data, problems } = await loadRuntimeData(dir, { images: ['lscr.io/linuxserver/wireshark', 'docker.io/bitnami/etcd'] });
    expect(problems).toEqual([]);
    expect([...data.products.keys()].sort()).toEqual(['etcd', 'wireshark']);
    expect(data.products.get('etcd')!.versions.get('3.4.10')).toBe('2020-07-16');
    expect(data.products.get('etcd')!.sources).toEqual([
      `${join(dir, 'endoflife.date', 'products-all.zip')}!products/etcd.md`,
      `${join(dir, 'release-data', 'releases-all.zip')}!releases/etcd.json`,
    ]);
  });
});

describe('runtime findings for an image only the data maps', () => {
  it('bitnamilegacy/etcd 3.4.9: end of life since 2026-06-01, and behind 3.4.45', async () => {
    const { data } = await loadRuntimeData(CORPUS, { images: ['docker.io/bitnamilegacy/etcd'] });
    const c = image('bitnamilegacy/etcd:3.4.9-debian-10-r0');
    const { matches, problems } = matchRuntime([c], data, NOW);
    expect(problems).toEqual([]);
    // etcd.md: 3.4 eol 2026-06-01; 3.5 (eol 2027-07-08) is the oldest supported cycle, its newest
    // release 3.5.33 (2026-07-23). etcd.json: 3.4.10 on 2020-07-16 is the first after 3.4.9.
    expect(matches.map((m) => [m.kind, m.advisory.id, m.fixedVersion, m.fixReleased])).toEqual([
      ['end-of-life', 'PW-EOL-etcd-3.4', '3.5.33', '2026-06-01'],
      ['patch-lag', 'PW-PATCH-etcd-3.4.9', '3.4.45', '2020-07-16'],
    ]);
  });

  it('names each place an image mapped to nothing, and goes on', async () => {
    const { data } = await loadRuntimeData(CORPUS, { images: ['docker.io/bitnami/etcd'] });
    const unknown = image('ghcr.io/acme/chat-bridge:2.1.0', 12);
    unknown.locations.push({ file: 'compose.yaml', line: 4 });
    const { matches, problems } = matchRuntime([unknown, image('bitnami/etcd:3.6.14')], data, NOW);
    expect(matches).toEqual([]);
    expect(problems).toEqual(
      [['deploy/app.yaml', 12], ['compose.yaml', 4]].map(([file, line]) => ({
        level: 'notice',
        origin: 'match/runtime',
        file,
        line,
        message:
          "image ghcr.io/acme/chat-bridge:2.1.0 maps to no endoflife.date product (neither the policy's images:, the catalogue nor the release data's identifiers name ghcr.io/acme/chat-bridge); patch lag and end of life not checked",
      })),
    );
  });
});

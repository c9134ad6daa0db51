import type { Component } from '../../model/types.js';
import type { RuntimeImageInfo } from './component.js';

// The operating-system layer of runtime images. `node:18.19.0-bookworm-slim` runs Debian 12 and
// `redis:7.2.4-alpine3.19` Alpine 3.19: the tag names the base distribution, whose end of life is
// a deadline of its own, apart from the runtime's. Each distribution release becomes one `os`
// component, declared wherever an image built on it is; a floating `-alpine` names no release
// and gives none.

const OS_NAMES: Record<string, string> = { debian: 'Debian', 'alpine-linux': 'Alpine Linux', ubuntu: 'Ubuntu' };

export function osLayerComponents(components: readonly Component[]): Component[] {
  const byRelease = new Map<string, Component>();
  for (const c of components) {
    if (c.ecosystem !== 'image' || c.layer === 'os') continue;
    const os = (c.image as RuntimeImageInfo | undefined)?.os;
    if (!os?.version) continue;
    const key = `${os.product}@${os.version}`;
    const existing = byRelease.get(key);
    if (existing) {
      for (const loc of c.locations) {
        if (!existing.locations.some((l) => l.file === loc.file && l.line === loc.line)) existing.locations.push(loc);
      }
      continue;
    }
    byRelease.set(key, {
      ecosystem: 'os',
      name: OS_NAMES[os.product] ?? os.product,
      version: os.version,
      purl: `pkg:generic/${encodeURIComponent(os.product)}@${encodeURIComponent(os.version)}`,
      layer: 'os',
      locations: [...c.locations],
      source: 'image',
      // The release is named by the tag itself: pinned, and judged by its cycle's end of life.
      image: { reference: c.image!.reference, registry: c.image!.registry, repository: c.image!.repository, tag: os.version, product: os.product, productVersion: os.version },
    });
  }
  return [...byRelease.values()];
}

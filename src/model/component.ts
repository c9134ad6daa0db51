import type { Component, ComponentSource, Ecosystem, Layer } from './types.js';
import { purlFor } from './purl.js';

export interface ComponentInit {
  ecosystem: Ecosystem;
  name: string;
  version: string;
  file: string;
  line: number;
  layer?: Layer;
  direct?: boolean;
  dev?: boolean;
  source?: ComponentSource;
}

/** The one way extractors build a Component, so purl, layer and location are always filled alike. */
export function makeComponent(init: ComponentInit): Component {
  const c: Component = {
    ecosystem: init.ecosystem,
    name: init.name,
    version: init.version,
    purl: purlFor(init.ecosystem, init.name, init.version),
    layer: init.layer ?? 'library',
    locations: [{ file: init.file, line: init.line }],
  };
  if (init.direct !== undefined) c.direct = init.direct;
  if (init.dev !== undefined) c.dev = init.dev;
  if (init.source !== undefined && init.source !== 'registry') c.source = init.source;
  return c;
}

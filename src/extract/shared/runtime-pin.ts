import type { Component, Problem } from '../../model/types.js';
import { makeComponent } from '../../model/component.js';
import { problem } from '../../model/problem.js';
import { NODE_CODENAMES } from '../../model/catalogue.js';

// The one way a runtime pinned outside an image becomes a component of the runtime layer
// (version-manager files, package.json `engines`, Renovate `endoflife-date` and
// `github-releases` annotations, Ansible `<product>_version` variables): ecosystem `runtime`,
// judged on endoflife.date's clock (end of life, patch lag) like an image.

export const RUNTIME_ECOSYSTEM = 'runtime';

/**
 * The release data's spelling of what a file writes: `v20.11.0`, `lts/iron`, `ruby-3.2.2`,
 * `3.12.1`, Ansible's `20.x`; undefined when it names no version (`lts/*`, `system`, `latest`).
 */
export function productVersion(product: string | undefined, written: string): string | undefined {
  let v = written.trim();
  if (product === 'nodejs') {
    const lts = /^lts\/([a-z]+)$/i.exec(v);
    if (lts) return NODE_CODENAMES[lts[1]!.toLowerCase()];
  }
  if (product === 'ruby') v = v.replace(/^ruby-/, '');
  if (product === 'python') v = v.replace(/^python-/, '');
  // `20.x`, `1.25.*`: the cycle the wildcard stays within.
  v = v.replace(/\.[x*]$/i, '');
  const m = /^v?(\d+(?:\.\d+){0,2})$/.exec(v);
  return m?.[1];
}

export interface RuntimePin {
  /** endoflife.date product id, when the pin names one. */
  product?: string;
  /** `owner/repo` whose releases the pin follows, when the product is to be found from it. */
  repository?: string;
  /** The component's name: the product, or the repository as written. */
  name: string;
  /** The version as written. */
  written: string;
  /** The version in the release data's spelling, when the caller already knows it. */
  version?: string;
  file: string;
  line: number;
  origin: string;
}

/** A runtime component, or a located notice when the value names no version. */
export function runtimeComponent(pin: RuntimePin, components: Component[], problems: Problem[]): void {
  const version = pin.version ?? productVersion(pin.product, pin.written);
  if (version === undefined) {
    problems.push(problem(pin.origin, pin.file, `${pin.name} "${pin.written}" names no version (a channel or alias such as lts/*, latest or system); not checked`, pin.line, 'notice'));
    return;
  }
  const c = makeComponent({ ecosystem: RUNTIME_ECOSYSTEM, name: pin.name, version: pin.written.trim(), file: pin.file, line: pin.line, layer: 'runtime', direct: true });
  c.runtime = { productVersion: version };
  if (pin.product !== undefined) c.runtime.product = pin.product;
  if (pin.repository !== undefined) c.runtime.repository = pin.repository;
  components.push(c);
}

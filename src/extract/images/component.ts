import type { Component, ImageInfo, Problem } from '../../model/types.js';
import { purlFor } from '../../model/purl.js';
import { makeComponent } from '../../model/component.js';
import { problem } from '../../model/problem.js';
import { lookupImage } from '../../model/catalogue.js';
import { canonicalImageName } from '../../model/image-names.js';
import type { OsInfo } from '../../model/catalogue.js';
import { parseImageReference } from './reference.js';

/** ImageInfo plus the operating system a runtime image's tag names (`node:20-bookworm` runs Debian 12). */
export interface RuntimeImageInfo extends ImageInfo {
  os?: OsInfo;
}

export type ImageComponentResult = { component: Component; problem?: undefined } | { component?: undefined; problem: Problem };

const DOCKER_HUB = 'docker.io';

/**
 * The one way every manifest extractor turns an image reference into a Component: ecosystem
 * `image`, name `registry/repository` (`docker.io/library/nginx`), version the tag (the digest
 * when only a digest is given, `latest` when neither is, as Docker pulls it), layer from the
 * runtime catalogue. A reference Docker would refuse is a located Problem instead.
 */
export function imageComponent(reference: string, file: string, line: number, origin: string): ImageComponentResult {
  if (reference.includes('{{')) {
    // Helm `tpl` values and Jinja-built manifests: the real reference only exists after rendering.
    return { problem: problem(origin, file, `image "${reference}" is a template expression; not resolved`, line, 'notice') };
  }
  const parsed = parseImageReference(reference);
  if (!parsed.ok) {
    return { problem: problem(origin, file, `image "${reference}" is not a valid image reference: ${parsed.reason}`, line, 'warning') };
  }
  const ref = parsed.ref;
  const version = ref.tag ?? ref.digest ?? 'latest';
  const known = lookupImage(canonicalImageName(ref.name), ref.tag);
  const component = makeComponent({
    ecosystem: 'image',
    name: ref.name,
    version,
    file,
    line,
    layer: known?.layer ?? 'runtime',
    direct: true,
    source: 'image',
  });
  // purl-spec's docker type: the namespace is the path below the registry, and any registry but
  // Docker Hub goes into the repository_url qualifier.
  const purl = purlFor('image', ref.repository, version);
  component.purl = ref.registry === DOCKER_HUB ? purl : `${purl}?repository_url=${encodeURIComponent(ref.registry)}`;
  const image: RuntimeImageInfo = { reference, registry: ref.registry, repository: ref.repository };
  if (ref.tag !== undefined) image.tag = ref.tag;
  if (ref.digest !== undefined) image.digest = ref.digest;
  if (known) {
    image.product = known.product;
    if (known.productVersion !== undefined) image.productVersion = known.productVersion;
    if (known.os) image.os = known.os;
  }
  component.image = image;
  return { component };
}

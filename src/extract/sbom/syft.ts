import { jsonPathKey, objectLines } from '../../parse/json-lines.js';
import type { ExtractResult } from '../../model/extractor.js';
import { isRecord } from '../../parse/json.js';
import { PurlCollector } from '../purl-collector.js';

// syft's own JSON (github.com/anchore/syft/tree/main/schema/json): `artifacts` with a purl each,
// and a `distro` block from the image's os-release (`id`/`versionID` since schema 2; schema 1
// wrote `name`/`version`). Old schemas' deb purls carry no `upstream` qualifier; the artifact's
// dpkg metadata (`source`, `sourceVersion`) or apk metadata (`originPackage`) then gives the
// source package that distribution advisories name.

const ORIGIN = 'extract/sbom';

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

export function isSyftJson(doc: Record<string, unknown>): boolean {
  const schema = isRecord(doc.schema) ? str(doc.schema.url) : undefined;
  const descriptor = isRecord(doc.descriptor) ? str(doc.descriptor.name) : undefined;
  return Array.isArray(doc.artifacts) && (schema?.includes('anchore/syft') === true || descriptor === 'syft');
}

export function readSyftJson(file: string, text: string, doc: Record<string, unknown>): ExtractResult {
  const distro = isRecord(doc.distro) ? doc.distro : undefined;
  const id = distro ? (str(distro.id) ?? str(distro.name)) : undefined;
  const version = distro ? (str(distro.versionID) ?? str(distro.version) ?? str(distro.versionCodename)) : undefined;
  const hint = id ? { id: id.toLowerCase(), ...(version ? { version } : {}) } : undefined;
  const schema = isRecord(doc.schema) ? str(doc.schema.version) : undefined;
  const out = new PurlCollector(ORIGIN, file, `syft JSON${schema ? ` (schema ${schema})` : ''}`, hint);
  const lines = objectLines(text, (p) => p.length === 2 && p[0] === 'artifacts');
  const artifacts = doc.artifacts as unknown[];
  artifacts.forEach((a, i) => {
    if (!isRecord(a)) return;
    const line = lines.get(jsonPathKey(['artifacts', i])) ?? 1;
    const purl = str(a.purl);
    if (!purl) {
      out.skip('no purl', `${str(a.type) ?? 'artifact'} "${str(a.name) ?? '(unnamed)'}${str(a.version) ? `@${str(a.version)}` : ''}" has no purl`, line);
      return;
    }
    const c = out.add(purl, line);
    const meta = isRecord(a.metadata) ? a.metadata : undefined;
    if (!c?.os || !meta) return;
    const source = str(meta.source) ?? str(meta.originPackage);
    if (c.os.sourceName === undefined && source && source !== c.name) c.os.sourceName = source;
    const sourceVersion = str(meta.sourceVersion);
    if (c.os.sourceVersion === undefined && sourceVersion && sourceVersion !== c.version) c.os.sourceVersion = sourceVersion;
  });
  return out.result();
}

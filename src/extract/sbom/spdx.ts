import { jsonPathKey, objectLines } from '../../parse/json-lines.js';
import type { ExtractResult } from '../../model/extractor.js';
import { isRecord } from '../../parse/json.js';
import { PurlCollector } from '../purl-collector.js';

// SPDX 2.2 and 2.3 JSON (spdx.github.io/spdx-spec/v2.3/package-information): `packages`, each
// naming itself by an external reference of category PACKAGE-MANAGER (2.2 wrote
// PACKAGE_MANAGER) and type purl. The distribution is the package whose primaryPackagePurpose
// is OPERATING-SYSTEM (2.3; syft writes one), else whatever the purls' qualifiers say.

const ORIGIN = 'extract/sbom';

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

function purlOf(pkg: Record<string, unknown>): string | undefined {
  if (!Array.isArray(pkg.externalRefs)) return undefined;
  for (const ref of pkg.externalRefs) {
    if (!isRecord(ref)) continue;
    const category = str(ref.referenceCategory)?.toUpperCase().replace('_', '-');
    if (category === 'PACKAGE-MANAGER' && str(ref.referenceType) === 'purl') return str(ref.referenceLocator);
  }
  return undefined;
}

export function readSpdxJson(file: string, text: string, doc: Record<string, unknown>): ExtractResult {
  const packages = Array.isArray(doc.packages) ? doc.packages : [];
  const lines = objectLines(text, (p) => p.length === 2 && p[0] === 'packages');
  const os = packages.find((p) => isRecord(p) && str(p.primaryPackagePurpose) === 'OPERATING-SYSTEM' && str(p.name));
  const hint = isRecord(os) ? { id: str(os.name)!.toLowerCase(), ...(str(os.versionInfo) ? { version: str(os.versionInfo)! } : {}) } : undefined;
  const out = new PurlCollector(ORIGIN, file, str(doc.spdxVersion) ?? 'SPDX', hint);
  packages.forEach((pkg, i) => {
    if (!isRecord(pkg) || pkg === os) return;
    const line = lines.get(jsonPathKey(['packages', i])) ?? 1;
    const purl = purlOf(pkg);
    if (purl) out.add(purl, line);
    else out.skip('no purl', `package "${str(pkg.name) ?? '(unnamed)'}${str(pkg.versionInfo) ? `@${str(pkg.versionInfo)}` : ''}" has no purl`, line);
  });
  return out.result();
}

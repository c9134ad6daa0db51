import { posix } from 'node:path';
import type { ExtractResult, Extractor, SourceFile } from '../../model/extractor.js';
import { problem } from '../../model/problem.js';
import { isRecord, parseJson } from '../../parse/json.js';
import { readCycloneDxJson, readCycloneDxXml } from './cyclonedx.js';
import { readSpdxJson } from './spdx.js';
import { isSyftJson, readSyftJson } from './syft.js';

// Software bills of materials of images and hosts: CycloneDX (JSON and XML), SPDX JSON and
// syft's own JSON. The usual file names are claimed; which format a file holds is decided by its
// content (`bomFormat`, `spdxVersion`, syft's schema), since `bom.json` or `sbom.json` can be
// any of them.

const ORIGIN = 'extract/sbom';

const JSON_NAMES = /^(bom|sbom.*|.+\.(cdx|cyclonedx|bom|spdx|syft|sbom))\.json$/i;
const XML_NAMES = /^(bom|.+\.(cdx|cyclonedx|bom))\.xml$/i;

function extract(file: SourceFile): ExtractResult {
  if (/\.xml$/i.test(file.path)) return readCycloneDxXml(file.path, file.text);
  const parsed = parseJson(file.text, ORIGIN, file.path);
  if (parsed.problem) return { components: [], problems: [parsed.problem] };
  const doc = parsed.value;
  if (isRecord(doc)) {
    if (doc.bomFormat === 'CycloneDX') return readCycloneDxJson(file.path, file.text, doc);
    if (typeof doc.spdxVersion === 'string') return readSpdxJson(file.path, file.text, doc);
    if (isSyftJson(doc)) return readSyftJson(file.path, file.text, doc);
  }
  return {
    components: [],
    problems: [problem(ORIGIN, file.path, 'not a CycloneDX, SPDX or syft JSON document (no bomFormat, spdxVersion or syft schema); skipped', 1, 'notice')],
  };
}

export const sboms: Extractor = {
  id: 'sbom',
  description: 'SBOMs: CycloneDX 1.4-1.6 JSON and XML, SPDX 2.2/2.3 JSON, syft JSON (OS and language packages by purl)',
  claims: (path) => {
    const base = posix.basename(path);
    return JSON_NAMES.test(base) || XML_NAMES.test(base);
  },
  extract,
};

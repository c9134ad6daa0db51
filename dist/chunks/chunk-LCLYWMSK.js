import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);
import {
  EXTRACTORS,
  chartDirOf
} from "./chunk-E5Z55AX4.js";
import {
  claim,
  walk
} from "./chunk-OZVVFGFN.js";
import {
  fitted
} from "./chunk-M6GO3E2V.js";
import {
  readRepoFile,
  resolveInRoot
} from "./chunk-RPU4CLOY.js";
import {
  clipMessage
} from "./chunk-EKFZ64EB.js";

// src/model/strings.ts
function ownString(s) {
  return s.length < 13 ? s : JSON.parse(JSON.stringify(s));
}

// src/extract/images/os-layer.ts
var OS_NAMES = { debian: "Debian", "alpine-linux": "Alpine Linux", ubuntu: "Ubuntu" };
function osLayerComponents(components) {
  const byRelease = /* @__PURE__ */ new Map();
  for (const c of components) {
    if (c.ecosystem !== "image" || c.layer === "os") continue;
    const os = c.image?.os;
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
      ecosystem: "os",
      name: OS_NAMES[os.product] ?? os.product,
      version: os.version,
      purl: `pkg:generic/${encodeURIComponent(os.product)}@${encodeURIComponent(os.version)}`,
      layer: "os",
      locations: [...c.locations],
      source: "image",
      // The release is named by the tag itself: pinned, and judged by its cycle's end of life.
      image: { reference: c.image.reference, registry: c.image.registry, repository: c.image.repository, tag: os.version, product: os.product, productVersion: os.version }
    });
  }
  return [...byRelease.values()];
}

// src/extract/index.ts
function settle(result, origin) {
  const problems = result.problems.map(clipMessage);
  const components = result.components.filter((c) => {
    if (c.name.trim() !== "") return true;
    const at = c.locations[0];
    problems.push({ level: "warning", origin, ...at ? { file: at.file, line: at.line } : {}, message: `an entry without a package name (version ${c.version.slice(0, 100)}); skipped` });
    return false;
  });
  return { components, problems };
}
function componentKey(c) {
  return [c.ecosystem, c.name, c.version, c.source ?? "registry", c.layer].join("\0");
}
function extractAll(root, files, options = {}) {
  const problems = [];
  const merged = /* @__PURE__ */ new Map();
  const report = [];
  const ctx = {
    readFile(path) {
      const abs = resolveInRoot(root, path);
      if (!abs) return void 0;
      const r = readRepoFile(root, abs);
      return r.ok ? r.text : void 0;
    },
    ...options.distro ? { distro: options.distro } : {},
    ...options.helmValues && options.helmValues.length > 0 ? { helmValues: options.helmValues } : {}
  };
  for (const file of files) {
    const origin = `extract/${file.extractor.id}`;
    const read = readRepoFile(root, file.abs);
    if (!read.ok) {
      problems.push({ level: "warning", origin: "discover", file: file.path, message: `not read: ${read.reason}` });
      continue;
    }
    if (read.warning) problems.push({ level: "warning", origin, file: file.path, message: read.warning });
    let result;
    try {
      result = file.extractor.extract({ path: file.path, text: read.text }, ctx);
    } catch (err) {
      problems.push({
        level: "error",
        origin,
        file: file.path,
        message: `extractor failed (a patchwarden bug, please report it): ${err.message}`
      });
      continue;
    }
    result = settle(result, origin);
    problems.push(...result.problems);
    report.push({ path: file.path, extractor: file.extractor.id, entries: result.components.length });
    for (const c of result.components) {
      const key = componentKey(c);
      const existing = merged.get(key);
      if (!existing) {
        merged.set(key, { ...c, name: ownString(c.name), version: ownString(c.version), purl: ownString(c.purl), locations: [...c.locations] });
        continue;
      }
      for (const loc of c.locations) {
        if (!existing.locations.some((l) => l.file === loc.file && l.line === loc.line)) existing.locations.push(loc);
      }
      if (c.direct) existing.direct = true;
      if (existing.dev !== void 0 || c.dev !== void 0) existing.dev = (existing.dev ?? false) && (c.dev ?? false);
    }
  }
  const components = [...merged.values()];
  for (const c of components) if (c.locations.length > 1) c.locations = fitted(c.locations);
  components.push(...osLayerComponents(components));
  return { components, problems, files: report };
}

// src/inventory.ts
function inventory(root, options = {}) {
  return inventoryOf(options.only ? void 0 : walk({ root, ...options.exclude ? { exclude: options.exclude } : {} }), root, options);
}
function inventoryOf(walked, root, options = {}) {
  const found = options.only || !walked ? { files: options.only ? [options.only] : [], problems: [] } : claim(walked, EXTRACTORS);
  const extracted = extractAll(root, found.files, {
    ...options.distro ? { distro: options.distro } : {},
    ...options.helmValues ? { helmValues: options.helmValues } : {}
  });
  return { components: extracted.components, files: extracted.files, problems: [...found.problems, ...extracted.problems] };
}
function helmValuesFiles(root, named) {
  const paths = [];
  const problems = [];
  const readable = (rel) => {
    const abs = resolveInRoot(root, rel);
    if (!abs) return { ok: false, reason: "not below the scanned folder" };
    const r = readRepoFile(root, abs);
    return r.ok ? { ok: true } : { ok: false, reason: r.reason };
  };
  for (const { path, from } of named) {
    const rel = path.replace(/\\/g, "/").replace(/^(\.\/)+/, "");
    if (paths.includes(rel)) continue;
    const file = readable(rel);
    if (!file.ok) {
      problems.push({ level: "error", origin: "helm-values", file: rel, message: `${from}: values file ${path} cannot be read (${file.reason}); paths are relative to the scanned folder` });
      continue;
    }
    const chart = chartDirOf(rel, { readFile: (path2) => readable(path2).ok ? "" : void 0 }) !== void 0;
    if (!chart) {
      problems.push({ level: "error", origin: "helm-values", file: rel, message: `${from}: values file ${path} is in no chart (no Chart.yaml in its folder or above); it cannot be layered` });
      continue;
    }
    paths.push(rel);
  }
  return { paths, problems };
}

export {
  inventory,
  inventoryOf,
  helmValuesFiles
};

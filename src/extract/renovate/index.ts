import type { Component, Problem } from '../../model/types.js';
import type { ExtractContext, ExtractResult, Extractor, SourceFile } from '../../model/extractor.js';
import { makeComponent } from '../../model/component.js';
import { problem } from '../../model/problem.js';
import { imageComponent } from '../images/component.js';

// Versions pinned outside manifests, the way Renovate's regex manager has users annotate them
// (docs.renovatebot.com/modules/manager/regex, "Using a single comment"): a comment
//   # renovate: datasource=docker depName=ghcr.io/element-hq/synapse versioning=semver
// directly above a line that assigns a version (`synapse_version: v1.128.0`, `default =
// "v1.128.0"`, `export SYNAPSE_VERSION=1.128.0`) makes that line a component. Repositories that
// already follow the convention for Renovate are read with no extra work.

const ORIGIN = 'extract/renovate';

/** `# renovate: k=v ...` or `// renovate: ...`, the comment the convention puts above a pin. */
const ANNOTATION = /^\s*(?:#|\/\/)\s*renovate:\s*(.*)$/;
/** `key: value`, `key = "value"`, `export KEY=value`: the value up to a quote, space or comment. */
const ASSIGNMENT = /^\s*(?:export\s+)?["']?[A-Za-z_][\w.-]*["']?\s*[:=]\s*["']?([^"'\s#,]+)["']?\s*,?\s*(?:#.*)?$/;

/**
 * Files where such pins are kept and no other extractor reads: Ansible role defaults and vars,
 * inventories' group_vars/host_vars, Terraform and HCL, shell scripts, dotenv files, Makefiles.
 */
const CLAIMED =
  /(?:^|\/)(?:(?:defaults|vars)\/[^/]+\.ya?ml|(?:group_vars|host_vars)\/.+\.ya?ml|[^/]+\.(?:tf|tfvars|hcl|sh|bash|env|mk)|\.env(?:\.[^/]+)?|Makefile)$/;

type Datasource = (name: string, version: string, file: string, line: number) => { component?: Component; problem?: Problem };

const registryPackage =
  (ecosystem: string): Datasource =>
  (name, version, file, line) => ({ component: makeComponent({ ecosystem, name, version, file, line, direct: true }) });

/** Renovate datasource ids this extractor turns into components (docs.renovatebot.com/modules/datasource). */
const DATASOURCES: Record<string, Datasource> = {
  docker: (name, version, file, line) => imageComponent(`${name}:${version}`, file, line, ORIGIN),
  npm: registryPackage('npm'),
  pypi: registryPackage('PyPI'),
};

function fields(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/([A-Za-z]+)=("[^"]*"|\S+)/g)) out.set(m[1]!, m[2]!.replace(/^"|"$/g, ''));
  return out;
}

export const renovateAnnotations: Extractor = {
  id: 'renovate',
  description: "Renovate regex-manager annotations (`# renovate: datasource=... depName=...` above a version) in Ansible vars, Terraform, shell and dotenv files",
  claims: (path) => CLAIMED.test(path),
  extract(file: SourceFile, _ctx: ExtractContext): ExtractResult {
    const components: Component[] = [];
    const problems: Problem[] = [];
    const lines = file.text.split(/\r\n|\r|\n/);
    for (let i = 0; i < lines.length; i++) {
      const note = ANNOTATION.exec(lines[i]!);
      if (!note) continue;
      const at = i + 1;
      const f = fields(note[1]!);
      const datasource = f.get('datasource');
      const name = f.get('packageName') ?? f.get('depName');
      if (datasource === undefined || name === undefined) {
        problems.push(problem(ORIGIN, file.path, 'renovate annotation without datasource= and depName= (or packageName=); skipped', at, 'warning'));
        continue;
      }
      const make = DATASOURCES[datasource];
      if (!make) {
        problems.push(problem(ORIGIN, file.path, `renovate annotation for ${name}: datasource ${datasource} is not read (docker, npm and pypi are); skipped`, at, 'notice'));
        continue;
      }
      const next = lines[i + 1];
      const value = next === undefined ? null : ASSIGNMENT.exec(next);
      if (!value || value[1]!.includes('{{') || value[1]!.includes('${')) {
        // At the line that should hold the version, or at the annotation when the file ends there.
        problems.push(problem(ORIGIN, file.path, `renovate annotation for ${name}: the next line assigns no literal version; skipped`, next === undefined ? at : at + 1, 'warning'));
        continue;
      }
      const made = make(name, value[1]!, file.path, at + 1);
      if (made.component) components.push(made.component);
      if (made.problem) problems.push(made.problem);
    }
    return { components, problems };
  },
};

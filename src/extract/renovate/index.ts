import type { ExtractContext, ExtractResult, Extractor, SourceFile } from '../../model/extractor.js';
import { readAnnotations } from '../shared/renovate-annotations.js';

// Renovate regex-manager annotations in the files no other extractor reads (see
// extract/shared/renovate-annotations.ts for the convention); Ansible variable files have their own
// extractor (extract/ansible-vars), which reads the same annotations first.

const ORIGIN = 'extract/renovate';

/** Files where such pins are kept and no other extractor reads: Terraform and HCL, shell scripts, dotenv files, Makefiles. */
const CLAIMED = /(?:^|\/)(?:[^/]+\.(?:tf|tfvars|hcl|sh|bash|env|mk)|\.env(?:\.[^/]+)?|Makefile)$/;

export const renovateAnnotations: Extractor = {
  id: 'renovate',
  description: "Renovate regex-manager annotations (`# renovate: datasource=... depName=...` above a version) in Terraform, shell, dotenv files and Makefiles",
  claims: (path) => CLAIMED.test(path),
  extract(file: SourceFile, _ctx: ExtractContext): ExtractResult {
    const r = readAnnotations(file.path, file.text, ORIGIN);
    return { components: r.components, problems: r.problems };
  },
};

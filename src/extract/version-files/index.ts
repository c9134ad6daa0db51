import type { Component, Problem } from '../../model/types.js';
import type { ExtractContext, ExtractResult, Extractor, SourceFile } from '../../model/extractor.js';
import { problem } from '../../model/problem.js';
import { ENDOFLIFE_PRODUCT_IDS } from '../../model/endoflife-products.js';
import { runtimeComponent } from '../shared/runtime-pin.js';

// Version-manager files name the runtime that ships beside the code: nvm's `.nvmrc`, nodenv's
// `.node-version`, pyenv's `.python-version`, rbenv/chruby's `.ruby-version`, asdf/mise's
// `.tool-versions`, rustup's `rust-toolchain(.toml)`. Each pinned runtime becomes a component of
// the runtime layer, judged on endoflife.date's clock (end of life, patch lag) like an image.

const ORIGIN = 'extract/version-files';
export { RUNTIME_ECOSYSTEM } from '../shared/runtime-pin.js';

/**
 * asdf/mise plugin names whose endoflife.date product has another name; any other plugin named
 * like a product (`deno`, `terraform`, `php`, `erlang`) is that product (model/endoflife-products.ts).
 */
const PRODUCTS: Readonly<Record<string, string>> = {
  nodejs: 'nodejs',
  node: 'nodejs',
  python: 'python',
  ruby: 'ruby',
  golang: 'go',
  go: 'go',
  rust: 'rust',
};

const SINGLE: Readonly<Record<string, string>> = {
  '.nvmrc': 'nodejs',
  '.node-version': 'nodejs',
  '.python-version': 'python',
  '.ruby-version': 'ruby',
  'rust-toolchain': 'rust',
};

const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

function runtime(product: string, written: string, file: string, line: number, components: Component[], problems: Problem[]): void {
  runtimeComponent({ product, name: product, written, file, line, origin: ORIGIN }, components, problems);
}

/** The first line that is not blank or a comment, with its 1-based number. */
function firstValue(text: string): [string, number] | undefined {
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.replace(/#.*$/, '').trim();
    if (t !== '') return [t.split(/\s+/)[0]!, i + 1];
  }
  return undefined;
}

export const versionFiles: Extractor = {
  id: 'version-files',
  description: 'Version-manager files (.nvmrc, .node-version, .python-version, .ruby-version, .tool-versions, rust-toolchain[.toml]): the runtime they pin',
  claims: (path) => baseName(path) in SINGLE || baseName(path) === '.tool-versions' || baseName(path) === 'rust-toolchain.toml',
  extract(file: SourceFile, _ctx: ExtractContext): ExtractResult {
    const components: Component[] = [];
    const problems: Problem[] = [];
    const name = baseName(file.path);
    if (name === '.tool-versions') {
      file.text.split(/\r\n|\r|\n/).forEach((raw, i) => {
        const [tool, first] = raw.replace(/#.*$/, '').trim().split(/\s+/);
        if (!tool || first === undefined) return;
        const product = PRODUCTS[tool] ?? (ENDOFLIFE_PRODUCT_IDS.has(tool) ? tool : undefined);
        if (product) runtime(product, first, file.path, i + 1, components, problems);
      });
    } else if (name === 'rust-toolchain.toml') {
      const lines = file.text.split(/\r\n|\r|\n/);
      const i = lines.findIndex((l) => /^\s*channel\s*=/.test(l));
      const channel = i === -1 ? undefined : /=\s*["']([^"']+)["']/.exec(lines[i]!)?.[1];
      if (channel === undefined) problems.push(problem(ORIGIN, file.path, 'no [toolchain] channel = "..." found; not checked', 1, 'notice'));
      else runtime('rust', channel, file.path, i + 1, components, problems);
    } else {
      const first = firstValue(file.text);
      if (first === undefined) problems.push(problem(ORIGIN, file.path, 'empty version file; not checked', 1, 'notice'));
      else runtime(SINGLE[name]!, first[0], file.path, first[1], components, problems);
    }
    return { components, problems };
  },
};

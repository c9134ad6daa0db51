import type { Component, ComponentSource, Problem } from '../../model/types.js';
import type { ExtractResult, Extractor, SourceFile } from '../../model/extractor.js';
import { makeComponent } from '../../model/component.js';
import { problem } from '../../model/problem.js';
import { splitLines } from '../../parse/lines.js';

// Gemfile.lock (and gems.locked), as Bundler's LockfileParser reads it
// (bundler/lib/bundler/lockfile_parser.rb): sections start at column 0; source sections
// (GEM, GIT, PATH, PLUGIN SOURCE) hold `remote:`-style options at two spaces, `specs:`, then
// one spec per line at four spaces and its requirements at six. A spec's parenthesised version
// carries the platform after the first `-` (`nokogiri (1.16.7-x86_64-linux)`); Bundler splits
// there too, since a locked gem version never contains a `-`. DEPENDENCIES lists what the
// Gemfile asks for, a trailing `!` marking a gem pinned to a GIT or PATH source.

const ORIGIN = 'extract/bundler';

const SOURCE_SECTIONS: Record<string, ComponentSource> = {
  GEM: 'registry',
  GIT: 'git',
  PATH: 'path',
  // A Bundler plugin decides where these come from; they are not rubygems.org gems.
  'PLUGIN SOURCE': 'url',
};
const OTHER_SECTIONS = new Set(['PLATFORMS', 'DEPENDENCIES', 'RUBY VERSION', 'BUNDLED WITH', 'CHECKSUMS']);
// Sections Bundler writes after DEPENDENCIES; without any of them the file may have been cut.
const AFTER_DEPENDENCIES = new Set(['RUBY VERSION', 'BUNDLED WITH', 'CHECKSUMS']);

const HEADER = /^[A-Z][A-Z ]*$/;
const OPTION = /^ {2}[a-z_]+:/;
const SPEC = /^ {4}([^\s()]+) \(([^\s()]+)\)$/;
const SPEC_REQUIREMENT = /^ {6}\S/;
const DEPENDENCY = /^ {2}([^\s()!]+)(!)?(?: \([^()]*\))?$/;

interface Spec {
  name: string;
  version: string;
  line: number;
  source: ComponentSource;
}

function extract(file: SourceFile): ExtractResult {
  const problems: Problem[] = [];
  const specs: Spec[] = [];
  const direct = new Set<string>();
  const lines = splitLines(file.text);
  // A final line break leaves one empty string after it, which is no line of the file.
  const lineCount = lines.length > 1 && lines[lines.length - 1] === '' ? lines.length - 1 : lines.length;
  const bad = (n: number, what: string): void => {
    problems.push(problem(ORIGIN, file.path, what, n));
  };
  let section: string | undefined;
  let inSpecs = false;
  let sawDependencies = false;
  let sawAfterDependencies = false;
  for (let i = 0; i < lineCount; i++) {
    const n = i + 1;
    const line = lines[i]!.trimEnd();
    if (line === '') continue;
    if (HEADER.test(line)) {
      section = line;
      inSpecs = false;
      if (section === 'DEPENDENCIES') sawDependencies = true;
      if (AFTER_DEPENDENCIES.has(section)) sawAfterDependencies = true;
      if (!(section in SOURCE_SECTIONS) && !OTHER_SECTIONS.has(section)) {
        problems.push(problem(ORIGIN, file.path, `unknown section "${section}"; skipped`, n, 'notice'));
      }
      continue;
    }
    if (section === undefined) {
      bad(n, 'expected a section header such as GEM or DEPENDENCIES before any entry');
      continue;
    }
    const source = SOURCE_SECTIONS[section];
    if (source !== undefined) {
      if (line === '  specs:') {
        inSpecs = true;
      } else if (inSpecs && SPEC_REQUIREMENT.test(line)) {
        // A spec's own requirements; the locked versions are the specs themselves.
      } else if (inSpecs && line.startsWith('    ')) {
        const m = SPEC.exec(line);
        if (!m) {
          bad(n, `expected a locked gem as "    name (version)" in ${section} specs`);
          continue;
        }
        const dash = m[2]!.indexOf('-');
        const version = dash === -1 ? m[2]! : m[2]!.slice(0, dash);
        if (version === '') {
          bad(n, `gem ${m[1]} has no version before its platform`);
          continue;
        }
        specs.push({ name: m[1]!, version, line: n, source });
      } else if (!inSpecs && OPTION.test(line)) {
        // remote:, revision:, branch:, glob: ... describe the source, not a gem.
      } else {
        bad(n, `unexpected line in ${section} section`);
      }
    } else if (section === 'DEPENDENCIES') {
      const m = DEPENDENCY.exec(line);
      if (m) direct.add(m[1]!);
      else bad(n, 'expected a dependency as "  name", "  name!" or "  name (requirement)"');
    }
    // PLATFORMS, RUBY VERSION, BUNDLED WITH, CHECKSUMS and unknown sections name no locked gem.
  }
  const last = Math.max(lineCount, 1);
  if (!sawDependencies) {
    bad(last, 'no DEPENDENCIES section: the file looks truncated; direct dependencies are unknown');
  } else if (!sawAfterDependencies) {
    problems.push(
      problem(
        ORIGIN,
        file.path,
        'no BUNDLED WITH section after DEPENDENCIES (written by Bundler since 1.10): the file may be truncated',
        last,
        'warning',
      ),
    );
  }
  const components: Component[] = specs.map((s) =>
    makeComponent({
      ecosystem: 'RubyGems',
      name: s.name,
      version: s.version,
      file: file.path,
      line: s.line,
      source: s.source,
      ...(sawDependencies ? { direct: direct.has(s.name) } : {}),
    }),
  );
  return { components, problems };
}

export const bundlerLock: Extractor = {
  id: 'bundler',
  description: 'Gemfile.lock and gems.locked (Bundler): GEM, GIT and PATH sources, platform-specific gems, DEPENDENCIES as direct',
  claims: (path) => /(^|\/)(Gemfile\.lock|gems\.locked)$/.test(path),
  extract,
};

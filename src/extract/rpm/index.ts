import { osComponent } from '../../model/os.js';
import type { Component, Problem } from '../../model/types.js';
import { distroOf } from '../os-release.js';
import type { ExtractContext, ExtractResult, Extractor, SourceFile } from '../../model/extractor.js';
import { problem } from '../../model/problem.js';
import { splitLines } from '../../parse/lines.js';

// rpm keeps its database in a binary (SQLite or Berkeley DB) file, so a host's or image's
// installed rpm packages are handed over as a list rpm itself prints (docs/os-packages.md):
//
//   rpm -qa --qf '%{NAME}\t%{EPOCH}:%{VERSION}-%{RELEASE}\t%{ARCH}\t%{SOURCERPM}\n' > host.rpm-qa.tsv
//
// one package per line, four tab-separated columns; rpm prints `(none)` for a missing epoch or
// source RPM (gpg-pubkey entries have none). The source package is the source RPM's name
// (`openssl-3.0.7-24.el9.src.rpm` -> `openssl`). Files named `rpm-qa.tsv` or `*.rpm-qa.tsv`;
// blank lines and `#` comments are skipped.

const ORIGIN = 'extract/rpm';
const NEVER = /$^/;

function sourceName(srpm: string): string | undefined {
  const m = /^(.+)-[^-]+-[^-]+\.(?:no)?src\.rpm$/.exec(srpm);
  return m?.[1];
}

function extract(file: SourceFile, ctx: ExtractContext): ExtractResult {
  const problems: Problem[] = [];
  const components: Component[] = [];
  const rows: Array<{ cols: string[]; line: number }> = [];
  splitLines(file.text).forEach((raw, i) => {
    const text = raw.replace(/\r$/, '');
    if (text.trim() === '' || text.startsWith('#')) return;
    rows.push({ cols: text.split('\t'), line: i + 1 });
  });
  if (rows.length === 0) return { components, problems };
  const os = distroOf(file.path, NEVER, ctx, ORIGIN, 'unknown', problems);
  for (const { cols, line } of rows) {
    const [name, evr, arch, srpm] = cols.map((c) => c.trim());
    if (cols.length !== 4 || !name || !evr || !/^(?:\(none\)|\d+):[^-\s]+-[^-\s]+$/.test(evr)) {
      problems.push(problem(ORIGIN, file.path, 'expected NAME<tab>EPOCH:VERSION-RELEASE<tab>ARCH<tab>SOURCERPM (see docs/os-packages.md); line skipped', line, 'warning'));
      continue;
    }
    if (name === 'gpg-pubkey') continue;
    const version = evr.startsWith('(none):') ? evr.slice('(none):'.length) : evr;
    const source = srpm && srpm !== '(none)' ? sourceName(srpm) : undefined;
    components.push(osComponent({ manager: 'rpm', distro: os.distro, release: os.release, name, version, arch: arch === '(none)' ? undefined : arch, sourceName: source, file: file.path, line }));
  }
  return { components, problems };
}

export const rpmList: Extractor = {
  id: 'rpm',
  description: "rpm package list (rpm -qa --qf '%{NAME}\\t%{EPOCH}:%{VERSION}-%{RELEASE}\\t%{ARCH}\\t%{SOURCERPM}\\n', saved as *.rpm-qa.tsv): installed RHEL/Rocky/AlmaLinux/SUSE packages",
  claims: (path) => path === 'rpm-qa.tsv' || path.endsWith('/rpm-qa.tsv') || path.endsWith('.rpm-qa.tsv'),
  extract,
};

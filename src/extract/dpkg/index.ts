import { osComponent } from '../../model/os.js';
import type { Component, Problem } from '../../model/types.js';
import { deb822, parseSourceField } from '../../parse/deb822.js';
import { distroOf } from '../os-release.js';
import type { ExtractContext, ExtractResult, Extractor, SourceFile } from '../../model/extractor.js';
import { problem } from '../../model/problem.js';

// dpkg's database of installed packages: `var/lib/dpkg/status` (deb822 stanzas, one per package
// dpkg knows, installed or not), distroless images' `var/lib/dpkg/status.d/<package>` (one stanza
// each, all installed, no Status field), or a copy saved as `<name>.dpkg-status`. Only packages
// whose Status is `install ok installed` are on the system; the rest (removed with their
// configuration kept, half-installed, ...) are skipped. Each component is the binary package at
// the line of its `Package:` field; `Source: name (version)` names the source package that
// distribution advisories speak of.

const ORIGIN = 'extract/dpkg';
const STATUS = /(?:^|\/)var\/lib\/dpkg\/status$/;
const STATUS_D = /(?:^|\/)var\/lib\/dpkg\/status\.d\/[^/]+$/;
const USUAL = /(?:^|\/)var\/lib\/dpkg\/status(?:\.d\/[^/]+)?$/;

function claims(path: string): boolean {
  if (STATUS.test(path) || path.endsWith('.dpkg-status')) return true;
  // status.d also holds each package's .md5sums list.
  return STATUS_D.test(path) && !path.endsWith('.md5sums');
}

function extract(file: SourceFile, ctx: ExtractContext): ExtractResult {
  const problems: Problem[] = [];
  const components: Component[] = [];
  let badLines = 0;
  let firstBad: number | undefined;
  const stanzas = deb822(
    file.text,
    (line) => {
      badLines++;
      firstBad ??= line;
    },
    (line, field) => problems.push(problem(ORIGIN, file.path, `field ${field} given twice in one stanza (dpkg refuses this); the first value is used`, line, 'error')),
  );
  if (badLines > 0) {
    problems.push(problem(ORIGIN, file.path, `${badLines} line(s) are neither a "Field: value" line nor a continuation; ignored`, firstBad, 'warning'));
  }
  const distroless = STATUS_D.test(file.path);
  const installed = stanzas.filter((s) => {
    const status = s.fields.get('Status');
    if (status === undefined) return distroless;
    return status.split(/\s+/)[2] === 'installed';
  });
  if (stanzas.length > 0 && installed.length === 0 && !distroless && !stanzas.some((s) => s.fields.has('Status'))) {
    problems.push(problem(ORIGIN, file.path, 'no stanza has a Status field: not a dpkg status database; nothing read', stanzas[0]!.line, 'warning'));
    return { components, problems };
  }
  if (installed.length === 0) return { components, problems };
  const os = distroOf(file.path, USUAL, ctx, ORIGIN, 'debian', problems);
  for (const s of installed) {
    const name = s.fields.get('Package');
    const version = s.fields.get('Version');
    const line = s.lines.get('Package') ?? s.line;
    if (!name || !version) {
      problems.push(problem(ORIGIN, file.path, `installed package stanza without ${name ? 'a Version' : 'a Package'} field; skipped`, line, 'warning'));
      continue;
    }
    const source = parseSourceField(s.fields.get('Source'));
    const arch = s.fields.get('Architecture');
    components.push(osComponent({ manager: 'dpkg', distro: os.distro, release: os.release, name, version, arch, sourceName: source.name, sourceVersion: source.version, file: file.path, line }));
  }
  return { components, problems };
}

export const dpkgStatus: Extractor = {
  id: 'dpkg',
  description: 'dpkg status database (var/lib/dpkg/status, distroless status.d/, *.dpkg-status): installed Debian/Ubuntu packages',
  claims,
  extract,
};

import { posix } from 'node:path';
import { buildPurl } from '../../model/purl-parse.js';
import type { DistroHint } from '../../model/purl-parse.js';
import { jsonPathKey, objectLines } from '../../parse/json-lines.js';
import { PurlCollector } from '../purl-collector.js';
import type { Problem } from '../../model/types.js';
import type { ExtractResult, Extractor, SourceFile } from '../../model/extractor.js';
import { problem } from '../../model/problem.js';
import { isRecord, parseJson } from '../../parse/json.js';

// Ansible's package_facts (ansible.builtin.package_facts): `ansible_facts.packages` maps each
// package name to a list of installed versions, `{name, version, source}` plus, per manager,
// `arch`, `release` and `epoch` (rpm), `origin` (apt: `Debian`, `Ubuntu`). A fleet is one JSON
// file per host: the module's result, `{{ ansible_facts | to_nice_json }}` written by a playbook,
// or Ansible's jsonfile fact cache (facts at the top level, setup's with their `ansible_` prefix).
// The release comes from setup's distribution facts when they were gathered beside; the host is
// the file (its location), named by `ansible_hostname` in the report's problems.

const ORIGIN = 'extract/ansible';

const FILE_NAMES = /^(package[_-]facts\.json|.+\.package[_-]facts\.json)$/i;
const FOLDERS = /(^|\/)(package[_-]facts|ansible[_-]facts|facts?[_-]cache)\/[^/]+$/i;

/** setup's `ansible_distribution` values and the os-release ID each is. */
const DISTRIBUTION_ID: Record<string, string> = {
  debian: 'debian',
  ubuntu: 'ubuntu',
  alpine: 'alpine',
  redhat: 'rhel',
  rocky: 'rocky',
  almalinux: 'almalinux',
  centos: 'centos',
  fedora: 'fedora',
  amazon: 'amzn',
  oraclelinux: 'ol',
  sles: 'sles',
  'opensuse leap': 'opensuse-leap',
};

/** package_facts' `source` (the manager it asked) and the purl type of its packages. */
const SOURCE_TYPE: Record<string, string> = { apt: 'deb', rpm: 'rpm', apk: 'apk' };

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : typeof v === 'number' ? String(v) : undefined);

/** A fact by its name inside `ansible_facts` (`distribution`) or in a fact cache (`ansible_distribution`). */
function fact(facts: Record<string, unknown>, name: string): string | undefined {
  return str(facts[name]) ?? str(facts[`ansible_${name}`]);
}

function distroOf(facts: Record<string, unknown>): DistroHint | undefined {
  const name = fact(facts, 'distribution')?.toLowerCase();
  const id = name ? DISTRIBUTION_ID[name] : undefined;
  if (!id) return undefined;
  // Debian's point release (12.5) and Alpine's (3.19.1) name their release; a codename is the fallback.
  const version = fact(facts, 'distribution_version') ?? fact(facts, 'distribution_major_version') ?? fact(facts, 'distribution_release');
  return { id, ...(version ? { version } : {}) };
}

function versionOf(source: string, entry: Record<string, unknown>): string | undefined {
  const version = str(entry.version);
  if (!version) return undefined;
  const release = str(entry.release);
  // apt's version is dpkg's whole version; apk and rpm split off the release (and rpm the epoch).
  if (source === 'apt' || !release) return version;
  return `${version}-${release}`;
}

function extract(file: SourceFile): ExtractResult {
  const parsed = parseJson(file.text, ORIGIN, file.path);
  if (parsed.problem) return { components: [], problems: [parsed.problem] };
  const doc = parsed.value;
  const nested = isRecord(doc) && isRecord(doc.ansible_facts);
  const facts = isRecord(doc) ? (nested ? (doc.ansible_facts as Record<string, unknown>) : doc) : undefined;
  const packages = facts && isRecord(facts.packages) ? facts.packages : undefined;
  if (!facts || !packages) {
    return { components: [], problems: [problem(ORIGIN, file.path, 'no ansible_facts.packages map (the output of ansible.builtin.package_facts); skipped', 1, 'notice')] };
  }
  const host = fact(facts, 'hostname') ?? fact(facts, 'fqdn') ?? posix.basename(file.path).replace(/(\.package[_-]facts)?\.json$/i, '');
  let distro = distroOf(facts);
  const problems: Problem[] = [];
  if (!distro) {
    // Without setup's facts the manager still says which family; apt records the archive's origin.
    const first = Object.values(packages).flatMap((v) => (Array.isArray(v) ? v : [])).find(isRecord);
    const origin = first ? str(first.origin)?.toLowerCase() : undefined;
    const source = first ? str(first.source) : undefined;
    const id = origin === 'debian' || origin === 'ubuntu' ? origin : source === 'apk' ? 'alpine' : undefined;
    if (id) distro = { id };
    problems.push(
      problem(
        ORIGIN,
        file.path,
        `host ${host}: no distribution facts (ansible_distribution, ansible_distribution_version) beside the packages, so the release is unknown${id ? `; read as ${id} of no particular release` : ''}. Gather them with setup (gather_facts) in the same play`,
        1,
        'warning',
      ),
    );
  }
  const out = new PurlCollector(ORIGIN, file.path, `package_facts of ${host}`, distro);
  for (const p of problems) out.note(p);
  const prefix = nested ? ['ansible_facts', 'packages'] : ['packages'];
  const lines = objectLines(file.text, (p) => p.length === prefix.length + 2 && p[0] === prefix[0] && p[prefix.length - 1] === 'packages');
  for (const [key, list] of Object.entries(packages)) {
    if (!Array.isArray(list)) continue;
    list.forEach((entry, i) => {
      if (!isRecord(entry)) return;
      const line = lines.get(jsonPathKey([...prefix, key, i])) ?? 1;
      const name = str(entry.name) ?? key;
      const source = str(entry.source) ?? '';
      const version = versionOf(source, entry);
      const type = SOURCE_TYPE[source];
      if (!version) {
        out.skip('no version', `${name}: no version`, line);
        return;
      }
      if (!type) {
        out.skip(`source ${source || '(none)'}`, `${name}@${version}: package manager "${source || '(none)'}" is not one patchwarden matches (apt, apk, rpm)`, line);
        return;
      }
      const epoch = source === 'rpm' ? str(entry.epoch) : undefined;
      const purl = buildPurl(type, name, version, distro, epoch, str(entry.arch));
      if (purl) out.add(purl, line);
      else out.skip('an unreadable name', `${name}@${version}: not a valid package name`, line);
    });
  }
  return out.result();
}

export const ansiblePackageFacts: Extractor = {
  id: 'ansible-package-facts',
  description: 'Ansible package_facts output (apt, apk, rpm), one JSON file per host: a fleet as one inventory',
  claims: (path) => FILE_NAMES.test(posix.basename(path)) || (FOLDERS.test(path) && !/\.(ya?ml|md|txt)$/i.test(path)),
  extract,
};

import type { Ecosystem } from './types.js';

// Package URLs per the purl specification (github.com/package-url/purl-spec): type, optional
// namespace, name and version, each segment percent-encoded. The namespace/name split differs
// per type, which is why this is a table and not a string template.

const PURL_TYPE: Record<string, string> = {
  npm: 'npm',
  PyPI: 'pypi',
  Go: 'golang',
  'crates.io': 'cargo',
  RubyGems: 'gem',
  Packagist: 'composer',
  Maven: 'maven',
  NuGet: 'nuget',
  Pub: 'pub',
  CocoaPods: 'cocoapods',
  Hex: 'hex',
  SwiftURL: 'swift',
  image: 'docker',
};

// A lone UTF-16 surrogate (JSON's and YAML's "\ud800" escapes can make one) has no UTF-8
// form, and encodeURIComponent throws on it; it becomes U+FFFD, as a UTF-8 encoder writes it.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function enc(segment: string): string {
  // encodeURIComponent leaves too little alone for readability and too much for the spec's
  // "@" rule; ':' is allowed in purl segments (Maven uses it nowhere after the split).
  return encodeURIComponent(segment.replace(LONE_SURROGATE, '\ufffd')).replace(/%3A/gi, ':');
}

function splitNamespace(ecosystem: Ecosystem, name: string): [string | undefined, string] {
  switch (ecosystem) {
    case 'Maven': {
      const i = name.indexOf(':');
      return i === -1 ? [undefined, name] : [name.slice(0, i), name.slice(i + 1)];
    }
    case 'npm':
    case 'Go':
    case 'Packagist':
    case 'image':
    case 'SwiftURL': {
      const i = name.lastIndexOf('/');
      return i === -1 ? [undefined, name] : [name.slice(0, i), name.slice(i + 1)];
    }
    default:
      return [undefined, name];
  }
}

export function purlFor(ecosystem: Ecosystem, name: string, version: string): string {
  const type = PURL_TYPE[ecosystem] ?? ecosystem.toLowerCase().replace(/[^a-z0-9.+-]/g, '-');
  // purl-spec's pypi type: the name lowercased with each `_` made `-`; dots stay (not PEP 503's
  // normalisation, which would turn `zope.interface` into `zope-interface`).
  const canonical = ecosystem === 'PyPI' ? name.toLowerCase().replace(/_/g, '-') : name;
  const [namespace, base] = splitNamespace(ecosystem, canonical);
  const ns = namespace === undefined ? '' : namespace.split('/').map(enc).join('/') + '/';
  const v = version === '' ? '' : '@' + enc(version);
  return `pkg:${type}/${ns}${enc(base)}${v}`;
}

import type { Route } from '../../helpers/live-servers.js';

// Registry answers in the shapes the public registries serve, trimmed to the fields patchwarden
// reads plus a few neighbours so that unrelated fields are seen and ignored. Each stands for the
// real package named in its path (ws, @babel/traverse, Jinja2, golang.org/x/net,
// github.com/BurntSushi/toml, hyper, nokogiri, guzzlehttp/guzzle, log4j-core, Newtonsoft.Json,
// http); the version numbers are real fixed versions of real advisories, the times are
// illustrative (not the registries' recorded times) so that each rule can be told apart.

export function registryRoutes(base: string): Record<string, Route> {
  return {
    // npm: the full packument (`time` is absent from the abbreviated install document).
    '/ws': {
      body: {
        _id: 'ws',
        name: 'ws',
        'dist-tags': { latest: '8.18.0' },
        versions: { '7.5.10': { version: '7.5.10' }, '8.17.0': { version: '8.17.0' }, '8.17.1': { version: '8.17.1' } },
        time: {
          created: '2011-11-09T16:17:36.000Z',
          modified: '2024-07-01T00:00:00.000Z',
          '7.5.10': '2024-06-16T21:10:00.000Z',
          '8.17.0': '2024-05-01T10:00:00.000Z',
          '8.17.1': '2024-06-16T21:00:00.000Z',
        },
      },
    },
    // A scoped name is one path segment, its slash encoded.
    '/@babel%2Ftraverse': { body: { name: '@babel/traverse', time: { '7.23.2': '2023-10-11T12:00:00.000Z' } } },
    // PyPI: the release's files; the earliest upload is the release.
    '/pypi/Jinja2/3.1.3/json': {
      body: {
        info: { name: 'Jinja2', version: '3.1.3' },
        urls: [
          { filename: 'Jinja2-3.1.3.tar.gz', packagetype: 'sdist', upload_time: '2024-01-10T18:58:00', upload_time_iso_8601: '2024-01-10T18:58:00.111Z' },
          { filename: 'Jinja2-3.1.3-py3-none-any.whl', packagetype: 'bdist_wheel', upload_time: '2024-01-10T18:57:58', upload_time_iso_8601: '2024-01-10T18:57:58.321Z' },
        ],
        vulnerabilities: [],
      },
    },
    // Go module proxy: .info per version; capital letters escaped as "!" + lower case.
    '/golang.org/x/net/@v/v0.23.0.info': { body: { Version: 'v0.23.0', Time: '2024-04-03T19:20:00Z' } },
    '/github.com/!burnt!sushi/toml/@v/v1.3.2.info': { body: { Version: 'v1.3.2', Time: '2023-06-08T06:30:00Z' } },
    // crates.io: one version.
    '/api/v1/crates/hyper/0.14.10': { body: { version: { crate: 'hyper', num: '0.14.10', created_at: '2021-07-07T18:40:00.000000+00:00', yanked: false } } },
    // RubyGems: one entry per platform build; the `ruby` platform is the release.
    '/api/v1/versions/nokogiri.json': {
      body: [
        { number: '1.16.5', platform: 'x86_64-linux', created_at: '2024-05-13T18:00:00.000Z', prerelease: false },
        { number: '1.16.5', platform: 'ruby', created_at: '2024-05-13T19:00:00.000Z', prerelease: false },
        { number: '1.16.4', platform: 'ruby', created_at: '2024-04-10T12:00:00.000Z', prerelease: false },
      ],
    },
    // Packagist: Composer 2 minified metadata, newest first, each entry the changes from the one before.
    '/p2/guzzlehttp/guzzle.json': {
      body: {
        packages: {
          'guzzlehttp/guzzle': [
            { name: 'guzzlehttp/guzzle', description: 'Guzzle is a PHP HTTP client library', version: '7.4.5', version_normalized: '7.4.5.0', time: '2022-06-20T22:16:13+00:00', type: 'library' },
            { version: '7.4.4', version_normalized: '7.4.4.0', time: '2022-06-09T21:39:15+00:00' },
            { version: 'v6.5.8', version_normalized: '6.5.8.0', time: '2022-06-20T22:16:07+00:00', type: '__unset' },
          ],
        },
        minified: 'composer/2.0',
      },
    },
    // Maven Central: the POM's Last-Modified.
    '/org/apache/logging/log4j/log4j-core/2.15.0/log4j-core-2.15.0.pom': { headers: { 'last-modified': 'Fri, 10 Dec 2021 03:30:00 GMT' } },
    // NuGet registration: one page inlined, one by reference only.
    '/newtonsoft.json/index.json': {
      body: {
        count: 2,
        items: [
          {
            '@id': `${base}/newtonsoft.json/index.json#page/3.5.8/12.0.3`,
            lower: '3.5.8',
            upper: '12.0.3',
            items: [
              { catalogEntry: { id: 'Newtonsoft.Json', version: '12.0.3', published: '2019-11-09T01:27:30.723+00:00', listed: true } },
              { catalogEntry: { id: 'Newtonsoft.Json', version: '12.0.2', published: '1900-01-01T00:00:00+00:00', listed: false } },
            ],
          },
          { '@id': `${base}/newtonsoft.json/page/13.0.1/13.0.3.json`, lower: '13.0.1', upper: '13.0.3', count: 2 },
        ],
      },
    },
    '/newtonsoft.json/page/13.0.1/13.0.3.json': {
      body: {
        items: [
          { catalogEntry: { id: 'Newtonsoft.Json', version: '13.0.1', published: '2021-03-22T20:10:49.73+00:00' } },
          { catalogEntry: { id: 'Newtonsoft.Json', version: '13.0.3', published: '2023-03-08T07:42:54.647+00:00' } },
        ],
      },
    },
    // pub.dev
    '/api/packages/http': { body: { name: 'http', latest: { version: '1.2.2' }, versions: [{ version: '0.13.3', published: '2021-05-06T17:00:00.000Z' }] } },
  };
}

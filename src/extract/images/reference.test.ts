import { describe, expect, it } from 'vitest';
import { familiarString, parseImageReference, parseReference } from './reference.js';

// The cases are distribution/reference's own tests (reference_test.go TestReferenceParse,
// normalize_test.go TestValidateReferenceName, TestValidateRemoteName, TestParseRepositoryInfo,
// TestParseAnyReference, TestNormalizedSplitHostname), the package Docker, containerd and
// Kubernetes parse image references with.

const F64 = 'f'.repeat(64);

describe('parseReference (the grammar, distribution/reference Parse)', () => {
  const valid: [input: string, name: string, registry: string, tag?: string, digest?: string][] = [
    ['test_com', 'test_com', ''],
    ['test.com:tag', 'test.com', '', 'tag'],
    ['test.com:5000', 'test.com', '', '5000'],
    ['test.com/repo:tag', 'test.com/repo', 'test.com', 'tag'],
    ['test:5000/repo', 'test:5000/repo', 'test:5000'],
    ['test:5000/repo:tag', 'test:5000/repo', 'test:5000', 'tag'],
    [`test:5000/repo@sha256:${F64}`, 'test:5000/repo', 'test:5000', undefined, `sha256:${F64}`],
    [`test:5000/repo:tag@sha256:${F64}`, 'test:5000/repo', 'test:5000', 'tag', `sha256:${F64}`],
    ['lowercase:Uppercase', 'lowercase', '', 'Uppercase'],
    [`${'a/'.repeat(127)}a:tag-puts-this-over-max`, `${'a/'.repeat(127)}a`, 'a', 'tag-puts-this-over-max'],
    ['sub-dom1.foo.com/bar/baz/quux', 'sub-dom1.foo.com/bar/baz/quux', 'sub-dom1.foo.com'],
    ['sub-dom1.foo.com/bar/baz/quux:some-long-tag', 'sub-dom1.foo.com/bar/baz/quux', 'sub-dom1.foo.com', 'some-long-tag'],
    ['b.gcr.io/test.example.com/my-app:test.example.com', 'b.gcr.io/test.example.com/my-app', 'b.gcr.io', 'test.example.com'],
    ['xn--n3h.com/myimage:xn--n3h.com', 'xn--n3h.com/myimage', 'xn--n3h.com', 'xn--n3h.com'],
    [`xn--7o8h.com/myimage:xn--7o8h.com@sha512:${'f'.repeat(128)}`, 'xn--7o8h.com/myimage', 'xn--7o8h.com', 'xn--7o8h.com', `sha512:${'f'.repeat(128)}`],
    ['foo_bar.com:8080', 'foo_bar.com', '', '8080'],
    ['foo/foo_bar.com:8080', 'foo/foo_bar.com', 'foo', '8080'],
    ['192.168.1.1', '192.168.1.1', ''],
    ['192.168.1.1:tag', '192.168.1.1', '', 'tag'],
    ['192.168.1.1:5000', '192.168.1.1', '', '5000'],
    ['192.168.1.1/repo', '192.168.1.1/repo', '192.168.1.1'],
    ['192.168.1.1:5000/repo', '192.168.1.1:5000/repo', '192.168.1.1:5000'],
    ['192.168.1.1:5000/repo:5050', '192.168.1.1:5000/repo', '192.168.1.1:5000', '5050'],
    ['[2001:db8::1]/repo', '[2001:db8::1]/repo', '[2001:db8::1]'],
    ['[2001:db8:1:2:3:4:5:6]/repo:tag', '[2001:db8:1:2:3:4:5:6]/repo', '[2001:db8:1:2:3:4:5:6]', 'tag'],
    ['[2001:db8::1]:5000/repo', '[2001:db8::1]:5000/repo', '[2001:db8::1]:5000'],
    ['[2001:db8::1]:5000/repo:tag', '[2001:db8::1]:5000/repo', '[2001:db8::1]:5000', 'tag'],
    [`[2001:db8::1]:5000/repo@sha256:${F64}`, '[2001:db8::1]:5000/repo', '[2001:db8::1]:5000', undefined, `sha256:${F64}`],
    [`[2001:db8::1]:5000/repo:tag@sha256:${F64}`, '[2001:db8::1]:5000/repo', '[2001:db8::1]:5000', 'tag', `sha256:${F64}`],
    ['[2001:db8::]:5000/repo', '[2001:db8::]:5000/repo', '[2001:db8::]:5000'],
    ['[::1]:5000/repo', '[::1]:5000/repo', '[::1]:5000'],
  ];
  it.each(valid)('parses %s', (input, name, registry, tag, digest) => {
    const r = parseReference(input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.ref.name).toBe(name);
    expect(r.ref.registry).toBe(registry);
    expect(r.ref.tag).toBe(tag);
    expect(r.ref.digest).toBe(digest);
  });

  const invalid: [input: string, reason: string][] = [
    ['', 'repository name must have at least one component'],
    [':justtag', 'invalid reference format'],
    [`@sha256:${F64}`, 'invalid reference format'],
    [`repo@sha256:${'f'.repeat(34)}`, 'invalid checksum digest length'],
    [`validname@invaliddigest:${F64}`, 'unsupported digest algorithm'],
    ['Uppercase:tag', 'repository name must be lowercase'],
    ['test:5000/Uppercase/lowercase:tag', 'repository name must be lowercase'],
    [`${'a/'.repeat(128)}a:tag`, 'repository name must not be more than 255 characters'],
    ['aa/asdf$$^/aa', 'invalid reference format'],
    ['[2001:db8::1]', 'invalid reference format'],
    ['[2001:db8::1]:5000', 'invalid reference format'],
    ['[2001:db8::1]:tag', 'invalid reference format'],
    ['[fe80::1%eth0]:5000/repo', 'invalid reference format'],
    ['[fe80::1%@invalidzone]:5000/repo', 'invalid reference format'],
  ];
  it.each(invalid)('rejects %j (%s)', (input, reason) => {
    expect(parseReference(input)).toEqual({ ok: false, reason });
  });
});

describe('parseImageReference (Docker normalisation, distribution/reference ParseNormalizedNamed)', () => {
  it.each([
    'docker/docker',
    'library/debian',
    'debian',
    'docker.io/docker/docker',
    'docker.io/library/debian',
    'docker.io/debian',
    'index.docker.io/docker/docker',
    'index.docker.io/library/debian',
    'index.docker.io/debian',
    '127.0.0.1:5000/docker/docker',
    '127.0.0.1:5000/library/debian',
    '127.0.0.1:5000/debian',
    '192.168.0.1',
    '192.168.0.1:80',
    '192.168.0.1:8/debian',
    '192.168.0.2:25000/debian',
    'thisisthesongthatneverendsitgoesonandonandonthisisthesongthatnev',
    '[fc00::1]:5000/docker',
    '[fc00::1]:5000/docker/docker',
    '[fc00:1:2:3:4:5:6:7]:5000/library/debian',
    'docker.io/1a3f5e7d9c1b3a5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5d7c9b1a3f5e7d9c1b3a',
    'Docker/docker',
    'DOCKER/docker',
    'docker-rules/docker',
    'docker---rules/docker',
    'doc/docker',
    'd/docker',
    'jess/t',
    'dock__er/docker',
  ])('accepts %s', (input) => {
    expect(parseImageReference(input).ok).toBe(true);
  });

  it.each([
    'https://github.com/docker/docker',
    'docker/Docker',
    '-docker',
    '-docker/docker',
    '-docker.io/docker/docker',
    'docker///docker',
    'docker.io/docker/Docker',
    'docker.io/docker///docker',
    '[fc00::1]',
    '[fc00::1]:5000',
    'fc00::1:5000/debian',
    '[fe80::1%eth0]:5000/debian',
    '[2001:db8:3:4::192.0.2.33]:5000/debian',
    '1a3f5e7d9c1b3a5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5d7c9b1a3f5e7d9c1b3a',
    'docker-/docker',
    '-docker-/docker',
    '____/____',
    '_docker/_docker',
    'dock..er/docker',
    'dock_.er/docker',
    'dock-.er/docker',
    'docker/',
    `${'this_is_not_a_valid_namespace_because_its_lenth_is_greater_than_255_'.repeat(4)}/docker`,
  ])('rejects %s', (input) => {
    expect(parseImageReference(input).ok).toBe(false);
  });

  // TestParseRepositoryInfo: familiar, full and ambiguous spellings of the same repository.
  it.each([
    [['fooo/bar', 'docker.io/fooo/bar', 'index.docker.io/fooo/bar'], 'docker.io', 'fooo/bar', 'fooo/bar'],
    [['ubuntu', 'docker.io/library/ubuntu', 'library/ubuntu'], 'docker.io', 'library/ubuntu', 'ubuntu'],
    [['nonlibrary/ubuntu', 'docker.io/nonlibrary/ubuntu'], 'docker.io', 'nonlibrary/ubuntu', 'nonlibrary/ubuntu'],
    [['other/library', 'docker.io/other/library'], 'docker.io', 'other/library', 'other/library'],
    [['127.0.0.1:8000/private/moonbase'], '127.0.0.1:8000', 'private/moonbase', '127.0.0.1:8000/private/moonbase'],
    [['127.0.0.1:8000/privatebase'], '127.0.0.1:8000', 'privatebase', '127.0.0.1:8000/privatebase'],
    [['example.com/private/moonbase'], 'example.com', 'private/moonbase', 'example.com/private/moonbase'],
    [['example.com:8000/privatebasee'], 'example.com:8000', 'privatebasee', 'example.com:8000/privatebasee'],
    [['ubuntu-12.04-base', 'docker.io/library/ubuntu-12.04-base', 'index.docker.io/library/ubuntu-12.04-base'], 'docker.io', 'library/ubuntu-12.04-base', 'ubuntu-12.04-base'],
    [['foo', 'docker.io/library/foo', 'docker.io/foo'], 'docker.io', 'library/foo', 'foo'],
    [['library/foo/bar', 'docker.io/library/foo/bar'], 'docker.io', 'library/foo/bar', 'library/foo/bar'],
    [['store/foo/bar', 'docker.io/store/foo/bar'], 'docker.io', 'store/foo/bar', 'store/foo/bar'],
    [['Foo/bar'], 'Foo', 'bar', 'Foo/bar'],
    [['FOO/bar'], 'FOO', 'bar', 'FOO/bar'],
    [['test_com/foo'], 'docker.io', 'test_com/foo', 'test_com/foo'],
    [['test-com:8080/foo'], 'test-com:8080', 'foo', 'test-com:8080/foo'],
    [['xn--n3h.com:18080/foo'], 'xn--n3h.com:18080', 'foo', 'xn--n3h.com:18080/foo'],
    [['localhost/foo'], 'localhost', 'foo', 'localhost/foo'],
  ])('%j is %s / %s', (spellings, registry, repository, familiar) => {
    for (const s of spellings) {
      const r = parseImageReference(s);
      expect(r.ok, s).toBe(true);
      if (!r.ok) continue;
      expect(r.ref.registry, s).toBe(registry);
      expect(r.ref.repository, s).toBe(repository);
      expect(familiarString(r.ref), s).toBe(familiar);
    }
  });

  it('keeps tag and digest together (TestParseReferenceWithTagAndDigest)', () => {
    const short = 'busybox:latest@sha256:86e0e091d0da6bde2456dbb48306f3956bbeb2eae1b5b9a43045843f69fe4aaa';
    const r = parseImageReference(short);
    expect(r).toEqual({
      ok: true,
      ref: {
        registry: 'docker.io',
        repository: 'library/busybox',
        name: 'docker.io/library/busybox',
        tag: 'latest',
        digest: 'sha256:86e0e091d0da6bde2456dbb48306f3956bbeb2eae1b5b9a43045843f69fe4aaa',
      },
    });
    if (r.ok) expect(familiarString(r.ref)).toBe(short);
  });

  it('normalises the references of TestParseAnyReference', () => {
    const d = 'sha256:dbcc1c35ac38df41fd2f5e4130b32ffdb93ebae8b3dbe638c23575912276fc9c';
    const cases: [string, string][] = [
      ['redis', 'docker.io/library/redis'],
      ['redis:latest', 'docker.io/library/redis:latest'],
      [`redis@${d}`, `docker.io/library/redis@${d}`],
      ['dmcgowan/myapp', 'docker.io/dmcgowan/myapp'],
      ['dmcgowan/myapp:latest', 'docker.io/dmcgowan/myapp:latest'],
      [`dmcgowan/myapp@${d}`, `docker.io/dmcgowan/myapp@${d}`],
      ['dbcc1c35ac38df41fd2f5e4130b32ffdb93ebae8b3dbe638c23575912276fc9', 'docker.io/library/dbcc1c35ac38df41fd2f5e4130b32ffdb93ebae8b3dbe638c23575912276fc9'],
      ['dbcc1', 'docker.io/library/dbcc1'],
    ];
    for (const [input, canonical] of cases) {
      const r = parseImageReference(input);
      expect(r.ok, input).toBe(true);
      if (!r.ok) continue;
      expect(r.ref.name + (r.ref.tag ? `:${r.ref.tag}` : '') + (r.ref.digest ? `@${r.ref.digest}` : '')).toBe(canonical);
    }
  });

  it('says why a reference is refused', () => {
    expect(parseImageReference('Nginx:1.25')).toEqual({ ok: false, reason: 'repository name (library/Nginx) must be lowercase' });
    expect(parseImageReference(`nginx@sha256:${'F'.repeat(64)}`)).toEqual({ ok: false, reason: 'invalid checksum digest format' });
    expect(parseImageReference('nginx:')).toEqual({ ok: false, reason: 'invalid reference format' });
    expect(parseImageReference('x'.repeat(5000)).ok).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { interpolate } from './interpolate.js';

const vars: Record<string, string> = { TAG: '1.27', EMPTY: '', REPO: 'jitsi' };
const lookup = (n: string): string | undefined => vars[n];
const compose = (s: string): ReturnType<typeof interpolate> => interpolate(s, { escape: '$$', lookup });
const docker = (s: string): ReturnType<typeof interpolate> => interpolate(s, { escape: '\\', lookup });

describe('interpolate (compose-spec Interpolation, Dockerfile variable substitution)', () => {
  it.each([
    ['nginx:${TAG}', 'nginx:1.27'],
    ['nginx:$TAG', 'nginx:1.27'],
    ['${REPO}/web:${UNSET:-unstable}', 'jitsi/web:unstable'],
    ['x:${EMPTY:-dflt}', 'x:dflt'],
    ['x:${EMPTY-dflt}', 'x:'],
    ['x:${UNSET-dflt}', 'x:dflt'],
    ['x:${TAG:+alt}', 'x:alt'],
    ['x:${EMPTY:+alt}', 'x:'],
    ['x:${EMPTY+alt}', 'x:alt'],
    ['x:${UNSET:-${TAG}}', 'x:1.27'],
    ['x:${UNSET:-${ALSO_UNSET:-deep}}', 'x:deep'],
    ['price $$5', 'price $5'],
    ['$ alone', '$ alone'],
  ])('compose %s → %s', (input, value) => {
    const r = compose(input);
    expect(r.value).toBe(value);
    expect(r.errors).toEqual([]);
    expect(r.missing).toEqual([]);
  });

  it('lists unset variables without defaults, once, and only those actually used', () => {
    expect(compose('postgres:${POSTGRES_IMAGE_TAG}')).toEqual({ value: 'postgres:', missing: ['POSTGRES_IMAGE_TAG'], errors: [] });
    expect(compose('${A}/${B}:${A}').missing).toEqual(['A', 'B']);
    expect(compose('x:${TAG:-${NOT_NEEDED}}').missing).toEqual([]);
    expect(compose('x:${UNSET:-${NEEDED}}').missing).toEqual(['NEEDED']);
  });

  it('fails ${VAR?message} and malformed references', () => {
    expect(compose('x:${UNSET?set UNSET first}').errors).toEqual(['UNSET: set UNSET first']);
    expect(compose('x:${EMPTY:?must not be empty}').errors).toEqual(['EMPTY: must not be empty']);
    expect(compose('x:${EMPTY?fine}').errors).toEqual([]);
    expect(compose('x:${TAG').errors.length).toBe(1);
    expect(compose('x:${}').errors.length).toBe(1);
    expect(compose('x:${TAG/a/b}').errors.length).toBe(1);
  });

  it('escapes a dollar the Dockerfile way', () => {
    expect(docker('a\\$TAG').value).toBe('a$TAG');
    expect(docker('python:${TAG}-slim').value).toBe('python:1.27-slim');
  });

  it('caps nesting', () => {
    const deep = '${A:-'.repeat(40) + 'x' + '}'.repeat(40);
    expect(compose(deep).errors.length).toBeGreaterThan(0);
  });
});

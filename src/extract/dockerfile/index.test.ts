import { describe, expect, it } from 'vitest';
import { inventory } from '../images/test-support.js';
import { dockerfiles, instructions } from './index.js';

describe('claims', () => {
  it.each(['Dockerfile', 'docker/Dockerfile.alpine', 'Dockerfile-postgresql', 'docker/editable.Dockerfile', 'Containerfile', 'build/Dockerfile.buildenv', 'x/dockerfile'])(
    'claims %s',
    (p) => expect(dockerfiles.claims(p)).toBe(true),
  );
  it.each(['docker/Dockerfile.j2', 'Dockerfile.dockerignore', 'Dockerfile.tmpl', 'Dockerfiles/README.md', 'docker-compose.yml'])('not %s', (p) =>
    expect(dockerfiles.claims(p)).toBe(false),
  );
});

describe('instructions', () => {
  it('joins continuations, skips comments and blank lines inside them, and keeps the first line', () => {
    const text = ['# syntax=docker/dockerfile:1', 'ARG A=1 \\', '  # a comment', '', '    B=2', 'FROM \\', '  nginx:${A}', 'RUN <<EOF', 'FROM not-an-instruction', 'EOF', 'from alpine'].join('\n');
    expect(instructions(text)).toEqual([
      { keyword: 'ARG', args: 'A=1     B=2', line: 2 },
      { keyword: 'FROM', args: 'nginx:${A}', line: 6 },
      { keyword: 'RUN', args: '<<EOF', line: 8 },
      { keyword: 'FROM', args: 'alpine', line: 11 },
    ]);
  });

  it('honours the escape parser directive', () => {
    expect(instructions('# escape=`\nFROM `\n  mcr.microsoft.com/windows/servercore:ltsc2022\n').map((i) => [i.line, i.args])).toEqual([
      [2, 'mcr.microsoft.com/windows/servercore:ltsc2022'],
    ]);
  });
});

describe('FROM semantics', () => {
  const run = (text: string): ReturnType<typeof dockerfiles.extract> => dockerfiles.extract({ path: 'Dockerfile', text }, { readFile: () => undefined });

  it('substitutes global ARG defaults (which may use earlier ARGs) but not ARGs declared after a FROM', () => {
    const r = run(['ARG V=3.12', 'ARG IMG=python:${V}-slim', 'FROM $IMG AS base', 'ARG V=3.13', 'FROM python:${V}'].join('\n'));
    expect(inventory(r.components)).toEqual(['Dockerfile:3 docker.io/library/python:3.12-slim', 'Dockerfile:5 docker.io/library/python:3.12']);
  });

  it('does not take stage names, scratch or flags for images', () => {
    const r = run(['FROM --platform=$BUILDPLATFORM golang:1.22 AS Build', 'FROM build AS test', 'FROM scratch', 'FROM --platform=linux/amd64 BUILD'].join('\n'));
    expect(inventory(r.components)).toEqual(['Dockerfile:1 docker.io/library/golang:1.22']);
    expect(r.problems).toEqual([]);
  });

  it('does not backtrack forever on a FROM full of unset variables', () => {
    const started = Date.now();
    const r = run(['FROM alpine:3.20 AS ' + 'a'.repeat(3000), 'FROM ' + 'a${X}'.repeat(400) + 'b'].join('\n'));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(r.problems.map((p) => p.line)).toEqual([2]);
  });

  it('reports an ARG without default, a variable with an empty default and a FROM without image', () => {
    const r = run(['ARG BASE', 'ARG distro=""', 'FROM $BASE', 'FROM docker.io/library/${distro}', 'FROM --platform=linux/amd64'].join('\n'));
    expect(r.components).toEqual([]);
    expect(r.problems.map((p) => [p.line, p.message])).toEqual([
      [3, 'FROM $BASE: ${BASE} has no default before the first FROM (it is set with --build-arg or by the builder); image not recorded'],
      [4, 'image "docker.io/library/" is not a valid image reference: invalid reference format (FROM docker.io/library/${distro} with the ARG defaults above)'],
      [5, 'FROM without an image'],
    ]);
  });
});

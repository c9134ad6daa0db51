import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { LIMITS } from '../../src/limits.js';
import { NOW, about, expectSane, locationsOf, put, scan, scratchDir } from './kit.js';

// Problems quote what they could not read, and a hostile file decides what that is: a 1 MB line,
// a 1 MB value. Quoted whole, one file would put megabytes into the JSON report, the job summary
// (GitHub refuses one over 1 MiB), every annotation and the log. Messages are cut; an entry the
// format lets through without a package name is refused where it stands.


const MB = 'x'.repeat(1024 * 1024);

describe('messages quoting hostile text', () => {
  it(`are cut to ${LIMITS.problemMaxChars} characters, whatever the format, and the summary stays small`, async () => {
    const root = scratchDir();
    put(root, 'pnpm-lock.yaml', `lockfileVersion: '9.0'\n[${MB}\npackages:\n  ws@8.17.0: {}\n`);
    put(root, 'Pipfile.lock', `{"_meta": {}, "default": {"django": {"version": "${MB}"}}, "develop": {}}`);
    put(root, 'uv.lock', `version = 1\n\n[[package]]\nname = "app"\nversion = "1.0.0"\nsource = { virtual = "." }\ndependencies = [{ name = "${MB}" }]\n`);
    put(root, 'pubspec.lock', `packages:\n  a:\n    dependency: "${MB}"\n    source: hosted\n    version: "1.0.0"\nsdks:\n  dart: ">=3.0.0"\n`);
    put(root, 'Dockerfile', `FROM ${MB}\n`);
    put(root, 'deploy/app.yaml', `apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec:\n  containers:\n  - name: a\n    image: "${MB}"\n`);
    put(root, 'requirements.txt', `${MB}==1.0\n-r ${MB}\n`);
    const s = await scan(root);
    expectSane(s.report);
    const quoting = s.report.problems.filter((p) => p.message.includes('xxxxxxxxxx'));
    expect(quoting.length).toBeGreaterThanOrEqual(5);
    for (const p of s.report.problems) expect(p.message.length, `${p.file}: ${p.message.slice(0, 60)}`).toBeLessThanOrEqual(LIMITS.problemMaxChars);
    // (The JSON report lists components as the files name them, a 1 MB name included: it is data.)
    expect(s.out.markdown.length).toBeLessThan(1024 * 1024);
    expect(s.out.text.length).toBeLessThan(1024 * 1024);
  });

  it("a policy quoting its own 1 MB value is cut too, and the run stops on it", async () => {
    const root = scratchDir();
    put(root, '.github/patchwarden.yml', `apiVersion: "${'v'.repeat(900 * 1024)}"\nkind: PatchPolicy\n`);
    const r = await check({ root, now: NOW, cacheDir: false });
    expect(r.exitCode).toBe(2);
    expect(r.fatal).toEqual([expect.objectContaining({ file: '.github/patchwarden.yml', line: 1, message: expect.stringMatching(/^apiVersion: unsupported version 'vvvv.*…$/) })]);
    expect(r.fatal[0]!.message.length).toBeLessThanOrEqual(LIMITS.problemMaxChars);
  });
});

describe('an entry without a package name', () => {
  it('is refused at its line with a warning, in every format that can carry one; the other entries are read', async () => {
    const root = scratchDir();
    put(root, 'npm/package-lock.json', '{\n  "lockfileVersion": 3,\n  "packages": {\n    "": {},\n    "node_modules/": { "version": "1.0.0" },\n    "node_modules/ws": { "version": "8.17.0" }\n  }\n}\n');
    put(root, 'pipenv/Pipfile.lock', '{\n  "_meta": {},\n  "default": {\n    "": { "version": "==1.0.0" },\n    "django": { "version": "==4.2.0" }\n  },\n  "develop": {}\n}\n');
    put(root, 'nuget/packages.lock.json', '{\n  "version": 1,\n  "dependencies": {\n    "net8.0": {\n      "": { "type": "Direct", "resolved": "1.0.0" },\n      "Newtonsoft.Json": { "type": "Direct", "resolved": "13.0.1" }\n    }\n  }\n}\n');
    put(root, 'pub/pubspec.lock', 'packages:\n  "":\n    dependency: transitive\n    description: {name: "", url: "https://pub.dev"}\n    source: hosted\n    version: "1.0.0"\n  http:\n    dependency: "direct main"\n    description: {name: http, url: "https://pub.dev"}\n    source: hosted\n    version: "1.1.0"\nsdks:\n  dart: ">=3.0.0 <4.0.0"\n');
    put(root, 'pods/Podfile.lock', 'PODS:\n  - /Core (1.0.0)\n  - Alamofire (5.8.0)\n\nDEPENDENCIES:\n  - Alamofire\n\nSPEC CHECKSUMS:\n  Alamofire: abc\n\nPODFILE CHECKSUM: x\n\nCOCOAPODS: 1.15.2\n');
    const s = await scan(root);
    expectSane(s.report);
    expect(s.report.components.filter((c) => c.name.trim() === '')).toEqual([]);
    const nameless = s.report.problems.filter((p) => /without a package name/.test(p.message)).map((p) => `${p.file}:${p.line}`);
    expect(nameless.length).toBeGreaterThanOrEqual(3);
    for (const where of nameless) expect(where).toMatch(/:\d+$/);
    expect(locationsOf(s.report, 'npm/ws@8.17.0')).toEqual(['npm/package-lock.json:6']);
    expect(locationsOf(s.report, 'PyPI/django@4.2.0')).toEqual(['pipenv/Pipfile.lock:5']);
    expect(locationsOf(s.report, 'Pub/http@1.1.0')).toEqual(['pub/pubspec.lock:7']);
    expect(locationsOf(s.report, 'CocoaPods/Alamofire@5.8.0')).toEqual(['pods/Podfile.lock:3']);
    expect(about(s.report, 'pods/Podfile.lock')).toContainEqual(expect.objectContaining({ line: 2 }));
  });
});

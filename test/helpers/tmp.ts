import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

// Throw-away folders for tests, removed when the test file that made them is done. The hook is
// registered when this module is first imported by a test file; vitest evaluates modules afresh
// for each test file, so each file cleans up its own.

const made: string[] = [];

afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix = 'pw-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A throw-away folder holding these files (relative path -> text), folders made as needed. */
export function tempTree(files: Record<string, string>, prefix = 'pw-test-'): string {
  const root = tempDir(prefix);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return root;
}

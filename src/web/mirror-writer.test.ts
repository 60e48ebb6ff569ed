import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileWriter } from './mirror-writer.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rollcall-writer-'));
  dirs.push(dir);
  return dir;
}

describe('FileWriter', () => {
  it('writes every file, in nested and existing folders, in several batches', async () => {
    const dir = tempDir();
    const writer = new FileWriter(dir);
    await writer.add('en/persons/index.html', 'list');
    await writer.add('en/index.html', 'home');
    for (let i = 0; i < 300; i++) await writer.add(`en/persons/p-${i}/index.html`, `person ${i}`);
    await writer.add('assets/site.css', new TextEncoder().encode('body{}'));
    await writer.close();
    expect(readFileSync(join(dir, 'en/index.html'), 'utf8')).toBe('home');
    expect(readFileSync(join(dir, 'en/persons/p-299/index.html'), 'utf8')).toBe('person 299');
    expect(readFileSync(join(dir, 'assets/site.css'), 'utf8')).toBe('body{}');
  });

  it('reports a write that fails', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'en'), 'a file where a folder should be');
    const writer = new FileWriter(dir);
    await writer.add('en/index.html', 'home');
    await expect(writer.close()).rejects.toThrow(/Writing the mirror failed/);
  });
});

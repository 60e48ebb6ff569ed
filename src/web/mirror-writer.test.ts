import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileWriter, writeStreamed } from './mirror-writer.js';

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

  it('writes with several threads, text and bytes alike, and counts the bytes written', async () => {
    const dir = tempDir();
    const writer = new FileWriter(dir, { threads: 3 });
    for (let i = 0; i < 200; i++) await writer.add(`be/persons/p-${i}/index.html`, `асоба ${i}`);
    await writer.add('assets/site.css', new TextEncoder().encode('body{}'));
    await writer.close();
    expect(readFileSync(join(dir, 'be/persons/p-199/index.html'), 'utf8')).toBe('асоба 199');
    expect(readFileSync(join(dir, 'assets/site.css'), 'utf8')).toBe('body{}');
    const text = Array.from({ length: 200 }, (_, i) => Buffer.byteLength(`асоба ${i}`)).reduce((a, b) => a + b);
    expect(writer.bytes).toBe(text + 6);
  });

  it('streams a large file chunk by chunk and counts its bytes', async () => {
    const dir = tempDir();
    const bytes = await writeStreamed(dir, 'data/registry.csv', async (write) => {
      for (let i = 0; i < 1000; i++) await write(`${i},імя\n`);
    });
    const text = readFileSync(join(dir, 'data/registry.csv'), 'utf8');
    expect(text.split('\n')[999]).toBe('999,імя');
    expect(bytes).toBe(Buffer.byteLength(text));
  });

  it('reports a write that fails', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'en'), 'a file where a folder should be');
    const writer = new FileWriter(dir);
    await writer.add('en/index.html', 'home');
    await expect(writer.close()).rejects.toThrow(/Writing the mirror failed/);
  });
});

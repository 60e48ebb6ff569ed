/** Issue 11 item 7: a failed mirror leaves no truncated file (downloads and pages are renamed when whole). */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileWriter, writeStreamed } from './mirror-writer.js';

const dir = mkdtempSync(join(tmpdir(), 'rollcall-mirror-atomic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const allFiles = (at: string): string[] =>
  readdirSync(at, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));

describe('the mirror writes', () => {
  it('no partial download when its export fails midway, and keeps the previous one', async () => {
    mkdirSync(join(dir, 'data'), { recursive: true });
    writeFileSync(join(dir, 'data/registry.csv'), 'previous mirror\n');
    await expect(
      writeStreamed(dir, 'data/registry.csv', async (write) => {
        await write('id,name\n');
        throw new Error('export failed');
      }),
    ).rejects.toThrow('export failed');
    expect(readFileSync(join(dir, 'data/registry.csv'), 'utf8')).toBe('previous mirror\n');
    await expect(writeStreamed(dir, 'data/new.json', () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    expect(existsSync(join(dir, 'data/new.json'))).toBe(false);
    expect(allFiles(dir).filter((f) => f.endsWith('.part'))).toEqual([]);
  });

  it('pages whole, with no temporary files left', async () => {
    const writer = new FileWriter(dir, { threads: 2 });
    for (let i = 0; i < 100; i++) await writer.add(`en/persons/p-${i}/index.html`, `person ${i}`);
    await writer.close();
    expect(readFileSync(join(dir, 'en/persons/p-99/index.html'), 'utf8')).toBe('person 99');
    expect(allFiles(dir).filter((f) => f.endsWith('.part'))).toEqual([]);
  });
});

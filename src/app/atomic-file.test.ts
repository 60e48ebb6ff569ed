import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomically } from './atomic-file.js';

const dir = mkdtempSync(join(tmpdir(), 'rollcall-atomic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomically', () => {
  it('writes the file whole, owner-only (0600), and counts its bytes', async () => {
    const file = join(dir, 'whole.json');
    const bytes = await writeFileAtomically(file, async (write) => {
      await write('{"a":');
      await write('"й"}\n');
    });
    expect(readFileSync(file, 'utf8')).toBe('{"a":"й"}\n');
    expect(bytes).toBe(Buffer.byteLength('{"a":"й"}\n'));
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('leaves no file when the writing fails midway', async () => {
    const file = join(dir, 'failed.json');
    await expect(
      writeFileAtomically(file, async (write) => {
        await write('{"persons": [');
        throw new Error('the store failed');
      }),
    ).rejects.toThrow('the store failed');
    expect(readdirSync(dir).filter((n) => n.includes('failed'))).toEqual([]);
  });

  it('keeps the previous version of the file when a new one fails', async () => {
    const file = join(dir, 'kept.csv');
    writeFileSync(file, 'previous\n');
    await expect(
      writeFileAtomically(file, async (write) => {
        await write('half of the new');
        throw new Error('stopped');
      }),
    ).rejects.toThrow('stopped');
    expect(readFileSync(file, 'utf8')).toBe('previous\n');
    expect(readdirSync(dir).filter((n) => n.endsWith('.part'))).toEqual([]);
  });

  it('takes another mode when asked (the public mirror)', async () => {
    const file = join(dir, 'public.csv');
    await writeFileAtomically(file, (write) => write('x'), { mode: 0o644 });
    expect(statSync(file).mode & 0o600).toBe(0o600);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../app/demo.js';
import { tempApp } from '../../testing/temp-app.js';
import type { Io } from '../io.js';
import { registerDigestCommands } from './digest.js';

async function run(dbPath: string, args: string[]) {
  const out: string[] = [];
  const io: Io = { out: (s) => out.push(s), err: (s) => out.push(s), interactive: false };
  const program = new Command('rollcall').option('--db <path>').exitOverride();
  registerDigestCommands(program, io);
  await program.parseAsync(['node', 'rollcall', '--db', dbPath, ...args]);
  return out.join('\n');
}

describe('rollcall digest', () => {
  let app: Awaited<ReturnType<typeof tempApp>>;
  beforeAll(async () => {
    app = await tempApp();
    await loadDemo(app.ctx, { synthetic: 0 });
    await app.ctx.store.close();
  });
  afterAll(() => app.cleanup());

  it('drafts, saves, edits, publishes and exports', async () => {
    const draft = await run(app.dbPath, ['digest', 'releases', '--month', '2024-01', '--lang', 'ru', '--save']);
    expect(draft).toContain('# 5 политзаключённых вышли на свободу в январе, полностью отбыв срок');
    expect(draft).toContain('Saved as d-releases-2024-01-ru');
    const json = JSON.parse(await run(app.dbPath, ['digest', 'show', 'd-releases-2024-01-ru', '--json']));
    const file = join(mkdtempSync(join(tmpdir(), 'digest-edit-')), 'edit.json');
    writeFileSync(file, JSON.stringify({ entries: [...json.entries].reverse() }));
    expect(await run(app.dbPath, ['digest', 'edit', 'd-releases-2024-01-ru', '--file', file])).toContain(
      '5 entries (edited)',
    );
    expect(await run(app.dbPath, ['digest', 'publish', 'd-releases-2024-01-ru'])).toContain(
      'Published d-releases-2024-01-ru',
    );
    expect(await run(app.dbPath, ['digest', 'list'])).toMatch(/d-releases-2024-01-ru\s+published/);
    const html = await run(app.dbPath, [
      'digest',
      'export',
      'd-releases-2024-01-en',
      '--format',
      'html',
      '--lang',
      'ru',
    ]);
    expect(html).toContain('<html lang="ru">');
  });

  it('fails with a stable code for a bad language or a missing file', async () => {
    await expect(
      run(app.dbPath, ['digest', 'convictions', '--month', '2022-08', '--lang', 'de']),
    ).rejects.toMatchObject({
      code: 'invalid-language',
    });
    await expect(run(app.dbPath, ['digest', 'edit', 'd-x', '--file', '/nonexistent.json'])).rejects.toMatchObject({
      code: 'invalid-file',
    });
  });
});

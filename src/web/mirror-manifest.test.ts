/**
 * Issue 11 item 5: mirroring into the folder of an earlier mirror removes what is no longer
 * public (a person made internal, a person deleted) and nothing it did not write.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../app/demo.js';
import { draftDigest, publishDigest } from '../app/digests.js';
import { deletePerson, getPerson, updatePerson } from '../app/persons.js';
import { tempApp } from '../testing/temp-app.js';
import { MIRROR_MANIFEST, finishMirrorFiles, isMirrorRelPath, previousMirrorFiles } from './mirror-manifest.js';
import { writeMirror } from './mirror.js';

let env: Awaited<ReturnType<typeof tempApp>>;
const dirs: string[] = [];
const freshDir = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), `rollcall-${name}-`));
  dirs.push(dir);
  return dir;
};
const editor = { actor: 'editor', note: 'test' };
const DIGEST = 'd-releases-2024-01-en';
const digestFiles = [`en/digests/${DIGEST}/index.html`, 'en/digests/feed.xml'];

beforeAll(async () => {
  env = await tempApp();
  await loadDemo(env.ctx, { synthetic: 0 });
  await draftDigest(env.ctx, { kind: 'releases', month: '2024-01', lang: 'en' }, editor);
  await publishDigest(env.ctx, DIGEST, { acknowledgeWarnings: true }, editor);
}, 60_000);
afterAll(async () => {
  await env.cleanup();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('mirroring again into an earlier mirror', () => {
  it('removes the pages of a person made internal and of a deleted person, and keeps foreign files', async () => {
    const out = freshDir('mirror-again');
    const first = await writeMirror(env.ctx, out, { workers: 1 });
    const hidden = 'en/persons/p-luchynovich/index.html';
    const deleted = 'ru/persons/p-babich/index.html';
    expect(existsSync(join(out, hidden))).toBe(true);
    expect(existsSync(join(out, deleted))).toBe(true);
    expect(first.removed).toEqual([]);
    for (const file of digestFiles) expect(readFileSync(join(out, file), 'utf8'), file).toContain('p-luchynovich');
    const manifest = JSON.parse(readFileSync(join(out, MIRROR_MANIFEST), 'utf8')) as { files: string[] };
    expect(manifest.files).toContain(hidden);
    expect(manifest.files).toHaveLength(first.files);

    // Files the mirror did not write: in the root, beside her page, in a folder of their own.
    writeFileSync(join(out, 'CNAME'), 'mirror.example.org\n');
    writeFileSync(join(out, 'en/persons/p-luchynovich/notes.txt'), 'kept\n');
    mkdirSync(join(out, 'extra'));
    writeFileSync(join(out, 'extra/readme.txt'), 'kept\n');

    const person = await getPerson(env.ctx, 'p-luchynovich');
    await updatePerson(env.ctx, person.id, { ...person, visibility: 'internal' }, editor);
    await deletePerson(env.ctx, 'p-babich', editor);

    const second = await writeMirror(env.ctx, out, { workers: 0 });
    for (const lang of ['be', 'ru', 'en']) {
      expect(existsSync(join(out, `${lang}/persons/p-luchynovich/index.html`)), lang).toBe(false);
      expect(existsSync(join(out, `${lang}/persons/p-babich/index.html`)), lang).toBe(false);
    }
    expect(second.removed).toContain(hidden);
    expect(second.removed).toContain(deleted);
    expect(readFileSync(join(out, 'CNAME'), 'utf8')).toBe('mirror.example.org\n');
    expect(readFileSync(join(out, 'en/persons/p-luchynovich/notes.txt'), 'utf8')).toBe('kept\n');
    expect(readFileSync(join(out, 'extra/readme.txt'), 'utf8')).toBe('kept\n');
    // The folder of the deleted person held only mirror files: it goes too.
    expect(existsSync(join(out, 'ru/persons/p-babich'))).toBe(false);
    const after = JSON.parse(readFileSync(join(out, MIRROR_MANIFEST), 'utf8')) as { files: string[] };
    expect(after.files).toHaveLength(second.files);
    // Exactly what the first run wrote and the second did not (her only article's pages too).
    expect(second.removed).toEqual(manifest.files.filter((f) => !after.files.includes(f)).sort());
    expect(second.removed).toContain('en/articles/361-4/index.html');
    expect(after.files.some((f) => f.includes('p-luchynovich') || f.includes('p-babich'))).toBe(false);
    // The published digest and its feed are rewritten without her (withheld until republished).
    for (const file of digestFiles) expect(readFileSync(join(out, file), 'utf8'), file).not.toContain('p-luchynovich');
    // Nothing left on the site links to the removed pages.
    expect(readFileSync(join(out, 'en/persons/index.html'), 'utf8')).not.toContain('p-luchynovich');
  }, 120_000);

  it('refuses a folder with files but no manifest, and with --force deletes nothing', async () => {
    const out = freshDir('mirror-foreign');
    writeFileSync(join(out, 'keep.txt'), 'x');
    await expect(writeMirror(env.ctx, out, { workers: 0 })).rejects.toMatchObject({ code: 'not-empty' });
    expect(existsSync(join(out, MIRROR_MANIFEST))).toBe(false);
    const forced = await writeMirror(env.ctx, out, { workers: 0, force: true });
    expect(forced.removed).toEqual([]);
    expect(readFileSync(join(out, 'keep.txt'), 'utf8')).toBe('x');
    expect(existsSync(join(out, MIRROR_MANIFEST))).toBe(true);
  }, 60_000);

  it('refuses a manifest it cannot read', async () => {
    const out = freshDir('mirror-bad');
    writeFileSync(join(out, MIRROR_MANIFEST), '{"files": 3');
    expect(() => previousMirrorFiles(out, { force: false })).toThrow(
      expect.objectContaining({ code: 'invalid-mirror-manifest' }),
    );
  });
});

describe('finishMirrorFiles', () => {
  it('deletes only regular files the previous manifest lists inside the folder', async () => {
    const root = freshDir('mirror-finish');
    const out = join(root, 'site');
    mkdirSync(join(out, 'a'), { recursive: true });
    writeFileSync(join(root, 'outside.txt'), 'outside');
    writeFileSync(join(out, 'a/old.html'), 'old');
    writeFileSync(join(out, 'a/new.html'), 'new');
    symlinkSync(join(root, 'outside.txt'), join(out, 'link.html'));
    const previous = ['a/old.html', 'a/new.html', 'link.html', '../outside.txt', '/etc/hostname', 'a/../x'];
    const kept = previous.filter(isMirrorRelPath);
    expect(kept).toEqual(['a/old.html', 'a/new.html', 'link.html']);
    const removed = await finishMirrorFiles(out, kept, new Set(['a/new.html']));
    expect(removed).toEqual(['a/old.html']);
    expect(existsSync(join(out, 'a/new.html'))).toBe(true);
    expect(existsSync(join(out, 'link.html'))).toBe(true);
    expect(readFileSync(join(root, 'outside.txt'), 'utf8')).toBe('outside');
    expect(JSON.parse(readFileSync(join(out, MIRROR_MANIFEST), 'utf8'))).toMatchObject({ files: ['a/new.html'] });
  });
});

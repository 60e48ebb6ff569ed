/**
 * `rollcall mirror` writes the public photos the pages show, and no other: an internal
 * photo and the photo of an internal person are not in the mirror.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { savePhoto } from '../app/photos.js';
import { currentRecord, writeRecord } from '../app/record-writes.js';
import { Person } from '../domain/record.js';
import { tempApp } from '../testing/temp-app.js';
import { writeMirror, type MirrorReport } from './mirror.js';

let env: Awaited<ReturnType<typeof tempApp>>;
let out: string;
let report: MirrorReport;
const refs: Record<string, string> = {};

async function personWithPhoto(id: string, visibility: 'public' | 'internal', photo: 'public' | 'internal') {
  const record = Person.parse({
    id,
    names: [{ family: `Family${id.slice(2)}`, given: 'Ales', system: 'latn', primary: true }],
    visibility,
    events: [{ id: `e-${id}`, kind: 'detention', date: '2022-03-01', sourceIds: [] }],
  });
  const created = await writeRecord(env.ctx, {
    type: 'person',
    id,
    record,
    baseRevisionId: null,
    actor: 't',
    effect: 'allow',
  });
  if (created.status !== 'written') throw new Error('setup');
  const file = await sharp({
    create: { width: 30, height: 20, channels: 3, background: id === 'p-a' ? '#123456' : '#654321' },
  })
    .jpeg()
    .toBuffer();
  await savePhoto(env.ctx, {
    personId: id,
    file,
    caption: {},
    credit: {},
    visibility: photo,
    baseRevisionId: created.revisionId,
    actor: 't',
    effect: 'allow',
  });
  refs[id] = ((await currentRecord(env.ctx, 'person', id)).record as Person).photo!.ref;
}

beforeAll(async () => {
  env = await tempApp();
  await personWithPhoto('p-a', 'public', 'public');
  await personWithPhoto('p-b', 'public', 'internal');
  await personWithPhoto('p-c', 'internal', 'public');
  out = mkdtempSync(join(tmpdir(), 'rollcall-mirror-photos-'));
  report = await writeMirror(env.ctx, out, { workers: 0 });
}, 120_000);
afterAll(async () => {
  await env.cleanup();
  rmSync(out, { recursive: true, force: true });
});

describe('mirror photos', () => {
  it('writes the public photo and leaves no photo link missing', () => {
    const file = join(out, refs['p-a']!.slice(1));
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file).subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    expect(report.missing.filter((m) => m.path.startsWith('/photos/'))).toEqual([]);
  });

  it('writes no internal photo and no photo of an internal person', () => {
    const written = readdirSync(join(out, 'photos'));
    expect(written).toEqual([refs['p-a']!.split('/').pop()]);
  });
});

/**
 * The conflict view over a real store: a stale facility save becomes a conflict, the
 * view renders base, theirs and mine with a choice per conflicting field, and the posted
 * choices are saved against the latest revision (a stale resolution is refused again).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conflictFor, saveResolution } from '../../app/conflicts.js';
import { currentRecord, writeRecord } from '../../app/record-writes.js';
import { RollcallError } from '../../domain/errors.js';
import { Facility } from '../../domain/record.js';
import { tempApp } from '../../testing/temp-app.js';
import { conflictView, readConflictForm } from './conflict.js';

let env: Awaited<ReturnType<typeof tempApp>>;
const facility = Facility.parse({
  id: 'f-15',
  kind: 'colony',
  number: '15',
  city: { en: 'Mahilioŭ', ru: 'Могилёв' },
  name: { en: 'Colony 15' },
});
let baseRev = 0;

beforeAll(async () => {
  env = await tempApp();
  const res = await writeRecord(env.ctx, {
    type: 'facility',
    id: 'f-15',
    record: facility,
    baseRevisionId: null,
    actor: 'a@x',
    effect: 'allow',
  });
  if (res.status !== 'written') throw new Error('setup');
  baseRev = res.revisionId;
  await writeRecord(env.ctx, {
    type: 'facility',
    id: 'f-15',
    record: { ...facility, number: '16', aliases: ['IK-16'] },
    baseRevisionId: baseRev,
    actor: 'them@x',
    effect: 'allow',
  });
});
afterAll(() => env.cleanup());

const mine = { ...facility, number: '17', name: { en: 'Correctional colony 15' } };

/** A form body as a browser would post it after choosing `take` for the first conflict. */
function posted(html: string, extra: Record<string, string>): Record<string, string> {
  const body: Record<string, string> = {};
  for (const m of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) {
    body[m[1]!] = m[2]!
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  }
  return { ...body, ...extra };
}

describe('conflict view', () => {
  it('refuses the stale save, then shows each field with base, theirs and mine', async () => {
    const stale = await writeRecord(env.ctx, {
      type: 'facility',
      id: 'f-15',
      record: mine,
      baseRevisionId: baseRev,
      actor: 'me@x',
      effect: 'allow',
    }).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(RollcallError);
    expect((stale as RollcallError).code).toBe('stale-revision');

    const conflict = await conflictFor(env.ctx, 'facility', 'f-15', baseRev, mine);
    expect(conflict.theirsActor).toBe('them@x');
    const html = conflictView({ lang: 'en', csrf: 'tok', action: '/staff/facilities/f-15/edit', conflict }).toString();
    expect(html).toContain('<legend>number</legend>');
    expect(html).toMatch(/Before either change<\/dt><dd><span class="conflict-text">15</);
    expect(html).toContain('>16<');
    expect(html).toContain('>17<');
    expect(html).toContain('name="choice-0" value="mine"');
    // One-sided changes are listed as kept, not asked about.
    expect(html).toContain('<th scope="row">aliases.0</th>');
    expect(html).toContain('<th scope="row">name.en</th>');
    expect(html).not.toContain('name="path-1"');
  });

  it('saves the choices against the latest revision', async () => {
    const conflict = await conflictFor(env.ctx, 'facility', 'f-15', baseRev, mine);
    const html = conflictView({ lang: 'ru', csrf: 'tok', action: '/x', conflict }).toString();
    const input = readConflictForm(posted(html, { 'choice-0': 'edit', 'edit-0': '18' }))!;
    expect(input.choices).toEqual({ number: { take: 'edit', text: '18' } });
    await expect(
      saveResolution(env.ctx, { type: 'facility', id: 'f-15', ...input, choices: {}, actor: 'me@x', effect: 'allow' }),
    ).rejects.toMatchObject({ code: 'invalid-input' });
    const res = await saveResolution(env.ctx, {
      type: 'facility',
      id: 'f-15',
      ...input,
      actor: 'me@x',
      effect: 'allow',
    });
    expect(res.status).toBe('written');
    const now = await currentRecord(env.ctx, 'facility', 'f-15');
    expect(now.record).toMatchObject({ number: '18', aliases: ['IK-16'], name: { en: 'Correctional colony 15' } });
    // The same resolution again is stale (the record moved on): the next conflict, based on theirs.
    const again = await saveResolution(env.ctx, {
      type: 'facility',
      id: 'f-15',
      ...input,
      actor: 'me@x',
      effect: 'allow',
    });
    expect(again.status).toBe('conflict');
    if (again.status !== 'conflict') return;
    expect(again.conflict.baseRevisionId).toBe(input.theirsRevisionId);
    expect(again.conflict.mine).toMatchObject({ number: '18' });
  });

  it('leaves an ordinary save alone and refuses a damaged form', () => {
    expect(readConflictForm({ number: '15' })).toBeNull();
    expect(() => readConflictForm({ 'conflict-theirs': '3', 'conflict-base': '2', 'conflict-mine': '{' })).toThrow(
      RollcallError,
    );
  });
});

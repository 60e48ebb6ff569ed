import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { tempApp } from '../../testing/temp-app.js';
import { addStaff, PASSPHRASE } from '../../testing/tips.js';
import { createPerson } from '../persons.js';
import { saveSource } from '../catalog.js';
import { approveProposal } from '../proposals.js';
import { readThread, replyToThread, submitTip } from './intake.js';
import { createTipKey, lockTipKey, unlockTipKey } from './reviewers.js';
import { changeTip, listTips, openTipCounts, showTip, tipAttachment } from './triage.js';
import { applyTip } from './apply.js';
import { purgeClosedTips } from './retention.js';
import { recentAudit } from '../audit.js';
import type { Principal } from '../../domain/access.js';

let app: Awaited<ReturnType<typeof tempApp>>;
let rev: Principal;
const CANARY = { who: 'CANARYWHO7731', how: 'CANARYHOW7731', contact: 'CANARYCONTACT7731', reply: 'CANARYREPLY7731' };
const ASK = 'CANARYASK7731';
const NOTE = 'CANARYNOTE7731';

async function jpegWithExif(): Promise<Uint8Array> {
  const data = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#c00' } })
    .jpeg()
    .withExif({ IFD0: { Artist: 'CANARYEXIF7731', ImageDescription: 'CANARYEXIF7731' } })
    .toBuffer();
  return new Uint8Array(data);
}

/** Every byte of every file in the app's folder (database, WAL, shm). */
function diskBytes(): string {
  return readdirSync(app.dir)
    .map((f) => readFileSync(join(app.dir, f)).toString('latin1'))
    .join('\n');
}

beforeAll(async () => {
  app = await tempApp();
  await saveSource(
    app.ctx,
    { id: 's-1', kind: 'publication', title: 'Viasna', date: '2022-04-01' },
    { actor: 'alice' },
  );
  await createPerson(
    app.ctx,
    {
      id: 'p-1',
      names: [{ family: 'Petrou', given: 'Ivan', system: 'be-latn-passport', primary: true }],
      events: [{ id: 'e-1', kind: 'detention', date: '2022-03-31', sourceIds: ['s-1'] }],
    },
    { actor: 'alice' },
  );
  rev = await addStaff(app.ctx, 'tip_reviewer', 'rev');
  await createTipKey(app.ctx, rev, PASSPHRASE);
});
afterAll(() => app.cleanup());

describe('triage of a tip into the record', () => {
  let receipt = '';
  let id = 0;

  it('lists, shows, asks, answers, notes, confirms and applies; the editor approves', async () => {
    const exif = await jpegWithExif();
    expect(Buffer.from(exif).toString('latin1')).toContain('CANARYEXIF7731');
    ({ receipt } = await submitTip(
      app.ctx,
      { lang: 'en', who: CANARY.who, kind: 'released', when: '2024-01', how: CANARY.how, contact: CANARY.contact },
      [{ name: 'CANARYNAME7731.jpg', type: 'image/jpeg', bytes: exif }],
    ));
    const [summary] = await listTips(app.ctx, rev, ['new']);
    expect(summary).toMatchObject({ state: 'new', readable: true, kind: 'released', who: CANARY.who, when: '2024-01' });
    id = summary!.id;
    expect(await openTipCounts(app.ctx)).toEqual({ new: 1, verifying: 0, confirmed: 0 });
    await changeTip(app.ctx, rev, id, { kind: 'state', state: 'verifying' });
    await changeTip(app.ctx, rev, id, { kind: 'assign', userId: rev.userId });
    await changeTip(app.ctx, rev, id, { kind: 'ask', text: ASK });
    await changeTip(app.ctx, rev, id, { kind: 'note', text: NOTE });
    expect((await readThread(app.ctx, receipt)).messages.map((m) => m.text)).toEqual([ASK]);
    await replyToThread(app.ctx, receipt, CANARY.reply);
    const detail = await showTip(app.ctx, rev, id);
    expect(detail.messages.map((m) => [m.author, m.text])).toEqual([
      ['staff', ASK],
      ['note', NOTE],
      ['sender', CANARY.reply],
    ]);
    expect(detail.attachments).toMatchObject([{ name: 'attachment-1.jpg', type: 'image/jpeg' }]);
    const file = await tipAttachment(app.ctx, rev, id, detail.attachments[0]!.id);
    expect(Buffer.from(file.bytes).toString('latin1')).not.toContain('CANARYEXIF7731');
    expect((await sharp(file.bytes).metadata()).exif).toBeUndefined();
    await expect(
      applyTip(app.ctx, rev, id, { personId: 'p-1', date: '2024-01-12', reliability: 'B' }),
    ).rejects.toMatchObject({
      code: 'tip-invalid-state',
    });
    await changeTip(app.ctx, rev, id, { kind: 'state', state: 'confirmed' });
    await expect(changeTip(app.ctx, rev, id, { kind: 'state', state: 'applied' })).rejects.toMatchObject({
      code: 'tip-invalid-state',
    });
    const { proposalId, sourceId } = await applyTip(app.ctx, rev, id, {
      personId: 'p-1',
      date: '2024-01-12',
      reliability: 'B',
    });
    expect((await showTip(app.ctx, rev, id)).state).toBe('applied');
    await expect(replyToThread(app.ctx, receipt, 'late')).rejects.toMatchObject({ code: 'tip-closed' });
    await approveProposal(app.ctx, proposalId, { reviewer: 'editor@example.org' });
    const person = await app.ctx.store.read((r) => r.persons.get('p-1'));
    expect(person!.events.at(-1)).toMatchObject({ kind: 'release', date: '2024-01-12', sourceIds: [sourceId] });
    const source = await app.ctx.store.read((r) => r.sources.get(sourceId));
    expect(source).toMatchObject({ kind: 'tip', title: `tip ${id}`, reliability: 'B', visibility: 'internal' });
  });

  it('keeps no canary on disk or in the audit log', async () => {
    const disk = diskBytes();
    for (const c of [...Object.values(CANARY), ASK, NOTE, 'CANARYEXIF7731', 'CANARYNAME7731'])
      expect(disk).not.toContain(c);
    const audit = JSON.stringify(await recentAudit(app.ctx, 500));
    expect(audit).not.toMatch(/CANARY/);
    expect(audit).toContain('tip.apply');
  });

  it('a locked key reads nothing', async () => {
    lockTipKey(rev);
    await expect(listTips(app.ctx, rev)).rejects.toMatchObject({ code: 'tip-key-locked' });
    await expect(showTip(app.ctx, rev, id)).rejects.toMatchObject({ code: 'tip-key-locked' });
    await unlockTipKey(app.ctx, rev, PASSPHRASE);
  });

  it('deletes closed tips after the retention period, with their keys, and empties the WAL', async () => {
    expect(await purgeClosedTips(app.ctx, { days: 30 })).toMatchObject({ deleted: 0 });
    const later = { ...app.ctx, now: () => new Date('2024-04-01T10:00:00Z') };
    expect(await purgeClosedTips(later, { days: 30 })).toEqual({
      deleted: 1,
      before: '2024-03-02',
      checkpointed: true,
      freePages: 0,
    });
    expect(await app.ctx.store.read((r) => r.tips.list([]))).toEqual([]);
    expect(await app.ctx.store.read((r) => r.tips.sealsOf(rev.userId))).toEqual(new Map());
    expect(readFileSync(`${app.dbPath}-wal`).byteLength).toBe(0);
    await expect(readThread(app.ctx, receipt)).rejects.toMatchObject({ code: 'tip-receipt-unknown' });
  });
});

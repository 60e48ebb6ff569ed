/**
 * Tips stored by the worker thread: what the worker stores is what the reviewer reads in
 * this thread; its refusals arrive as the same errors as in process; many tips at once are
 * all stored, each once; closing ends the worker, and a later tip starts another.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempApp } from '../testing/temp-app.js';
import { addStaff, PASSPHRASE } from '../testing/tips.js';
import { createTipKey } from '../app/tips/reviewers.js';
import { listTips, showTip } from '../app/tips/triage.js';
import { readThread } from '../app/tips/intake.js';
import type { Principal } from '../domain/access.js';
import { threadIntake, type TipIntake } from './intake-thread.js';

let app: Awaited<ReturnType<typeof tempApp>>;
let intake: TipIntake;
beforeAll(async () => {
  app = await tempApp();
  intake = threadIntake(join(app.dir, 'rollcall.sqlite'));
});
afterAll(async () => {
  await intake.close();
  await app.cleanup();
});

describe('threadIntake', () => {
  let reviewer: Principal;

  it('answers a refusal as the error submitTip throws, with nothing stored', async () => {
    await expect(intake.submit({ lang: 'en', who: 'A', kind: 'released' }, [])).rejects.toMatchObject({
      name: 'RollcallError',
      code: 'tips-unavailable',
    });
    await expect(intake.submit({ lang: 'en', who: 'A', kind: 'no such kind' } as never, [])).rejects.toMatchObject({
      code: 'invalid-input',
    });
    expect(await app.ctx.store.read((r) => r.tips.list([]))).toEqual([]);
  });

  it('stores a tip this thread reads back, sealed to the reviewer, with its photo', { timeout: 30_000 }, async () => {
    reviewer = await addStaff(app.ctx, 'tip_reviewer', 'rev');
    await createTipKey(app.ctx, reviewer, PASSPHRASE);
    const png = await tinyPng();
    const { receipt } = await intake.submit(
      { lang: 'ru', who: 'Иван Петров', kind: 'released', when: '2024-01', how: 'Рассказала жена.' },
      [{ name: 'photo.png', type: 'image/png', bytes: png }],
    );
    expect((await readThread(app.ctx, receipt)).kind).toBe('released');
    const [tip] = await listTips(app.ctx, reviewer);
    const shown = await showTip(app.ctx, reviewer, tip!.id);
    expect(shown.submission.who).toBe('Иван Петров');
    expect(shown.attachments).toHaveLength(1);
  });

  it('stores fifty tips sent at once, each once with its own receipt', { timeout: 60_000 }, async () => {
    const before = (await app.ctx.store.read((r) => r.tips.list([]))).length;
    const receipts = await Promise.all(
      Array.from({ length: 50 }, (_, i) => intake.submit({ lang: 'en', who: `Person ${i}`, kind: 'detained' }, [])),
    );
    expect(new Set(receipts.map((r) => r.receipt)).size).toBe(50);
    const threads = await Promise.all(receipts.map((r) => readThread(app.ctx, r.receipt)));
    expect(threads.every((t) => t.kind === 'detained')).toBe(true);
    expect((await app.ctx.store.read((r) => r.tips.list([]))).length).toBe(before + 50);
  });

  it('ends the worker on close; the next tip starts another', { timeout: 30_000 }, async () => {
    await intake.close();
    const { receipt } = await intake.submit({ lang: 'be', who: 'Хтосьці', kind: 'transferred' }, []);
    expect((await readThread(app.ctx, receipt)).kind).toBe('transferred');
  });
});

/** A 1×1 PNG (the attachment check reads and re-encodes real images). */
async function tinyPng(): Promise<Uint8Array> {
  return new Uint8Array(
    Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    ),
  );
}

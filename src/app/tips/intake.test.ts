import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempApp } from '../../testing/temp-app.js';
import { addStaff, PASSPHRASE } from '../../testing/tips.js';
import { readThread, replyToThread, submitTip } from './intake.js';
import { createTipKey, lockTipKey, unlockTipKey, tipKeyStatus, unlockedPair } from './reviewers.js';
import { normalizeReceipt } from '../../domain/tips/receipt.js';
import type { AppContext } from '../context.js';
import type { Principal } from '../../domain/access.js';
import { openSeal, decryptJson } from './crypto.js';
import type { TipBody } from './intake.js';
import { changeUser } from '../auth/users.js';

let app: Awaited<ReturnType<typeof tempApp>>;
let ctx: AppContext;
let rev1: Principal;

beforeAll(async () => {
  app = await tempApp();
  ctx = app.ctx;
});
afterAll(() => app.cleanup());

async function openAs(p: Principal, tipId: number): Promise<TipBody> {
  const tip = await ctx.store.read((r) => r.tips.get(tipId));
  const seal = (await ctx.store.read((r) => r.tips.sealsOf(p.userId, [tipId]))).get(tipId);
  if (!tip || !seal) throw new Error('no seal');
  return decryptJson<TipBody>(await openSeal(seal, unlockedPair(p)), tip.body, 'tip.body');
}

describe('the tip line intake', () => {
  it('refuses tips while no reviewer has a key (nobody could read them)', async () => {
    await expect(submitTip(ctx, { lang: 'en', who: 'A', kind: 'released' }, [])).rejects.toMatchObject({
      code: 'tips-unavailable',
    });
  });

  it('stores a tip sealed to the reviewer, readable by the receipt', async () => {
    rev1 = await addStaff(ctx, 'tip_reviewer', 'rev1');
    await expect(createTipKey(ctx, rev1, 'short')).rejects.toMatchObject({ code: 'tip-passphrase-too-short' });
    await createTipKey(ctx, rev1, PASSPHRASE);
    await expect(createTipKey(ctx, rev1, PASSPHRASE)).rejects.toMatchObject({ code: 'tip-key-exists' });
    const { receipt } = await submitTip(ctx, { lang: 'ru', who: 'Иван Петров', kind: 'released', when: '2024-01' }, []);
    expect(normalizeReceipt(receipt)).toBe(receipt);
    expect(receipt.replace(/-/g, '')).toHaveLength(32);
    const thread = await readThread(ctx, receipt.toLowerCase().replace(/-/g, ' '));
    expect(thread).toEqual({ kind: 'released', state: 'new', messages: [] });
    await replyToThread(ctx, receipt, 'He was out on the 12th.');
    expect((await readThread(ctx, receipt)).messages).toEqual([
      { from: 'sender', text: 'He was out on the 12th.', day: '2024-02-02' },
    ]);
    const [tip] = await ctx.store.read((r) => r.tips.list([]));
    expect(tip).toMatchObject({ state: 'new', receivedDay: '2024-02-02' });
    expect((await openAs(rev1, tip!.id)).submission.who).toBe('Иван Петров');
  });

  it('refuses bad input and unknown receipts, changing nothing', async () => {
    const before = await ctx.store.read((r) => r.tips.list([]));
    await expect(submitTip(ctx, { lang: 'en', who: '', kind: 'released' }, [])).rejects.toMatchObject({
      code: 'invalid-input',
    });
    await expect(
      submitTip(ctx, { lang: 'en', who: 'A', kind: 'released', extra: 1 } as never, []),
    ).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(
      submitTip(ctx, { lang: 'en', who: 'A', kind: 'released' }, [
        { name: 'x.pdf', type: 'application/pdf', bytes: new Uint8Array([37, 80, 68, 70]) },
      ]),
    ).rejects.toMatchObject({ code: 'tip-invalid-attachment' });
    await expect(readThread(ctx, 'AAAA-BBBB')).rejects.toMatchObject({ code: 'tip-receipt-unknown' });
    await expect(readThread(ctx, '0'.repeat(32))).rejects.toMatchObject({ code: 'tip-receipt-unknown' });
    expect(await ctx.store.read((r) => r.tips.list([]))).toEqual(before);
  });

  it('a reviewer added later gets open tips when a colleague unlocks; a removed one stops getting them', async () => {
    const rev2 = await addStaff(ctx, 'tip_reviewer', 'rev2');
    await createTipKey(ctx, rev2, `${PASSPHRASE} 2`);
    const [tip] = await ctx.store.read((r) => r.tips.list([]));
    await expect(openAs(rev2, tip!.id)).rejects.toThrow('no seal');
    lockTipKey(rev1);
    expect(await tipKeyStatus(ctx, rev1)).toEqual({ hasKey: true, unlocked: false });
    await expect(unlockTipKey(ctx, rev1, 'wrong passphrase!!')).rejects.toMatchObject({ code: 'tip-passphrase-wrong' });
    expect(await unlockTipKey(ctx, rev1, PASSPHRASE)).toEqual({ resealed: 1 });
    expect((await openAs(rev2, tip!.id)).submission.kind).toBe('released');
    await changeUser(ctx, 'u-rev2', { kind: 'set-role', role: 'viewer' }, 'admin@example.org');
    expect((await ctx.store.read((r) => r.tips.sealsOf('u-rev2'))).size).toBe(0);
    await submitTip(ctx, { lang: 'en', who: 'B', kind: 'detained' }, []);
    const seals = await ctx.store.read((r) => r.tips.sealsOf('u-rev2'));
    expect(seals.size).toBe(0);
    // Only the removed reviewer's seals went: the active one still opens every tip.
    const all = await ctx.store.read((r) => r.tips.list([]));
    expect((await ctx.store.read((r) => r.tips.sealsOf(rev1.userId))).size).toBe(all.length);
  });
});

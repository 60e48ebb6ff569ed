/** The bot's desk over the real tip use cases: a tip sent through it is stored, read back by receipt, answered. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempApp } from '../../testing/temp-app.js';
import { addStaff, PASSPHRASE } from '../../testing/tips.js';
import { createTipKey } from '../../app/tips/reviewers.js';
import { tipDeskFor } from './desk.js';

let app: Awaited<ReturnType<typeof tempApp>>;
beforeAll(async () => {
  app = await tempApp();
  const reviewer = await addStaff(app.ctx, 'tip_reviewer', 'rev-desk');
  await createTipKey(app.ctx, reviewer, PASSPHRASE);
});
afterAll(() => app.cleanup());

describe('the Telegram bot’s tip desk', () => {
  it('stores a tip, reads its thread by receipt and takes an answer', async () => {
    const desk = tipDeskFor(app.ctx);
    const { receipt } = await desk.submitTip(
      { lang: 'be', who: 'Канарэйка Тэст', kind: 'released', when: '2024-01' },
      [],
    );
    expect(receipt.length).toBeGreaterThan(20);
    const thread = await desk.readThread(receipt);
    expect(thread).toMatchObject({ kind: 'released', messages: [] });
    await desk.replyToThread(receipt, 'Дадатковыя звесткі');
    const after = await desk.readThread(receipt);
    expect(after.messages).toEqual([expect.objectContaining({ from: 'sender', text: 'Дадатковыя звесткі' })]);
  });

  it('answers an unknown receipt as not-found (the bot tells the sender so)', async () => {
    const desk = tipDeskFor(app.ctx);
    await expect(desk.readThread('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF')).rejects.toMatchObject({ code: 'not-found' });
    await expect(desk.replyToThread('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF', 'x')).rejects.toMatchObject({ code: 'not-found' });
  });
});

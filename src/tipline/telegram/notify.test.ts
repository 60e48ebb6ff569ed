/**
 * The reviewers' notification against a fake Bot API on loopback and real tips in a
 * real SQLite file: the count of new tips in the chosen language, nothing of their
 * content, nothing when none wait; the schedule runs at each interval, logs a
 * failure by its code only, and stops; the configuration refuses what it cannot use.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeTelegram, type FakeTelegram } from '../../testing/fake-telegram.js';
import { tempApp } from '../../testing/temp-app.js';
import { addStaff, PASSPHRASE } from '../../testing/tips.js';
import { createTipKey } from '../../app/tips/reviewers.js';
import { submitTip } from '../../app/tips/intake.js';
import { changeTip, openTipCounts } from '../../app/tips/triage.js';
import { RollcallError } from '../../domain/errors.js';
import { createBotApi } from './bot-api.js';
import { notificationText, notifyConfigFromEnv, notifyReviewers, startNotifier, type Timers } from './notify.js';

let fake: FakeTelegram;
let env: Awaited<ReturnType<typeof tempApp>>;
beforeAll(async () => {
  fake = await startFakeTelegram();
  env = await tempApp();
});
afterAll(async () => {
  await fake.close();
  await env.cleanup();
});

describe('the reviewers’ notification', () => {
  it('sends the count of new tips only, in the chat’s language, and nothing when none wait', async () => {
    const api = createBotApi({ apiRoot: fake.url, token: fake.token });
    const waiting = async () => (await openTipCounts(env.ctx)).new;
    const config = { chatId: '-1001234567890', lang: 'ru' as const };
    expect(await notifyReviewers(api, waiting, config)).toBe(0);
    expect(fake.calls.filter((c) => c.method === 'sendMessage')).toEqual([]);

    const reviewer = await addStaff(env.ctx, 'tip_reviewer', 'rev');
    await createTipKey(env.ctx, reviewer, PASSPHRASE);
    for (const who of ['CANARYNOTIFY1 Иванов', 'CANARYNOTIFY2 Петрова', 'CANARYNOTIFY3 Сидоров'])
      await submitTip(env.ctx, { lang: 'ru', who, kind: 'released' }, []);
    const [first] = await env.ctx.store.read((r) => r.tips.list(['new']));
    await changeTip(env.ctx, reviewer, first!.id, { kind: 'state', state: 'verifying' });

    expect(await notifyReviewers(api, waiting, config)).toBe(2);
    const sent = fake.calls.filter((c) => c.method === 'sendMessage');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.params).toEqual({
      chat_id: '-1001234567890',
      text: 'Rollcall: 2 сообщения ждут разбора.',
    });
    expect(JSON.stringify(fake.calls)).not.toContain('CANARYNOTIFY');
  });

  it('says the count with the right plural in each language', () => {
    expect(notificationText('en', 1)).toBe('Rollcall: 1 tip awaits triage.');
    expect(notificationText('be', 5)).toMatch(/5 паведамленняў чакаюць разбору\.$/);
    expect(notificationText('ru', 21)).toMatch(/21 сообщение ждёт разбора\.$/);
  });

  it('runs at each interval, logs a failure by its code only, and stops', async () => {
    let tick: () => void = () => {};
    let cleared = false;
    const timers: Timers = {
      setInterval: (fn, ms) => {
        expect(ms).toBe(6 * 3_600_000);
        tick = fn;
        return {};
      },
      clearInterval: () => {
        cleared = true;
      },
    };
    const logs: string[] = [];
    let runs = 0;
    const run = async () => {
      runs += 1;
      if (runs === 2) throw new RollcallError('telegram-unavailable', 'secret-bearing detail 123456:TOKEN');
    };
    const notifier = startNotifier(run, 6 * 3_600_000, (l) => logs.push(l), timers);
    expect(runs).toBe(0);
    tick();
    tick();
    tick();
    await new Promise((r) => setImmediate(r));
    expect(runs).toBe(3);
    expect(logs).toEqual([
      "The reviewers' notification failed (telegram-unavailable); it is tried again at the next interval.",
    ]);
    notifier.stop();
    expect(cleared).toBe(true);
  });

  it('is off without a chat, and refuses a chat, language or interval it cannot use', () => {
    expect(notifyConfigFromEnv({})).toBeNull();
    expect(notifyConfigFromEnv({ ROLLCALL_TIP_NOTIFY_CHAT: '-100123' })).toEqual({
      chatId: '-100123',
      lang: 'be',
      everyMs: 6 * 3_600_000,
    });
    expect(
      notifyConfigFromEnv({
        ROLLCALL_TIP_NOTIFY_CHAT: '@rollcall_team',
        ROLLCALL_TIP_NOTIFY_LANG: 'en',
        ROLLCALL_TIP_NOTIFY_HOURS: '24',
      }),
    ).toEqual({ chatId: '@rollcall_team', lang: 'en', everyMs: 24 * 3_600_000 });
    for (const bad of [
      { ROLLCALL_TIP_NOTIFY_CHAT: 'my team' },
      { ROLLCALL_TIP_NOTIFY_CHAT: '42', ROLLCALL_TIP_NOTIFY_LANG: 'de' },
      { ROLLCALL_TIP_NOTIFY_CHAT: '42', ROLLCALL_TIP_NOTIFY_HOURS: '0' },
      { ROLLCALL_TIP_NOTIFY_CHAT: '42', ROLLCALL_TIP_NOTIFY_HOURS: '1.5' },
    ])
      expect(() => notifyConfigFromEnv(bad)).toThrow(RollcallError);
  });
});

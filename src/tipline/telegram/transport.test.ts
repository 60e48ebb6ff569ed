/** Both ways updates arrive: the webhook (secret checked) and long polling, against the fake Bot API. */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { createHttpApp } from '../../http/app.js';
import { tempApp } from '../../testing/temp-app.js';
import { startFakeTelegram, textUpdate, type FakeTelegram } from '../../testing/fake-telegram.js';
import { fakeTipDesk } from '../../testing/fake-tip-desk.js';
import { createBotApi } from './bot-api.js';
import { createTelegramBot } from './bot.js';
import { startPolling } from './polling.js';

let env: Awaited<ReturnType<typeof tempApp>>;
let fake: FakeTelegram;
beforeAll(async () => (env = await tempApp()));
afterAll(() => env.cleanup());
beforeEach(async () => (fake = await startFakeTelegram()));
afterEach(() => fake.close());

const secret = 'webhook-secret_0123456789';
const sender = { chatId: 4242, languageCode: 'en' };

function webhookApp(): Hono {
  const api = createBotApi({ apiRoot: fake.url, token: fake.token });
  return createHttpApp(env.ctx, { telegramWebhook: { bot: createTelegramBot({ api, desk: fakeTipDesk() }), secret } });
}
const post = (app: Hono, body: unknown, headers: Record<string, string> = {}) =>
  app.request('/telegram/webhook', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('the webhook', () => {
  it('handles an update sent with the secret', async () => {
    const app = webhookApp();
    const res = await post(
      app,
      { update_id: 1, ...textUpdate(sender, '/start') },
      { 'X-Telegram-Bot-Api-Secret-Token': secret },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(fake.texts()[1]).toContain('Who is it about?');
  });

  it('refuses (401) without the secret or with a wrong one, and processes nothing', async () => {
    const app = webhookApp();
    const update = { update_id: 1, ...textUpdate(sender, '/start') };
    const tries: Array<Record<string, string>> = [
      {},
      { 'X-Telegram-Bot-Api-Secret-Token': 'wrong' },
      { 'X-Telegram-Bot-Api-Secret-Token': `${secret}x` },
    ];
    for (const headers of tries) {
      const res = await post(app, update, headers);
      expect(res.status).toBe(401);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('webhook-secret-wrong');
    }
    expect(fake.calls).toEqual([]);
  });

  it('answers 404 when no bot is configured, and 400 for a body that is not JSON', async () => {
    const none = await post(createHttpApp(env.ctx), {}, { 'X-Telegram-Bot-Api-Secret-Token': secret });
    expect(none.status).toBe(404);
    const bad = await webhookApp().request('/telegram/webhook', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': secret },
      body: '{not json',
    });
    expect(bad.status).toBe(400);
    expect(fake.calls).toEqual([]);
  });
});

describe('long polling', () => {
  it('removes a webhook, takes updates in order with a moving offset, and stops', async () => {
    const api = createBotApi({ apiRoot: fake.url, token: fake.token });
    const polling = startPolling(api, createTelegramBot({ api, desk: fakeTipDesk() }), { timeoutSeconds: 1 });
    fake.push(textUpdate(sender, '/start'));
    fake.push(textUpdate(sender, 'Ivan Petrov'));
    await fake.waitFor('sendMessage', 3);
    expect(fake.texts()[2]).toBe('What happened?');
    await fake.waitFor('getUpdates', 2);
    const polls = fake.calls.filter((c) => c.method === 'getUpdates').map((c) => c.params.offset);
    expect(fake.calls[0]!.method).toBe('deleteWebhook');
    expect(polls.at(-1)).toBe(3);
    await polling.stop();
  });

  it('keeps asking after a failed call', async () => {
    const api = createBotApi({ apiRoot: fake.url, token: 'wrong-token' });
    const logs: string[] = [];
    let pauses = 0;
    const polling = startPolling(api, createTelegramBot({ api, desk: fakeTipDesk() }), {
      log: (l) => logs.push(l),
      pause: async () => void pauses++,
    });
    await fake.waitFor('never', 0);
    while (pauses < 2) await new Promise((r) => setImmediate(r));
    await polling.stop();
    expect(logs[0]).toBe('telegram: getUpdates failed; retrying in 1 s');
    expect(logs.join('\n')).not.toContain('wrong-token');
  });
});

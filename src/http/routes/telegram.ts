/**
 * `POST /telegram/webhook`: where Telegram delivers the tip line bot's updates when the
 * bot runs in webhook mode (`rollcall telegram set-webhook`). Anonymous, like every call
 * from Telegram, but only with the secret Telegram was given (`ROLLCALL_TELEGRAM_SECRET`,
 * sent back in `X-Telegram-Bot-Api-Secret-Token`): without it, 401 and nothing is read.
 * Without a bot configured the route answers 404. Nothing about the request is logged.
 *
 * @example
 * app.route('/', telegramRoutes({ bot, secret: process.env.ROLLCALL_TELEGRAM_SECRET }));
 */
import { Hono } from 'hono';
import { sameSecret } from '../../app/auth/secrets.js';
import { RollcallError } from '../../domain/errors.js';
import type { TelegramBot } from '../../tipline/telegram/bot.js';
import { readJson } from './body.js';

export interface TelegramWebhook {
  bot: TelegramBot;
  secret: string;
}

/** An update is a few KB; files come by getFile, never in the body. */
const MAX_UPDATE_BYTES = 256 * 1024;

export function telegramRoutes(webhook: TelegramWebhook | null): Hono {
  const app = new Hono();
  app.post('/telegram/webhook', async (c) => {
    if (webhook === null) throw new RollcallError('not-found', 'No Telegram bot takes webhooks on this server.');
    const sent = c.req.header('x-telegram-bot-api-secret-token');
    if (sent === undefined || !sameSecret(sent, webhook.secret))
      throw new RollcallError('webhook-secret-wrong', 'This address takes updates from Telegram only.');
    const update = await readJson(c, { maxBytes: MAX_UPDATE_BYTES });
    await webhook.bot.handleUpdate(update);
    c.header('Cache-Control', 'no-store');
    return c.json({ ok: true });
  });
  return app;
}

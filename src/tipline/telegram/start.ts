/**
 * Starts the tip line's bot for `rollcall serve`: in polling mode the loop runs here; in
 * webhook mode the returned `webhook` goes to `createHttpApp` (`POST /telegram/webhook`).
 *
 * @example
 * const telegram = startTelegram(config, desk, (line) => io.err(line));
 * const app = createHttpApp(ctx, { telegramWebhook: telegram.webhook });
 * await telegram.stop();
 *
 * With `notify`, the reviewers' chat gets the count of new tips every few hours (`notify.ts`).
 */
import type { TelegramWebhook } from '../../http/routes/telegram.js';
import { createBotApi, type BotApi } from './bot-api.js';
import { createTelegramBot } from './bot.js';
import type { TelegramConfig } from './config.js';
import { startPolling } from './polling.js';
import type { TipDesk } from './tip-desk.js';
import { notifyReviewers, startNotifier, type NotifyConfig } from './notify.js';

export interface RunningTelegram {
  webhook: TelegramWebhook | null;
  stop(): Promise<void>;
}

/** The reviewers' notification (`notify.ts`): where, and how many new tips wait. */
export interface TelegramNotify {
  config: NotifyConfig;
  waiting: () => Promise<number>;
}

export function startTelegram(
  config: TelegramConfig,
  desk: TipDesk,
  log: (line: string) => void,
  api?: BotApi,
  notify?: TelegramNotify | null,
): RunningTelegram {
  const botApi = api ?? createBotApi({ apiRoot: config.apiRoot, token: config.token });
  const bot = createTelegramBot({ api: botApi, desk, log });
  const notifier = notify
    ? startNotifier(() => notifyReviewers(botApi, notify.waiting, notify.config), notify.config.everyMs, log)
    : null;
  if (config.mode === 'webhook')
    return { webhook: { bot, secret: config.secret! }, stop: async () => notifier?.stop() };
  const polling = startPolling(botApi, bot, { log });
  return {
    webhook: null,
    stop: async () => {
      notifier?.stop();
      await polling.stop();
    },
  };
}

/**
 * The reviewers' notification: every few hours, when new tips wait, the bot tells
 * the reviewers' Telegram chat how many ("Rollcall: 3 tips await triage.").
 * A count only, never a word of a tip, and sent on a fixed schedule rather than
 * when a tip arrives, so the message's time tells Telegram (or whoever reads the
 * chat) nothing about when anyone wrote.
 *
 * Configured by `ROLLCALL_TIP_NOTIFY_CHAT` (the chat's id, e.g. `-1001234567890`, or
 * `@channel`; absent: no notification), `ROLLCALL_TIP_NOTIFY_LANG` (`be`, `ru` or
 * `en`; default `be`) and `ROLLCALL_TIP_NOTIFY_HOURS` (1 to 168; default 6).
 *
 * @example
 * const config = notifyConfigFromEnv(process.env);
 * const notifier = config && startNotifier(() => notifyReviewers(api, waiting, config), config.everyMs, log);
 * notifier?.stop();
 */
import { RollcallError } from '../../domain/errors.js';
import { LANGS, type Lang } from '../../domain/record.js';
import { createTranslator } from '../../i18n/translator.js';
import type { BotApi } from './bot-api.js';

export interface NotifyConfig {
  chatId: string;
  lang: Lang;
  everyMs: number;
}

const HOUR_MS = 3_600_000;

export function notifyConfigFromEnv(env: Record<string, string | undefined>): NotifyConfig | null {
  const chatId = env.ROLLCALL_TIP_NOTIFY_CHAT?.trim();
  if (!chatId) return null;
  if (!/^(-?\d{1,20}|@[A-Za-z][A-Za-z0-9_]{3,31})$/.test(chatId))
    throw new RollcallError(
      'invalid-config',
      'ROLLCALL_TIP_NOTIFY_CHAT must be a Telegram chat id (digits, "-" first for a group) or @channelname.',
    );
  const lang = env.ROLLCALL_TIP_NOTIFY_LANG?.trim() || 'be';
  if (!(LANGS as readonly string[]).includes(lang))
    throw new RollcallError('invalid-config', 'ROLLCALL_TIP_NOTIFY_LANG must be be, ru or en.');
  const hours = Number(env.ROLLCALL_TIP_NOTIFY_HOURS?.trim() || 6);
  if (!Number.isInteger(hours) || hours < 1 || hours > 168)
    throw new RollcallError('invalid-config', 'ROLLCALL_TIP_NOTIFY_HOURS must be a whole number of hours, 1 to 168.');
  return { chatId, lang: lang as Lang, everyMs: hours * HOUR_MS };
}

/** The notification's text: the count and nothing else. */
export function notificationText(lang: Lang, count: number): string {
  const t = createTranslator(lang);
  return `Rollcall: ${t('tips.desk.waiting', { count })}.`;
}

/**
 * Sends the count of new tips to the reviewers' chat, when there are any; resolves
 * to how many were counted (0: nothing was sent).
 */
export async function notifyReviewers(
  api: BotApi,
  waiting: () => Promise<number>,
  config: Pick<NotifyConfig, 'chatId' | 'lang'>,
): Promise<number> {
  const count = await waiting();
  if (count > 0) await api.call('sendMessage', { chat_id: config.chatId, text: notificationText(config.lang, count) });
  return count;
}

export interface Timers {
  setInterval(fn: () => void, ms: number): { unref?(): unknown };
  clearInterval(handle: unknown): void;
}

/**
 * Runs `run` every `everyMs` until `stop()`; a failure is logged by its error code
 * only (a Bot API error never carries the token or a body) and the schedule goes on.
 */
export function startNotifier(
  run: () => Promise<unknown>,
  everyMs: number,
  log: (line: string) => void,
  timers: Timers = globalThis,
): { stop(): void } {
  const tick = () => {
    run().catch((error: unknown) => {
      const code = error instanceof RollcallError ? error.code : 'internal';
      log(`The reviewers' notification failed (${code}); it is tried again at the next interval.`);
    });
  };
  const handle = timers.setInterval(tick, everyMs);
  handle.unref?.();
  return { stop: () => timers.clearInterval(handle) };
}

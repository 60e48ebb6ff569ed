/**
 * The bot's configuration, from the environment: `ROLLCALL_TELEGRAM_TOKEN` (the bot's
 * token from @BotFather; no token, no bot), `ROLLCALL_TELEGRAM_API` (the Bot API's base
 * URL, default `https://api.telegram.org`; tests point it at a fake on loopback),
 * `ROLLCALL_TELEGRAM_SECRET` (the webhook's secret token) and `ROLLCALL_TELEGRAM_MODE`
 * (`webhook` or `polling`; default webhook when a secret is set, else polling).
 * Neither the token nor the secret is ever printed.
 *
 * @example
 * const config = telegramConfigFromEnv(process.env); // null without a token
 * config?.mode; // 'polling'
 */
import { RollcallError } from '../../domain/errors.js';

export interface TelegramConfig {
  token: string;
  apiRoot: string;
  secret: string | null;
  mode: 'webhook' | 'polling';
}

/** What Telegram accepts as a webhook secret token. */
const SECRET_RE = /^[A-Za-z0-9_-]{16,256}$/;

export function telegramConfigFromEnv(env: Record<string, string | undefined>): TelegramConfig | null {
  const token = env.ROLLCALL_TELEGRAM_TOKEN?.trim();
  if (!token) return null;
  if (!/^\d+:[A-Za-z0-9_-]+$/.test(token))
    throw new RollcallError(
      'invalid-config',
      'ROLLCALL_TELEGRAM_TOKEN is not a bot token (digits, a colon, then letters); copy it from @BotFather.',
    );
  const apiRoot = (env.ROLLCALL_TELEGRAM_API?.trim() || 'https://api.telegram.org').replace(/\/+$/, '');
  if (!/^https?:\/\//.test(apiRoot))
    throw new RollcallError(
      'invalid-config',
      'ROLLCALL_TELEGRAM_API must be an http(s) URL, e.g. https://api.telegram.org.',
    );
  const secret = env.ROLLCALL_TELEGRAM_SECRET?.trim() || null;
  if (secret !== null && !SECRET_RE.test(secret))
    throw new RollcallError(
      'invalid-config',
      'ROLLCALL_TELEGRAM_SECRET must be 16 to 256 letters, digits, "_" or "-" (e.g. from "openssl rand -hex 32").',
    );
  const mode = env.ROLLCALL_TELEGRAM_MODE?.trim() || (secret ? 'webhook' : 'polling');
  if (mode !== 'webhook' && mode !== 'polling')
    throw new RollcallError('invalid-config', 'ROLLCALL_TELEGRAM_MODE must be "webhook" or "polling".');
  if (mode === 'webhook' && secret === null)
    throw new RollcallError(
      'invalid-config',
      'The webhook needs ROLLCALL_TELEGRAM_SECRET, so that only Telegram can call it.',
    );
  return { token, apiRoot, secret, mode };
}

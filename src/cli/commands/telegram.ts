/**
 * `rollcall telegram set-webhook --url URL` and `rollcall telegram delete-webhook`: tell
 * Telegram where to deliver the tip line bot's updates (with the secret token it must
 * send back), or to stop so the bot can poll. Read ROLLCALL_TELEGRAM_TOKEN,
 * ROLLCALL_TELEGRAM_SECRET and ROLLCALL_TELEGRAM_API; print neither the token nor the secret.
 *
 * @example
 * rollcall telegram set-webhook --url https://example.org/telegram/webhook
 */
import type { Command } from 'commander';
import { RollcallError } from '../../domain/errors.js';
import { createBotApi } from '../../tipline/telegram/bot-api.js';
import { telegramConfigFromEnv, type TelegramConfig } from '../../tipline/telegram/config.js';
import { UPDATE_TYPES } from '../../tipline/telegram/polling.js';
import type { Io } from '../io.js';

function configured(): TelegramConfig {
  const config = telegramConfigFromEnv(process.env);
  if (config === null)
    throw new RollcallError('invalid-config', 'Set ROLLCALL_TELEGRAM_TOKEN to the bot’s token from @BotFather.');
  return config;
}

/** Telegram calls webhooks over https only; http is let through for loopback (tests, a local proxy). */
function webhookUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new RollcallError(
      'invalid-input',
      `Not a URL: "${text}". Give the public https address of /telegram/webhook.`,
    );
  }
  const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
  if (url.protocol !== 'https:' && !(loopback && url.protocol === 'http:'))
    throw new RollcallError('invalid-input', 'Telegram delivers webhooks over https only: give an https:// address.');
  if (url.search !== '')
    throw new RollcallError(
      'invalid-input',
      'Give the address without a query: the secret goes in a header, never in the URL.',
    );
  return url.href;
}

export function registerTelegramCommands(program: Command, io: Io): void {
  const telegram = program.command('telegram').description('The tip line’s Telegram bot');
  telegram
    .command('set-webhook')
    .description('Have Telegram deliver updates to this server’s /telegram/webhook (with ROLLCALL_TELEGRAM_SECRET)')
    .requiredOption('--url <url>', 'the public https address of /telegram/webhook')
    .action(async (opts: { url: string }) => {
      const config = configured();
      if (config.secret === null)
        throw new RollcallError(
          'invalid-config',
          'Set ROLLCALL_TELEGRAM_SECRET first, so that only Telegram can call the webhook.',
        );
      const url = webhookUrl(opts.url);
      const api = createBotApi(config);
      await api.call('setWebhook', {
        url,
        secret_token: config.secret,
        allowed_updates: UPDATE_TYPES,
        max_connections: 10,
      });
      io.out(
        `Telegram will deliver the bot’s updates to ${url}. Run "rollcall serve" with ROLLCALL_TELEGRAM_MODE=webhook.`,
      );
    });
  telegram
    .command('delete-webhook')
    .description('Stop webhook delivery (the bot then takes updates by long polling)')
    .action(async () => {
      await createBotApi(configured()).call('deleteWebhook', {});
      io.out('Telegram no longer delivers to a webhook; "rollcall serve" without a secret polls for updates.');
    });
}

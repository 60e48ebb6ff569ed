/**
 * Long polling: the bot asks the Bot API for updates (`getUpdates`, held open up to
 * `timeoutSeconds`) and handles them one by one, for servers Telegram cannot reach (an
 * onion service, a machine behind NAT). Starting removes a webhook, as Telegram serves
 * updates one way at a time. A failed call is retried after a pause that doubles up to
 * 30 seconds; nothing from an update is logged.
 *
 * @example
 * const polling = startPolling(api, bot);
 * await polling.stop(); // on SIGTERM
 */
import type { BotApi } from './bot-api.js';
import type { TelegramBot } from './bot.js';

export interface Polling {
  /** Stops asking and waits for the update being handled. */
  stop(): Promise<void>;
  /** Resolves when the loop ends (after `stop`). */
  done: Promise<void>;
}

export interface PollingOptions {
  /** How long one getUpdates call is held open by the Bot API (default 25 s). */
  timeoutSeconds?: number;
  log?: (line: string) => void;
  /** Waits between failed calls (tests pass one that resolves at once). */
  pause?: (ms: number, signal: AbortSignal) => Promise<void>;
}

export const UPDATE_TYPES = ['message', 'callback_query'] as const;

export function startPolling(api: BotApi, bot: TelegramBot, options: PollingOptions = {}): Polling {
  const controller = new AbortController();
  const log = options.log ?? (() => {});
  const pause = options.pause ?? sleep;
  const timeout = options.timeoutSeconds ?? 25;

  async function loop(): Promise<void> {
    let offset = 0;
    let backoff = 1000;
    let removed = false;
    while (!controller.signal.aborted) {
      try {
        if (!removed) removed = Boolean(await api.call('deleteWebhook', {}, controller.signal));
        const updates = await api.call<Array<{ update_id: number }>>(
          'getUpdates',
          { offset, timeout, allowed_updates: UPDATE_TYPES },
          controller.signal,
        );
        for (const update of updates) {
          offset = Math.max(offset, update.update_id + 1);
          await bot.handleUpdate(update);
        }
        backoff = 1000;
      } catch {
        if (controller.signal.aborted) break;
        log(`telegram: getUpdates failed; retrying in ${backoff / 1000} s`);
        await pause(backoff, controller.signal);
        backoff = Math.min(backoff * 2, 30_000);
      }
    }
  }

  const done = loop();
  return {
    done,
    async stop() {
      controller.abort();
      await done;
    },
  };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

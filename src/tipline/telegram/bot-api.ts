/**
 * The few Telegram Bot API methods the tip line's bot needs, called with `fetch`
 * (no SDK: six methods, and every byte that leaves is visible here). The base URL is
 * configurable (`ROLLCALL_TELEGRAM_API`) so tests talk to a fake Bot API on loopback.
 * The token is part of every URL, so no URL and no response body is ever put in an
 * error message or a log line: errors say the method and the status only.
 *
 * @example
 * const api = createBotApi({ apiRoot: 'https://api.telegram.org', token });
 * await api.call('sendMessage', { chat_id: 42, text: 'Hello' });
 * const bytes = await api.download('photos/file_1.jpg', 10 * 1024 * 1024);
 */
import { RollcallError } from '../../domain/errors.js';

export interface BotApiOptions {
  /** E.g. `https://api.telegram.org` (no trailing slash needed). */
  apiRoot: string;
  token: string;
}

export interface BotApi {
  /** Calls a method with JSON parameters; resolves to its `result`. */
  call<T = unknown>(method: string, params?: Record<string, unknown>, signal?: AbortSignal): Promise<T>;
  /** Downloads a file by the `file_path` getFile gave, into memory; refuses more than `maxBytes`. */
  download(filePath: string, maxBytes: number): Promise<Uint8Array>;
}

function unavailable(what: string): RollcallError {
  return new RollcallError(
    'telegram-unavailable',
    `The Telegram Bot API ${what}. Check ROLLCALL_TELEGRAM_API and ROLLCALL_TELEGRAM_TOKEN, and that the server can reach it.`,
  );
}

export function createBotApi(options: BotApiOptions): BotApi {
  const root = options.apiRoot.replace(/\/+$/, '');
  const token = options.token;
  return {
    async call<T>(method: string, params: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
      let res: Response;
      try {
        res = await fetch(`${root}/bot${token}/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(params),
          signal,
        });
      } catch (error) {
        if (signal?.aborted) throw error;
        throw unavailable(`could not be reached (${method})`);
      }
      const body = (await res.json().catch(() => null)) as { ok?: boolean; result?: T; error_code?: number } | null;
      if (!res.ok || body?.ok !== true)
        throw unavailable(`refused ${method} (status ${body?.error_code ?? res.status})`);
      return body.result as T;
    },
    async download(filePath: string, maxBytes: number): Promise<Uint8Array> {
      const path = filePath.split('/').map(encodeURIComponent).join('/');
      let res: Response;
      try {
        res = await fetch(`${root}/file/bot${token}/${path}`);
      } catch {
        throw unavailable('could not be reached (a file download)');
      }
      if (!res.ok || !res.body) throw unavailable(`refused a file download (status ${res.status})`);
      return readAtMost(res.body, maxBytes);
    },
  };
}

/** Reads a stream into one array, giving up (and cancelling it) past `maxBytes`. */
async function readAtMost(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new RollcallError('too-large', `A file is larger than ${Math.round(maxBytes / 1048576)} MB.`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

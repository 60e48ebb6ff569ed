/**
 * Test support: a fake Telegram Bot API on loopback (node:http), which the tests start
 * themselves. It records every method called (sendMessage, answerCallbackQuery,
 * setWebhook…), serves `getUpdates` from a queue the test fills (a long poll is held
 * until an update is pushed or the server closes: no timers), and serves the files
 * `getFile` names from memory. Plus builders of the updates a private chat sends.
 *
 * @example
 * const fake = await startFakeTelegram();
 * const api = createBotApi({ apiRoot: fake.url, token: fake.token });
 * fake.push(textUpdate(4242, '/start'));
 * await fake.waitFor('sendMessage', 2);
 * fake.texts(); // what the bot said
 * await fake.close();
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeCall {
  method: string;
  params: Record<string, unknown>;
}

export interface FakeTelegram {
  url: string;
  token: string;
  calls: FakeCall[];
  /** Queues an update for getUpdates (its update_id is set here). */
  push(update: Record<string, unknown>): void;
  /** A file getFile and the download URL serve. */
  addFile(fileId: string, bytes: Uint8Array): void;
  /** Resolves once `method` has been called `count` times in all. */
  waitFor(method: string, count: number): Promise<void>;
  /** The texts of every sendMessage so far. */
  texts(): string[];
  /** The buttons' callback data of the last sendMessage. */
  lastButtons(): string[];
  close(): Promise<void>;
}

export async function startFakeTelegram(token = '123456:TEST-token'): Promise<FakeTelegram> {
  const calls: FakeCall[] = [];
  const queue: Array<Record<string, unknown>> = [];
  const files = new Map<string, Uint8Array>();
  let nextId = 1;
  let held: Array<{ offset: number; res: ServerResponse }> = [];
  let waiters: Array<{ method: string; count: number; resolve: () => void }> = [];

  const ok = (res: ServerResponse, result: unknown) => json(res, 200, { ok: true, result });
  const count = (method: string) => calls.filter((c) => c.method === method).length;

  function flush(): void {
    const still: typeof held = [];
    for (const h of held) {
      const updates = queue.filter((u) => (u.update_id as number) >= h.offset);
      if (updates.length > 0) ok(h.res, updates);
      else still.push(h);
    }
    held = still;
  }

  function settle(): void {
    waiters = waiters.filter((w) => (count(w.method) >= w.count ? (w.resolve(), false) : true));
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const file = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
    if (file) {
      const bytes = file[1] === token ? files.get(decodeURIComponent(file[2]!)) : undefined;
      if (!bytes) return json(res, 404, { ok: false, error_code: 404 });
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(bytes);
      return;
    }
    const m = /^\/bot([^/]+)\/(\w+)$/.exec(url.pathname);
    if (!m || m[1] !== token) return json(res, 401, { ok: false, error_code: 401, description: 'Unauthorized' });
    const method = m[2]!;
    const body = await readBody(req);
    const params = (body ? JSON.parse(body) : {}) as Record<string, unknown>;
    calls.push({ method, params });
    settle();
    if (method === 'getUpdates') {
      const offset = Number(params.offset ?? 0);
      queue.splice(0, queue.length, ...queue.filter((u) => (u.update_id as number) >= offset));
      held.push({ offset, res });
      return flush();
    }
    if (method === 'getFile') {
      const id = String(params.file_id);
      if (!files.has(id))
        return json(res, 400, { ok: false, error_code: 400, description: 'Bad Request: invalid file_id' });
      return ok(res, { file_id: id, file_size: files.get(id)!.byteLength, file_path: `documents/${id}.bin` });
    }
    if (method === 'sendMessage') return ok(res, { message_id: calls.length, chat: { id: params.chat_id } });
    return ok(res, true);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => json(res, 500, { ok: false, error_code: 500 }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    token,
    calls,
    push(update) {
      queue.push({ ...update, update_id: nextId++ });
      flush();
    },
    addFile(fileId, bytes) {
      files.set(fileId, bytes);
      files.set(`documents/${fileId}.bin`, bytes);
    },
    waitFor(method, n) {
      return new Promise((resolve) => {
        waiters.push({ method, count: n, resolve });
        settle();
      });
    },
    texts: () => calls.filter((c) => c.method === 'sendMessage').map((c) => String(c.params.text)),
    lastButtons() {
      const last = calls.filter((c) => c.method === 'sendMessage').at(-1);
      const markup = last?.params.reply_markup as
        { inline_keyboard?: Array<Array<{ callback_data: string }>> } | undefined;
      return (markup?.inline_keyboard ?? []).flat().map((b) => b.callback_data);
    },
    async close() {
      for (const h of held) ok(h.res, []);
      held = [];
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** A person in a private chat (the name and username are what a canary test looks for). */
export interface FakeSender {
  chatId: number;
  username?: string;
  firstName?: string;
  languageCode?: string;
}

function from(s: FakeSender) {
  return {
    id: s.chatId,
    is_bot: false,
    first_name: s.firstName ?? 'Sender',
    ...(s.username ? { username: s.username } : {}),
    ...(s.languageCode ? { language_code: s.languageCode } : {}),
  };
}
const chat = (s: FakeSender) => ({
  id: s.chatId,
  type: 'private',
  first_name: s.firstName ?? 'Sender',
  username: s.username,
});
const date = 1_764_720_000;

export function textUpdate(s: FakeSender, text: string): Record<string, unknown> {
  return { message: { message_id: 1, from: from(s), chat: chat(s), date, text } };
}

export function buttonUpdate(s: FakeSender, data: string): Record<string, unknown> {
  return {
    callback_query: {
      id: `cb-${data}`,
      from: from(s),
      chat_instance: 'x',
      data,
      message: { message_id: 2, chat: chat(s), date, text: '…' },
    },
  };
}

export function photoUpdate(s: FakeSender, fileId: string, size: number): Record<string, unknown> {
  const photo = [
    { file_id: `${fileId}-small`, file_unique_id: 's', width: 90, height: 90, file_size: 900 },
    { file_id: fileId, file_unique_id: 'l', width: 1280, height: 960, file_size: size },
  ];
  return { message: { message_id: 3, from: from(s), chat: chat(s), date, photo } };
}

export function documentUpdate(
  s: FakeSender,
  fileId: string,
  name: string,
  type: string,
  size: number,
): Record<string, unknown> {
  const document = { file_id: fileId, file_unique_id: 'd', file_name: name, mime_type: type, file_size: size };
  return { message: { message_id: 4, from: from(s), chat: chat(s), date, document } };
}

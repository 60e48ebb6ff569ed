/**
 * The tip line's Telegram bot: turns a Bot API update into an input of the pure
 * conversation (`src/domain/tips/conversation.ts`), keeps the conversation in
 * {@link ChatMemory}, sends the replies in the conversation's language and carries out
 * its effects through the {@link TipDesk} (files are downloaded from the Bot API into
 * memory and handed over with the tip). Private chats only; one update of a chat at a
 * time. The chat id exists only while an update is handled: it is never stored, and
 * nothing from an update (ids, names, text) is ever logged: log lines say what failed
 * and an error code.
 *
 * @example
 * const bot = createTelegramBot({ api: createBotApi({ apiRoot, token }), desk });
 * await bot.handleUpdate(update); // from the webhook or from getUpdates
 */
import { z } from 'zod';
import { RollcallError } from '../../domain/errors.js';
import {
  converse,
  langFromCode,
  type ConversationInput,
  type Effect,
  type Reply,
} from '../../domain/tips/conversation.js';
import { FILE_LIMITS, type FileRef } from '../../domain/tips/conversation-input.js';
import type { TipAttachment } from '../../domain/tips/submission.js';
import { createTranslator, type MessageKey } from '../../i18n/translator.js';
import type { BotApi } from './bot-api.js';
import { ChatMemory } from './chat-memory.js';
import type { TipDesk } from './tip-desk.js';

export interface TelegramBot {
  /** Handles one update; never throws (a failure is logged without its content). */
  handleUpdate(update: unknown): Promise<void>;
}

export interface TelegramBotOptions {
  api: BotApi;
  desk: TipDesk;
  memory?: ChatMemory;
  now?: () => Date;
  /** Where failures are reported (never with content from the update). */
  log?: (line: string) => void;
}

// Telegram's objects carry many more fields, and add new ones: only what the bot reads is named.
const Chat = z.object({ id: z.union([z.number(), z.string()]), type: z.string() });
const From = z.object({ language_code: z.string().optional() }).optional();
const Document = z.object({
  file_id: z.string(),
  file_name: z.string().optional(),
  mime_type: z.string().optional(),
  file_size: z.number().optional(),
});
const Message = z.object({
  chat: Chat,
  from: From,
  text: z.string().optional(),
  photo: z.array(z.object({ file_id: z.string(), file_size: z.number().optional() })).optional(),
  document: Document.optional(),
});
const Update = z.object({
  update_id: z.number(),
  message: Message.optional(),
  callback_query: z
    .object({ id: z.string(), from: From, data: z.string().optional(), message: z.object({ chat: Chat }).optional() })
    .optional(),
});
type Message = z.infer<typeof Message>;

type Incoming = { chat: z.infer<typeof Chat>; input: ConversationInput; languageCode?: string };

/** The input an update carries for the conversation, or null when it is none of the bot's business. */
export function incoming(update: unknown): Incoming | null {
  const parsed = Update.safeParse(update);
  if (!parsed.success) return null;
  const { message, callback_query: query } = parsed.data;
  if (query?.message) {
    const input: ConversationInput = { type: 'button', data: query.data ?? '' };
    return { chat: query.message.chat, input, languageCode: query.from?.language_code };
  }
  if (message) return { chat: message.chat, input: messageInput(message), languageCode: message.from?.language_code };
  return null;
}

function messageInput(message: Message): ConversationInput {
  if (message.text !== undefined) return { type: 'text', text: message.text };
  const photo = message.photo?.at(-1); // the largest size
  if (photo)
    return { type: 'file', file: { id: photo.file_id, name: 'photo.jpg', type: 'image/jpeg', size: photo.file_size } };
  const doc = message.document;
  if (doc) {
    const file: FileRef = {
      id: doc.file_id,
      name: doc.file_name ?? 'document',
      type: doc.mime_type ?? '',
      size: doc.file_size,
    };
    return { type: 'file', file };
  }
  return { type: 'other' };
}

export function createTelegramBot(options: TelegramBotOptions): TelegramBot {
  const { api, desk } = options;
  const memory = options.memory ?? new ChatMemory();
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => {});
  const busy = new Map<string, Promise<void>>();

  /** One update of a chat at a time: the next waits for the one before. */
  async function serially(chat: string, task: () => Promise<void>): Promise<void> {
    const before = busy.get(chat) ?? Promise.resolve();
    const mine = before.then(task);
    busy.set(chat, mine);
    try {
      await mine;
    } finally {
      if (busy.get(chat) === mine) busy.delete(chat);
    }
  }

  async function send(chat: number | string, reply: Reply): Promise<void> {
    const t = createTranslator(reply.lang);
    const text = t(reply.key as MessageKey, reply.values).slice(0, 4096);
    const keyboard = reply.buttons?.map((row) =>
      row.map((b) => ({ text: t(b.key as MessageKey), callback_data: b.data })),
    );
    await api.call('sendMessage', {
      chat_id: chat,
      text,
      ...(keyboard ? { reply_markup: { inline_keyboard: keyboard } } : {}),
    });
  }

  async function perform(chat: number | string, effect: Effect): Promise<ConversationInput> {
    try {
      if (effect.kind === 'submit') {
        if (!memory.take(chat, 'tip').ok) return { type: 'failed', reason: 'limited' };
        const attachments = await Promise.all(effect.files.map((f) => fetchFile(f)));
        const { receipt } = await desk.submitTip(effect.submission, attachments);
        return { type: 'submitted', receipt };
      }
      if (effect.kind === 'read-thread') return { type: 'thread', thread: await desk.readThread(effect.receipt) };
      await desk.replyToThread(effect.receipt, effect.text);
      return { type: 'replied' };
    } catch (error) {
      const code = error instanceof RollcallError ? error.code : 'internal';
      if (code === 'not-found')
        return effect.kind === 'read-thread'
          ? { type: 'thread', thread: null }
          : { type: 'failed', reason: 'not-found' };
      if (code === 'rate-limited') return { type: 'failed', reason: 'limited' };
      log(`telegram: ${effect.kind} failed [${code}]`);
      return { type: 'failed', reason: 'unavailable' };
    }
  }

  /** A file the sender sent, from the Bot API into memory. */
  async function fetchFile(file: FileRef): Promise<TipAttachment> {
    const info = await api.call<{ file_path?: string }>('getFile', { file_id: file.id });
    if (!info.file_path) throw new RollcallError('telegram-unavailable', 'The Bot API gave no path for a file.');
    const bytes = await api.download(info.file_path, FILE_LIMITS.bytes);
    return { name: file.name, type: file.type, bytes };
  }

  async function converseWith(chat: number | string, input: ConversationInput, languageCode?: string): Promise<void> {
    const env = { today: now().toISOString().slice(0, 10), languageCode };
    const limit = memory.take(chat, 'message');
    if (!limit.ok) {
      const lang = memory.load(chat)?.lang ?? langFromCode(languageCode) ?? 'en';
      if (limit.warn) await send(chat, { lang, key: 'telegram.limited' });
      return;
    }
    let outcome = converse(memory.load(chat), input, env);
    for (;;) {
      memory.save(chat, outcome.state);
      for (const reply of outcome.replies) await send(chat, reply);
      if (!outcome.effect) return;
      outcome = converse(outcome.state, await perform(chat, outcome.effect), env);
    }
  }

  return {
    async handleUpdate(update: unknown): Promise<void> {
      const got = incoming(update);
      if (got === null || got.chat.type !== 'private') return;
      const query = (update as { callback_query?: { id: string } }).callback_query;
      try {
        if (query) await api.call('answerCallbackQuery', { callback_query_id: query.id });
        await serially(String(got.chat.id), () => converseWith(got.chat.id, got.input, got.languageCode));
      } catch (error) {
        log(`telegram: an update could not be handled [${error instanceof RollcallError ? error.code : 'internal'}]`);
      }
    },
  };
}

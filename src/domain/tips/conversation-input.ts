/**
 * What the tip-line conversation reads from a sender's message: commands (`/start`,
 * `/status CODE`…), a partial date written the way people write them, receipt codes,
 * and the limits on texts and files. Pure; used by `conversation.ts`.
 *
 * @example
 * readDate('13.01.2024', '2026-12-03'); // { ok: true, date: '2024-01-13' }
 * readDate('весной', '2026-12-03');     // { ok: false, why: 'shape' }
 * readCommand('/status AB12-CD34');     // { name: 'status', arg: 'AB12-CD34' }
 */
import { impossibleDate, PARTIAL_DATE_RE } from '../record.js';
import { ATTACHMENT_TYPES } from './limits.js';
import { dayRange, isoToDay } from '../partial-date.js';

/** Longest text each question takes (as `TipSubmission` allows); a longer answer is re-asked. */
export const TEXT_LIMITS = { who: 300, where: 300, how: 2000, contact: 300, answer: 4000 } as const;

/**
 * Files a tip may carry: how many, how large, which types: the images the intake takes
 * (`limits.ts`), the same as the web form's, since only their metadata can be stripped
 * (a document is photographed instead).
 */
export const FILE_LIMITS = {
  count: 3,
  bytes: 10 * 1024 * 1024,
  types: ATTACHMENT_TYPES as readonly string[],
} as const;

/** A file the sender sent, as the messenger describes it (the bytes are fetched only when the tip is sent). */
export interface FileRef {
  /** The messenger's handle to download it (kept in memory only). */
  id: string;
  name: string;
  type: string;
  /** Size in bytes when the messenger says it. */
  size?: number;
}

export const COMMANDS = ['start', 'cancel', 'status', 'lang', 'help', 'skip', 'done'] as const;
export type CommandName = (typeof COMMANDS)[number];

/** A command at the start of a message (`/status@SomeBot CODE` too), or null for plain text. */
export function readCommand(text: string): { name: CommandName | 'unknown'; arg: string } | null {
  const m = /^\/([A-Za-z_]+)(?:@\w+)?(?:\s+([\s\S]*))?$/.exec(text.trim());
  if (!m) return null;
  const name = m[1]!.toLowerCase();
  return {
    name: (COMMANDS as readonly string[]).includes(name) ? (name as CommandName) : 'unknown',
    arg: (m[2] ?? '').trim(),
  };
}

export type DateReading = { ok: true; date: string } | { ok: false; why: 'shape' | 'no-such-day' | 'future' };

/**
 * A partial date from what a sender types: `2024`, `2024-01`, `2024-01-13`, `13.01.2024`,
 * `01.2024`, `13/01/2024`; a leading `~` (or `≈`) says "about". Refuses days that do not
 * exist and dates that begin after `today` (YYYY-MM-DD).
 */
export function readDate(text: string, today: string): DateReading {
  const trimmed = text.trim().replace(/^[≈]/, '~');
  const approx = trimmed.startsWith('~') ? '~' : '';
  const body = trimmed.slice(approx.length).trim();
  const iso = isoFromDotted(body) ?? body;
  const candidate = approx + iso;
  if (!PARTIAL_DATE_RE.test(candidate)) return { ok: false, why: 'shape' };
  if (impossibleDate(candidate) !== null) return { ok: false, why: 'no-such-day' };
  if (dayRange(candidate)[0] > isoToDay(today)) return { ok: false, why: 'future' };
  return { ok: true, date: candidate };
}

/** `13.01.2024` / `13/01/2024` / `01.2024` → ISO order; null when the text is not in that shape. */
function isoFromDotted(s: string): string | null {
  const full = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(s);
  if (full) return `${full[3]}-${full[2]!.padStart(2, '0')}-${full[1]!.padStart(2, '0')}`;
  const month = /^(\d{1,2})[./](\d{4})$/.exec(s);
  if (month) return `${month[2]}-${month[1]!.padStart(2, '0')}`;
  return null;
}

/** A receipt code as a sender may paste it (letters, digits, dashes), or null. */
export function readReceipt(text: string): string | null {
  const code = text.trim().replace(/\s+/g, '');
  return /^[A-Za-z0-9_-]{6,80}$/.test(code) ? code : null;
}

/** Why a file cannot be taken, or null when it can (`count`: files already taken). */
export function fileProblem(file: FileRef, count: number): 'too-many' | 'type' | 'too-big' | null {
  if (count >= FILE_LIMITS.count) return 'too-many';
  if (!FILE_LIMITS.types.includes(file.type)) return 'type';
  if (file.size !== undefined && file.size > FILE_LIMITS.bytes) return 'too-big';
  return null;
}

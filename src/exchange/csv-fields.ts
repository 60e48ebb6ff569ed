/**
 * The text forms of the person CSV columns: names ("Family Given Patronymic"),
 * charges ("368 part 1; 361-4"), penalties ("3 years and 6 months of deprivation
 * of liberty, general regime") and dates (ISO, or DD.MM.YYYY on input). Each
 * `format*` has a `parse*` that reads its output back exactly.
 */
import { formatTermEn } from '../domain/duration.js';
import {
  PARTIAL_DATE_RE,
  type Charge,
  type NameForm,
  type Punishment,
  type Regime,
  type Term,
} from '../domain/record.js';
import { parsePartialDate } from '../domain/partial-date.js';

/** The columns, in order. `died` extends the public table so that deceased people survive a round trip. */
export const CSV_COLUMNS = [
  'id',
  'name',
  'name_be',
  'name_ru',
  'birthday',
  'gender',
  'region',
  'status',
  'arrested',
  'articles',
  'verdict_date',
  'penalty',
  'prison',
  'release_date',
  'release_reason',
  'died',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** A parse failure of one cell; the reader adds row and column. */
export class CellError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** "Family Given Patronymic" (the registry's list order). */
export function formatName(form: NameForm | undefined): string {
  if (!form) return '';
  return [form.family, form.given, form.patronymic].filter((s) => s !== undefined && s !== '').join(' ');
}

/** Reads "Family Given Patronymic": the first word is the family name, the second the given name, the rest the patronymic. */
export function parseName(text: string): Pick<NameForm, 'family' | 'given' | 'patronymic'> {
  const [family, given = '', ...rest] = text.trim().split(/\s+/);
  if (!family) throw new CellError('missing-name', 'The name is empty.');
  return { family, given, ...(rest.length > 0 ? { patronymic: rest.join(' ') } : {}) };
}

/** "368 part 1" or "361-4". */
export function formatCharge(c: Charge): string {
  return c.part === undefined ? c.article : `${c.article} part ${c.part}`;
}

const CHARGE_FORMS: ReadonlyArray<[RegExp, (m: RegExpMatchArray) => Charge]> = [
  [/^(\d{1,3}(?:-\d{1,2})?)(?:\s*(?:part|p\.|ч\.)\s*(\d))?$/i, (m) => charge(m[1], m[2])],
  [/^part\s*(\d)\s*of\s*article\s*(\d{1,3}(?:-\d{1,2})?)$/i, (m) => charge(m[2], m[1])],
  [/^article\s*(\d{1,3}(?:-\d{1,2})?)$/i, (m) => charge(m[1], undefined)],
  [/^ч\.?\s*(\d)\s*(?:ст|арт)\.?\s*(\d{1,3}(?:-\d{1,2})?)$/i, (m) => charge(m[2], m[1])],
  [/^(?:ст|арт)\.?\s*(\d{1,3}(?:-\d{1,2})?)$/i, (m) => charge(m[1], undefined)],
];

function charge(article: string | undefined, part: string | undefined): Charge {
  return { article: article as string, ...(part ? { part: Number(part) } : {}) };
}

/** Charges separated by ";", each as written by {@link formatCharge} or "Part 1 of Article 368" / "ч. 1 ст. 368". */
export function parseCharges(text: string): Charge[] {
  const out: Charge[] = [];
  for (const piece of text.split(';')) {
    const s = piece.trim();
    if (!s) continue;
    const form = CHARGE_FORMS.find(([re]) => re.test(s));
    if (!form) {
      throw new CellError('invalid-article', `"${s}" is not a charge; write e.g. "368 part 1; 361-4".`);
    }
    out.push(form[1](s.match(form[0]) as RegExpMatchArray));
  }
  return out;
}

const KIND_TEXT: ReadonlyArray<[string, Punishment['kind']]> = [
  ['deprivation of liberty', 'deprivation_of_liberty'],
  ['restriction of freedom', 'restriction_of_freedom'],
  ['life imprisonment', 'life_imprisonment'],
  ['corrective labour', 'corrective_labour'],
  ['deprivation of the right', 'deprivation_of_right'],
  ['compulsory treatment', 'compulsory_treatment'],
  ['arrest', 'arrest'],
  ['fine', 'fine'],
  ['other', 'other'],
];
const REGIMES: readonly Regime[] = ['general', 'strengthened', 'strict', 'special', 'settlement', 'prison'];

/** A punishment in words, e.g. "2 years of restriction of freedom without referral". */
export function formatPenalty(p: Punishment | undefined): string {
  if (!p) return '';
  const kind = (KIND_TEXT.find(([, k]) => k === p.kind) as [string, string])[0];
  let text = p.term ? `${formatTermEn(p.term)} of ${kind}` : kind;
  if (p.referral !== undefined) text += p.referral ? ' with referral' : ' without referral';
  if (p.amount !== undefined) text += ` of ${p.amount} base units`;
  if (p.regime) text += `, ${p.regime} regime`;
  return text;
}

function parseTerm(text: string): Term | undefined {
  const term: Term = { years: 0, months: 0, days: 0 };
  let found = false;
  for (const m of text.matchAll(/(\d+)\s*(year|month|day)s?/gi)) {
    const unit = `${(m[2] as string).toLowerCase()}s` as keyof Term;
    term[unit] += Number(m[1]);
    found = true;
  }
  return found ? term : undefined;
}

/** Reads {@link formatPenalty}'s output (and looser text with the same words). */
export function parsePenalty(text: string): Punishment {
  const s = text.trim().toLowerCase();
  const kind = KIND_TEXT.find(([words]) => new RegExp(`\\b${words}\\b`).test(s))?.[1];
  if (!kind) {
    throw new CellError(
      'invalid-penalty',
      `"${text}" names no known punishment; write e.g. "2 years of deprivation of liberty, general regime".`,
    );
  }
  const term = parseTerm(s);
  const regime = REGIMES.find((r) => s.includes(`${r} regime`));
  const amount = /of\s+(\d+(?:\.\d+)?)\s+base units/.exec(s);
  return {
    kind,
    ...(regime ? { regime } : {}),
    ...(s.includes('without referral') ? { referral: false } : s.includes('with referral') ? { referral: true } : {}),
    ...(term ? { term } : {}),
    ...(amount ? { amount: Number(amount[1]) } : {}),
  };
}

/** A partial date from `YYYY[-MM[-DD]]` (optionally `~`) or `DD.MM.YYYY` / `MM.YYYY`. */
export function parseCsvDate(text: string): string {
  const s = text.trim();
  const dotted = /^(?:(\d{1,2})\.)?(\d{1,2})\.(\d{4})$/.exec(s);
  const iso = dotted
    ? [dotted[3], (dotted[2] as string).padStart(2, '0'), dotted[1]?.padStart(2, '0')].filter(Boolean).join('-')
    : s;
  if (!PARTIAL_DATE_RE.test(iso)) {
    throw new CellError('invalid-date', `"${text}" is not a date; write YYYY-MM-DD, YYYY-MM, YYYY or DD.MM.YYYY.`);
  }
  try {
    parsePartialDate(iso);
  } catch (e) {
    throw new CellError('invalid-date', (e as Error).message);
  }
  return iso;
}

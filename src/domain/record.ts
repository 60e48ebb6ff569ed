/**
 * The record: the shapes of everything Rollcall stores, as zod schemas with the
 * TypeScript types derived from them. Pure data, no I/O.
 *
 * Conventions (stable; the JSON exchange format is built from these):
 * - Ids are short strings (`p-…` persons, `f-…` facilities, `s-…` sources,
 *   `e-…` events, `c-…` cases). Ids are unique within their kind.
 * - Dates are {@link PartialDateString}s: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with a
 *   leading `~` when the source says "about". See `partial-date.ts`.
 * - Every sub-record that may be shown to the public carries `visibility`;
 *   anything without `public` visibility never leaves through a public output.
 * - Text meant for readers is {@link Localized}: one string per UI language.
 * - Every string and array has a size limit ({@link LIMITS}), so an import, the
 *   write API and every other edge refuse oversized input with the field named,
 *   before it costs memory or time.
 */
import { z } from 'zod';
import { daysInMonth } from './partial-date.js';

export const LANGS = ['be', 'ru', 'en'] as const;
export const Lang = z.enum(LANGS);
export type Lang = z.infer<typeof Lang>;

/**
 * Size limits of the record (characters for strings, entries for lists). An
 * import refuses a record line longer than {@link LIMITS.recordBytes} before
 * parsing it; the write API can use the same figure as its body limit.
 */
export const LIMITS = {
  /** One record as JSON, in UTF-8 bytes. */
  recordBytes: 1 << 20,
  /** A short localized text (a name, a city, a caption). */
  shortText: 1000,
  /** A long localized text (a biography, an event note). */
  longText: 50_000,
  names: 50,
  cases: 100,
  events: 1000,
  charges: 50,
  appeals: 20,
  sourceIds: 50,
  tags: 50,
  aliases: 50,
  regimes: 10,
} as const;

/** A text in up to three languages, each at most `max` characters. */
function localizedText(max: number) {
  const text = z.string().max(max);
  return z.object({ be: text.optional(), ru: text.optional(), en: text.optional() });
}

/** A text in up to three languages: `{ be: '…', ru: '…', en: '…' }` (short: names, cities, captions). */
export const Localized = localizedText(LIMITS.shortText);
export type Localized = z.infer<typeof Localized>;
/** {@link Localized} for long texts (biographies, notes). */
export const LongLocalized = localizedText(LIMITS.longText);

export const Visibility = z.enum(['public', 'internal']);
export type Visibility = z.infer<typeof Visibility>;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, optionally prefixed with `~` (approximate). */
export const PARTIAL_DATE_RE = /^~?\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * Years a date in the registry may have. A typo such as `0000`, `0202` or `2202`
 * is refused instead of showing 2,026 years served. The range is wide on purpose:
 * dates inside it that are merely implausible (a birth in 1890, a release in 2150)
 * are the checks' business (`implausible-age`, `future-date`), which warn and
 * name the record, not the schema's, which refuses.
 */
export const YEAR_RANGE = { min: 1800, max: 2199 } as const;

/** Why a well-formed date string is still not a date (year out of range, no such day), or null. */
export function impossibleDate(s: string): string | null {
  const o = s.startsWith('~') ? 1 : 0;
  const year = Number(s.slice(o, o + 4));
  if (year < YEAR_RANGE.min || year > YEAR_RANGE.max) {
    return `year ${s.slice(o, o + 4)} is out of range (${YEAR_RANGE.min}–${YEAR_RANGE.max})`;
  }
  if (s.length - o < 10) return null;
  const month = Number(s.slice(o + 5, o + 7));
  const days = daysInMonth(year, month);
  return Number(s.slice(o + 8, o + 10)) > days ? `no such day: ${s} (that month has ${days} days)` : null;
}

/** A date string of the given shape that is also a real day in {@link YEAR_RANGE}. */
function dateString(re: RegExp, shape: string) {
  return z
    .string()
    .regex(re, shape)
    .superRefine((s, ctx) => {
      if (!re.test(s)) return; // the regex reported it
      const why = impossibleDate(s);
      if (why) ctx.addIssue({ code: 'custom', message: why });
    });
}

export const PartialDateString = dateString(
  PARTIAL_DATE_RE,
  'expected a date as YYYY, YYYY-MM or YYYY-MM-DD (prefix ~ if approximate)',
);
export type PartialDateString = z.infer<typeof PartialDateString>;

/** A full calendar date `YYYY-MM-DD`. */
export const IsoDate = dateString(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected YYYY-MM-DD');
export type IsoDate = z.infer<typeof IsoDate>;

/** An absolute `http:` or `https:` URL (no `javascript:`, `data:`, `file:` …). */
export const WebUrl = z
  .string()
  .max(2000)
  .url()
  .refine((s) => /^https?:\/\//i.test(s), 'only http:// and https:// links are allowed');

/**
 * Where a photo is: a file on this site (`photos/p-1.jpg`, or `/photos/p-1.jpg`).
 * Photos are served from the site only (a third-party image would let its host see
 * every reader), so a URL of any scheme (`https:`, `javascript:`, `data:` …), a
 * `//host` ref and `..` are refused (agreed with issue 11 item 16 on the board).
 */
export const PhotoRef = z
  .string()
  .min(1)
  .max(500)
  .refine(
    (s) => /^\/?[A-Za-z0-9_][A-Za-z0-9._/-]*$/.test(s) && !/(^|\/)\.\.?(\/|$)|\/\//.test(s),
    'a photo is a file on this site, e.g. photos/p-1.jpg (no URL, no ..)',
  );

/**
 * Whether a stored photo ref points at a file on this site. Records stored before
 * {@link PhotoRef} refused URLs may still hold one; public outputs drop such a photo and
 * `rollcall check` reports it (`external-photo`).
 * @example isSitePhotoRef('/photos/p-1.jpg') // true
 * @example isSitePhotoRef('https://example.org/p.jpg') // false
 */
export function isSitePhotoRef(ref: unknown): boolean {
  return PhotoRef.safeParse(ref).success;
}

/** A calendar term: "2 years, 6 months". */
export const Term = z.object({
  years: z.number().int().min(0).max(100),
  months: z.number().int().min(0).max(1200),
  days: z.number().int().min(0).max(36500),
});
export type Term = z.infer<typeof Term>;

export const Id = z.string().regex(/^[a-z]{1,3}-[A-Za-z0-9_-]{1,64}$/, 'expected an id like p-123');

// ---------------------------------------------------------------- names

/** How a name form is written: script plus, for Latin, the spelling system. */
export const NameSystem = z.enum([
  'be-cyrl', // Belarusian Cyrillic
  'ru-cyrl', // Russian Cyrillic
  'be-latn-place', // Belarusian Latin, 2007 place-name system (ĺ ŭ č š ž)
  'be-latn-passport', // Belarusian passport style (kh ts ch sh zh ia)
  'ru-latn-bgn', // Russian BGN/PCGN
  'ru-latn-icao', // Russian passport / ICAO
  'latn', // Latin spelling of unknown system (press, own preference)
]);
export type NameSystem = z.infer<typeof NameSystem>;

export const NameForm = z.object({
  family: z.string().min(1).max(200),
  given: z.string().max(200).default(''),
  patronymic: z.string().max(200).optional(),
  system: NameSystem,
  /** The preferred form for its system (shown first). */
  primary: z.boolean().default(false),
  visibility: Visibility.default('public'),
});
export type NameForm = z.infer<typeof NameForm>;

// ---------------------------------------------------------------- sources

export const SourceKind = z.enum(['publication', 'organisation', 'social_media', 'court', 'tip', 'relative', 'other']);
/** A (reliable, confirmed) … E (unconfirmed rumour). */
export const Reliability = z.enum(['A', 'B', 'C', 'D', 'E']);

export const Source = z.object({
  id: Id,
  kind: SourceKind,
  title: z.string().min(1).max(500),
  publisher: z.string().max(200).optional(),
  url: WebUrl.optional(),
  date: PartialDateString.optional(),
  reliability: Reliability.default('C'),
  visibility: Visibility.default('public'),
  note: z.string().max(5000).optional(),
});
export type Source = z.infer<typeof Source>;

// ---------------------------------------------------------------- facilities

export const FacilityKind = z.enum([
  'pretrial', // SIZO
  'temporary', // short-term detention centre (Akrescina)
  'colony', // correctional colony (regime below)
  'colony_settlement',
  'prison',
  'open_institution', // open-type correctional institution ("khimiya")
  'medical',
  'other',
]);
export type FacilityKind = z.infer<typeof FacilityKind>;

export const Regime = z.enum(['general', 'strengthened', 'strict', 'special', 'settlement', 'prison']);
export type Regime = z.infer<typeof Regime>;

/**
 * The address for letters to a facility, as it goes on an envelope: in Russian, as the
 * Belarusian post requires, in the post's order (institution, street, locality, region,
 * postal code). Public whenever the facility is. `checked` says whether it was checked
 * against a current public list; pages tell readers to check an unchecked one first.
 */
export const LettersAddress = z.object({
  /** The institution as written on the envelope: "ИК-15" or "Исправительная колония № 15". */
  institution: z.string().min(1).max(300),
  /** Street and house: "Славгородское шоссе, 183" (absent for a settlement the post knows without one). */
  street: z.string().min(1).max(300).optional(),
  /** Town or settlement: "г. Могилёв", "п. Витьба". */
  locality: z.string().min(1).max(300),
  /** District and region when the post needs them: "Витебская обл., Витебский р-н". */
  region: z.string().max(300).optional(),
  postalCode: z.string().regex(/^\d{6}$/, 'expected a six-digit Belarusian postal code, e.g. 220030'),
  checked: z.boolean().default(false),
  /** Where the address comes from, for staff ("Viasna's list of prison addresses, 2024"). */
  basis: z.string().max(500).optional(),
});
export type LettersAddress = z.infer<typeof LettersAddress>;

export const Facility = z.object({
  id: Id,
  kind: FacilityKind,
  number: z.string().max(20).optional(),
  regime: Regime.optional(),
  city: Localized,
  name: Localized,
  /** How sources write this facility ("IK-4", "Gomel women's colony"). */
  aliases: z.array(z.string().max(200)).max(LIMITS.aliases).default([]),
  address: Localized.optional(),
  /** The address for letters, as written on an envelope (see {@link LettersAddress}). */
  letters: LettersAddress.optional(),
  visibility: Visibility.default('public'),
});
export type Facility = z.infer<typeof Facility>;

// ---------------------------------------------------------------- cases

export const Charge = z.object({
  /** Criminal Code article, e.g. "368" or "361-4". */
  article: z.string().regex(/^\d{1,3}(-\d{1,2})?$/, 'expected an article like 368 or 361-4'),
  part: z.number().int().min(1).max(9).optional(),
});
export type Charge = z.infer<typeof Charge>;

export const PunishmentKind = z.enum([
  'deprivation_of_liberty',
  'restriction_of_freedom', // with or without referral (see `referral`)
  'arrest',
  'fine',
  'corrective_labour',
  'deprivation_of_right',
  'life_imprisonment',
  'compulsory_treatment',
  'other',
]);
export type PunishmentKind = z.infer<typeof PunishmentKind>;

export const Punishment = z.object({
  kind: PunishmentKind,
  regime: Regime.optional(),
  /** Restriction of freedom: true = referral to an open-type institution, false = home confinement. */
  referral: z.boolean().optional(),
  term: Term.optional(),
  /** Fines in base units. */
  amount: z.number().nonnegative().optional(),
});
export type Punishment = z.infer<typeof Punishment>;

export const Appeal = z.object({
  date: PartialDateString.optional(),
  /** The court from the court catalogue (reference data, {@link Court}); `court` is the name as a source writes it. */
  courtId: Id.optional(),
  court: z.string().max(300).optional(),
  outcome: z.enum(['upheld', 'reduced', 'increased', 'quashed', 'pending', 'other']),
});

export const Case = z.object({
  id: Id,
  charges: z.array(Charge).max(LIMITS.charges).default([]),
  /** The court from the court catalogue (reference data, {@link Court}): its name in every language. */
  courtId: Id.optional(),
  /** The court's name as a source writes it, when it is not (yet) in the catalogue. */
  court: z.string().max(300).optional(),
  judge: z.string().max(200).optional(),
  prosecutor: z.string().max(200).optional(),
  verdictDate: PartialDateString.optional(),
  punishment: Punishment.optional(),
  appeals: z.array(Appeal).max(LIMITS.appeals).default([]),
  sourceIds: z.array(Id).max(LIMITS.sourceIds).default([]),
  visibility: Visibility.default('public'),
  note: z.string().max(5000).optional(),
});
export type Case = z.infer<typeof Case>;

// ---------------------------------------------------------------- events

export const EVENT_KINDS = [
  'search',
  'detention', // first detention (starts custody)
  'administrative_arrest', // short-term arrest (custody)
  're_detention', // detained again, often on criminal charges after an administrative arrest
  'charged',
  'pretrial_placement', // placed in a pre-trial detention centre
  'transfer', // moved between facilities
  'trial',
  'verdict',
  'appeal',
  'new_charges', // e.g. Art. 411 in prison
  'sentence_change',
  'release',
  'recognition', // recognised as a political prisoner
  'recognition_end',
  'death',
  'other',
] as const;
export const EventKind = z.enum(EVENT_KINDS);
export type EventKind = z.infer<typeof EventKind>;

export const RELEASE_REASONS = [
  'term_served',
  'home_confinement', // released after trial to restriction of freedom without referral
  'open_institution', // released after trial to an open-type institution
  'parole',
  'milder_punishment',
  'pardon',
  'expulsion', // pardoned/freed and forced abroad
  'amnesty',
  'conviction_quashed',
  'sentence_lifted',
  'non_custodial_sentence', // e.g. fine or suspended sentence at trial
  'released_pending_trial',
  'other',
] as const;
export const ReleaseReason = z.enum(RELEASE_REASONS);
export type ReleaseReason = z.infer<typeof ReleaseReason>;

/** Why a date was inferred rather than read from a source. */
export const Inference = z.object({
  /** Machine-readable rule, e.g. "time-served". */
  rule: z.string().min(1).max(100),
  /** Human-readable reasoning, e.g. "released 2024-01-29 after 1y 10m 4d as stated". */
  reasoning: z.string().min(1).max(1000),
});

export const Event = z.object({
  id: Id,
  kind: EventKind,
  date: PartialDateString,
  /** Set when `date` was derived from other facts (see `inference.ts`). */
  inferred: Inference.optional(),
  facilityId: Id.optional(),
  caseId: Id.optional(),
  releaseReason: ReleaseReason.optional(),
  /** Time served as the source states it ("1 year, 10 months, and 4 days"), checked against the dates. */
  statedTimeServed: Term.optional(),
  sourceIds: z.array(Id).max(LIMITS.sourceIds).default([]),
  note: LongLocalized.optional(),
  visibility: Visibility.default('public'),
});
export type Event = z.infer<typeof Event>;

// ---------------------------------------------------------------- person

export const Sex = z.enum(['female', 'male']);
export type Sex = z.infer<typeof Sex>;

/** Regions of Belarus (oblasts) and the capital. */
export const REGIONS = ['brest', 'homiel', 'hrodna', 'mahiliou', 'minsk', 'minsk-city', 'viciebsk', 'abroad'] as const;
export const Region = z.enum(REGIONS);
export type Region = z.infer<typeof Region>;

export const Photo = z.object({
  ref: PhotoRef,
  caption: Localized.default({}),
  /** Who took it or where it comes from: one text (older records) or one per language. */
  credit: z.union([z.string().max(300), Localized]).optional(),
  visibility: Visibility.default('public'),
});

export const Person = z.object({
  id: Id,
  names: z
    .array(NameForm)
    .min(1, 'a person needs at least one name form')
    .max(LIMITS.names, `a person has at most ${LIMITS.names} name forms`),
  sex: Sex.optional(),
  birthDate: PartialDateString.optional(),
  birthDateVisibility: Visibility.default('public'),
  region: Region.optional(),
  occupation: Localized.default({}),
  biography: LongLocalized.default({}),
  photo: Photo.optional(),
  tags: z.array(z.string().min(1).max(60)).max(LIMITS.tags).default([]),
  cases: z.array(Case).max(LIMITS.cases).default([]),
  events: z.array(Event).max(LIMITS.events).default([]),
  /** Whether the person may appear on public outputs at all (e.g. family asked for discretion). */
  visibility: Visibility.default('public'),
  /** Staff-only notes. Never public. */
  internalNote: z.string().max(20000).optional(),
  /** Marks generated, fictional records. */
  fictional: z.boolean().default(false),
});
export type Person = z.infer<typeof Person>;
export type PersonInput = z.input<typeof Person>;

// ---------------------------------------------------------------- reference data

/** A court of the catalogue (reference data, like the articles): its name in be, ru and en. */
export const Court = z.object({
  id: Id,
  name: Localized,
  city: Localized.optional(),
});
export type Court = z.infer<typeof Court>;

export const Article = z.object({
  code: z.string().regex(/^\d{1,3}(-\d{1,2})?$/),
  title: Localized,
});
export type Article = z.infer<typeof Article>;

/** Pre-trial detention credit: one day in SIZO counts as `ratio` days of the punishment, for verdicts in [from, to). */
export const CreditRatio = z.object({
  from: IsoDate,
  to: IsoDate.optional(),
  punishment: PunishmentKind,
  regimes: z.array(Regime).max(LIMITS.regimes).optional(),
  ratio: z.number().positive(),
  basis: z.string().max(300),
  verified: z.boolean(),
});
export type CreditRatio = z.infer<typeof CreditRatio>;

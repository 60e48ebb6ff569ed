/**
 * The digest document: a monthly publication (releases, convictions or recognitions of
 * one month, in one language) that Rollcall drafts from the registry and editors finish.
 *
 * Life: `draft` (as generated, or regenerated) -> `edited` (an editor changed something)
 * -> `published`. Every stored change is a revision (entity type `digest`).
 *
 * Each editable text keeps the `base` it was generated as, so that regenerating after
 * the registry changed can tell an editor's edit from a change in the registry
 * (a three-way merge, see `merge.ts`).
 */
import { z } from 'zod';
import { DIGEST_TEXT_IDS, FINDING_TEXT_IDS } from '../checks-core.js';
import { Lang, Term } from '../record.js';

export const DIGEST_KINDS = ['releases', 'convictions', 'recognitions'] as const;
export const DigestKind = z.enum(DIGEST_KINDS);
export type DigestKind = z.infer<typeof DigestKind>;

export const DigestStatus = z.enum(['draft', 'edited', 'published']);
export type DigestStatus = z.infer<typeof DigestStatus>;

export const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;
export const Month = z.string().regex(MONTH_RE, 'expected a month YYYY-MM');

/** The generated form of an entry's texts, kept for merging. */
export const EntryTexts = z.object({
  heading: z.string().max(1000),
  paragraphs: z.array(z.string().max(20000)).max(200),
});
export type EntryTexts = z.infer<typeof EntryTexts>;

/** Facts behind one entry, straight from the record (for checks and for readers of the JSON). */
export const EntryFacts = z.object({
  /** The event the entry is about (release, verdict or recognition). */
  eventId: z.string().max(100).optional(),
  eventDate: z.string().max(20).optional(),
  custodyStart: z.string().max(20).optional(),
  releaseReason: z.string().max(60).optional(),
  timeServed: Term.optional(),
  /** Shortest and longest readings when the dates are not exact days. */
  timeServedMin: Term.optional(),
  timeServedMax: Term.optional(),
  overThreeYears: z.boolean().nullable().optional(),
  sourceIds: z.array(z.string().max(100)).default([]),
});
export type EntryFacts = z.infer<typeof EntryFacts>;

export const DigestEntry = z.object({
  personId: z.string().min(1).max(100),
  heading: z.string().max(1000),
  paragraphs: z.array(z.string().max(20000)).max(200),
  /** What the generator last produced; null for an entry an editor wrote by hand. */
  base: EntryTexts.nullable(),
  /** `generated` by Rollcall or `added` by an editor (then kept on regeneration). */
  origin: z.enum(['generated', 'added']),
  facts: EntryFacts,
});
export type DigestEntry = z.infer<typeof DigestEntry>;

/** The digest's opening: headline and paragraphs (figures, caveat, call for tips). */
export const DigestOpening = z.object({
  title: z.string().max(1000),
  paragraphs: z.array(z.string().max(20000)).max(50),
});
export type DigestOpening = z.infer<typeof DigestOpening>;

/** The opening figures, as computed from the registry. */
export const DigestFigures = z.object({
  /** Day the "now" figure is counted on, YYYY-MM-DD. */
  asOf: z.string().max(10),
  imprisonedNow: z.number().int().min(0).nullable(),
  count: z.number().int().min(0),
  termServed: z.number().int().min(0).default(0),
  termServedOverThreeYears: z.number().int().min(0).default(0),
  termServedOverThreeYearsUnknown: z.number().int().min(0).default(0),
  homeConfinement: z.number().int().min(0).default(0),
  openInstitution: z.number().int().min(0).default(0),
});
export type DigestFigures = z.infer<typeof DigestFigures>;

/** A consistency problem shown before publishing (from the registry checks or the digest's own). */
export const DigestWarning = z.object({
  code: z.string().max(100),
  severity: z.enum(['error', 'warning']),
  personId: z.string().max(100).nullable(),
  /** In English (the CLI, the API); `text` gives it in a page's language. */
  message: z.string().max(2000),
  /** The message as a text id and values (`i18n/findings.ts`); absent in digests stored before it. */
  text: z
    .object({
      id: z.enum([...FINDING_TEXT_IDS, ...DIGEST_TEXT_IDS]),
      values: z.record(z.string(), z.unknown()),
    })
    .optional(),
});
export type DigestWarning = z.infer<typeof DigestWarning>;

/** What regeneration changed or could not apply (see `merge.ts`). */
export const DigestChange = z.object({
  kind: z.enum(['added', 'removed', 'updated', 'conflict', 'kept']),
  /** `opening.title`, `opening.paragraphs`, `entry.heading`, `entry.paragraphs`, `entry`. */
  field: z.string().max(60),
  personId: z.string().max(100).nullable(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  message: z.string().max(2000),
});
export type DigestChange = z.infer<typeof DigestChange>;

export const Digest = z.object({
  id: z.string().regex(/^d-[a-z0-9-]{1,80}$/, 'expected a digest id like d-releases-2024-01-en'),
  kind: DigestKind,
  month: Month,
  lang: Lang,
  status: DigestStatus,
  opening: DigestOpening,
  openingBase: DigestOpening.nullable(),
  figures: DigestFigures,
  entries: z.array(DigestEntry).max(5000),
  /** People an editor dropped: regeneration does not bring them back. */
  dropped: z.array(z.string().max(100)).default([]),
  warnings: z.array(DigestWarning).default([]),
  /** Changes found by the last regeneration, for the editor to review. */
  changes: z.array(DigestChange).default([]),
  generatedAt: z.string().max(40),
  updatedAt: z.string().max(40),
  publishedAt: z.string().max(40).nullable().default(null),
  /**
   * When it was last republished with a correction (`republishDigest`): the public page and
   * the feed show it as the digest's correction date. Null until then.
   */
  republishedAt: z.string().max(40).nullable().optional(),
  /** Set when published with open warnings: who acknowledged them, how many, and their codes. */
  acknowledged: z
    .object({
      by: z.string().max(200),
      at: z.string().max(40),
      warnings: z.number().int().min(0),
      codes: z.array(z.string().max(100)).max(500).optional(),
    })
    .nullable()
    .default(null),
});
export type Digest = z.infer<typeof Digest>;
export type DigestInput = z.input<typeof Digest>;

/**
 * The stable id of a month's digest of a kind in a language.
 * @example digestId('releases', '2024-01', 'en') // 'd-releases-2024-01-en'
 */
export function digestId(kind: DigestKind, month: string, lang: Lang): string {
  return `d-${kind}-${month}-${lang}`;
}

/**
 * What an editor may send to change a digest: any of the opening, the entries (in the
 * new order; an entry left out is dropped) and the dropped list.
 */
export const DigestEdit = z.object({
  opening: DigestOpening.optional(),
  entries: z
    .array(
      z.object({
        personId: z.string().min(1).max(100),
        heading: z.string().max(1000),
        paragraphs: z.array(z.string().max(20000)).max(200),
      }),
    )
    .max(5000)
    .optional(),
});
export type DigestEdit = z.infer<typeof DigestEdit>;

/**
 * What a member of the public reports through the tip line (the web form on
 * `/{lang}/report/` or the Telegram bot): the shape both intakes validate against
 * before a tip is encrypted and stored. Nothing here identifies the sender unless
 * they choose to leave a contact.
 *
 * @example
 * const tip = TipSubmission.parse({ lang: 'ru', who: 'Иван Петров', kind: 'released', when: '2024-01' });
 */
import { z } from 'zod';
import { Lang, PartialDateString } from '../record.js';

/** What happened, as the sender says. */
export const TIP_KINDS = ['released', 'detained', 'transferred', 'sentenced', 'other'] as const;
export type TipKind = (typeof TIP_KINDS)[number];

const text = (max: number) => z.string().trim().min(1).max(max);

export const TipSubmission = z
  .object({
    /** The language the sender used; questions and answers follow it. */
    lang: Lang,
    /** Who the tip is about, as the sender writes it. */
    who: text(300),
    /** A registry person the sender picked by name search (public ids only). */
    personId: z.string().trim().max(80).optional(),
    kind: z.enum(TIP_KINDS),
    /** When: a partial date (`2024`, `2024-01`, `~2024-01-13`). */
    when: PartialDateString.optional(),
    where: text(300).optional(),
    /** How the sender knows. */
    how: text(2000).optional(),
    /** Anything else. */
    details: text(4000).optional(),
    /** Optional contact the sender leaves (never required). */
    contact: text(300).optional(),
  })
  .strict();
export type TipSubmission = z.infer<typeof TipSubmission>;

/** A file sent with a tip; metadata is stripped in memory before encryption. */
export interface TipAttachment {
  name: string;
  type: string;
  bytes: Uint8Array;
}

/**
 * Changing a stored digest: edit its texts, reorder, add or drop people, publish (every
 * open warning acknowledged, all at once or code by code) and unpublish. Each change is
 * one revision with its actor and note and one audit entry; through the write API it
 * names the revision it was based on (`baseRevisionId`, see `digest-store.ts`).
 *
 * The `…Revision` forms also give the revision id (the API's ETag); the short forms, used
 * by the CLI, give the digest.
 *
 * @example
 * const { digest, revisionId } = await reviseDigest(ctx, 'd-releases-2024-01-en',
 *   { move: [{ personId: 'p-2', to: 0 }], drop: ['p-7'] }, { actor: 'ed@org', baseRevisionId: 41 });
 */
import { z } from 'zod';
import {
  DigestEdit,
  DigestOpening,
  addEntry,
  applyEdit,
  dropEntry,
  entryFor,
  moveEntry,
  type Digest,
} from '../domain/digest/index.js';
import { RollcallError } from '../domain/errors.js';
import { withPublicFacts } from '../domain/project-person.js';
import { notFound, type AppContext } from './context.js';
import { EVENT_OF_KIND } from './read-model/index.js';
import { changeDigest, refsOf, warningsFor, type DigestChangeMeta, type DigestChanged } from './digest-store.js';
import type { Repos } from './ports.js';
import { parseOrThrow } from './validate.js';
import { parseStrict } from './strict-input.js';

const PersonId = z.string().min(1).max(100);

/**
 * One change of a digest in one revision, applied in this order: the texts and order of
 * `entries` (an entry left out is dropped) and the `opening`, then `drop`, `add` (at the
 * end) and `move` (each to a 0-based position).
 */
export const DigestRevise = z.object({
  opening: DigestOpening.optional(),
  entries: DigestEdit.shape.entries,
  drop: z.array(PersonId).max(500).optional(),
  add: z.array(PersonId).max(500).optional(),
  move: z
    .array(z.object({ personId: PersonId, to: z.number().int().min(0).max(5000) }))
    .max(500)
    .optional(),
});
export type DigestRevise = z.infer<typeof DigestRevise>;

/** Adds `personId` with an entry generated from their public facts (`not-found`, `person-not-public`, `nothing-to-report`). */
async function withPerson(d: Digest, personId: string, repos: Repos, now: string): Promise<Digest> {
  const person = await repos.persons.get(personId);
  if (!person) throw notFound('person', personId);
  if (person.visibility === 'internal') {
    throw new RollcallError(
      'person-not-public',
      `The record of ${personId} is internal: it cannot be added to a digest; make it public first if it should be.`,
      { personId },
    );
  }
  // Texts rest on public facts only, as in a drafted entry.
  const entry = entryFor(d.kind, withPublicFacts(person), d.month, d.lang, await refsOf(repos), { anyMonth: true });
  if (!entry) {
    throw new RollcallError(
      'nothing-to-report',
      `${personId} has no ${EVENT_OF_KIND[d.kind]} on record to write an entry about.`,
      { personId },
    );
  }
  return addEntry(d, entry, now);
}

/** What a revise changes, for the default note. */
function describe(r: DigestRevise): string {
  const parts = [
    r.opening || r.entries ? 'edited' : '',
    r.drop?.length ? `dropped ${r.drop.join(', ')}` : '',
    r.add?.length ? `added ${r.add.join(', ')}` : '',
    r.move?.length ? r.move.map((m) => `moved ${m.personId} to ${m.to + 1}`).join(', ') : '',
  ];
  return parts.filter(Boolean).join('; ') || 'edited';
}

/** Applies a {@link DigestRevise} (validated here) as one revision. */
export async function reviseDigest(
  ctx: AppContext,
  id: string,
  input: unknown,
  meta: DigestChangeMeta,
): Promise<DigestChanged> {
  const r = parseStrict(DigestRevise, input, 'digest change');
  const note = meta.note ?? describe(r);
  return changeDigest(ctx, id, { ...meta, note }, 'digest.edit', async (d0, repos, now) => {
    let d = r.opening || r.entries ? applyEdit(d0, { opening: r.opening, entries: r.entries }, now) : d0;
    for (const personId of r.drop ?? []) d = dropEntry(d, personId, now);
    for (const personId of r.add ?? []) d = await withPerson(d, personId, repos, now);
    for (const m of r.move ?? []) d = moveEntry(d, m.personId, m.to, now);
    return d;
  });
}

/** Applies an editor's edit (`DigestEdit` JSON: opening and/or entries in their new order). */
export async function editDigest(ctx: AppContext, id: string, input: unknown, meta: DigestChangeMeta): Promise<Digest> {
  const edit = parseOrThrow(DigestEdit, input, 'digest edit');
  const done = await changeDigest(ctx, id, { ...meta, note: meta.note ?? 'edited' }, 'digest.edit', (d, _r, now) =>
    applyEdit(d, edit, now),
  );
  return done.digest;
}

/** Moves a person's entry to position `to` (0-based). */
export async function moveDigestEntry(
  ctx: AppContext,
  id: string,
  personId: string,
  to: number,
  meta: DigestChangeMeta,
) {
  return (await reviseDigest(ctx, id, { move: [{ personId, to }] }, meta)).digest;
}

/** Adds a person to the digest, with an entry generated from their record. */
export async function addDigestPerson(ctx: AppContext, id: string, personId: string, meta: DigestChangeMeta) {
  return (await reviseDigest(ctx, id, { add: [personId] }, meta)).digest;
}

/** Drops a person from the digest (regeneration does not bring them back). */
export async function dropDigestPerson(ctx: AppContext, id: string, personId: string, meta: DigestChangeMeta) {
  return (await reviseDigest(ctx, id, { drop: [personId] }, meta)).digest;
}

export interface PublishOptions {
  /** Acknowledge every open warning (the CLI's `--acknowledge-warnings`). */
  acknowledgeWarnings?: boolean;
  /** Acknowledge the open warnings of these codes only (the API and the staff page). */
  acknowledge?: readonly string[];
}

/**
 * Publishes a digest after running the checks for every person in it. Open warnings
 * stop publication (409 `unacknowledged-warnings`, naming the codes not acknowledged in
 * `details.unacknowledged`, with the warnings in `details.warnings`) unless acknowledged;
 * the acknowledgement (who, when, how many, which codes) is recorded in the digest.
 */
export async function publishDigestRevision(
  ctx: AppContext,
  id: string,
  opts: PublishOptions,
  meta: DigestChangeMeta,
): Promise<DigestChanged> {
  const acked = new Set(opts.acknowledge ?? []);
  const details = (d: Digest) => ({ acknowledged: d.acknowledged?.codes ?? [] });
  const publish = async (d: Digest, repos: Repos, now: string): Promise<Digest> => {
    if (d.status === 'published') throw new RollcallError('digest-published', `The digest ${id} is already published.`);
    const warnings = await warningsFor(ctx, repos, d);
    const open = opts.acknowledgeWarnings ? [] : warnings.filter((w) => !acked.has(w.code));
    if (open.length > 0) {
      const codes = [...new Set(open.map((w) => w.code))];
      throw new RollcallError(
        'unacknowledged-warnings',
        `The digest ${id} has ${open.length} open warning(s) not acknowledged (${codes.join(', ')}); ` +
          'fix them, or acknowledge each code (--acknowledge-warnings on the command line).',
        {
          unacknowledged: codes,
          problems: open.map((w) => ({ field: w.personId ?? undefined, message: `${w.code}: ${w.message}` })),
          warnings: open,
        },
      );
    }
    const codes = [...new Set(warnings.map((w) => w.code))];
    const acknowledged = warnings.length > 0 ? { by: meta.actor, at: now, warnings: warnings.length, codes } : null;
    return { ...d, status: 'published' as const, publishedAt: now, updatedAt: now, acknowledged, warnings };
  };
  return changeDigest(ctx, id, { ...meta, note: meta.note ?? 'published' }, 'digest.publish', publish, details);
}

/** {@link publishDigestRevision}, giving the digest. */
export async function publishDigest(ctx: AppContext, id: string, opts: PublishOptions, meta: DigestChangeMeta) {
  return (await publishDigestRevision(ctx, id, opts, meta)).digest;
}

/** Takes a published digest off the site so it can be edited (status `edited`). */
export async function unpublishDigestRevision(ctx: AppContext, id: string, meta: DigestChangeMeta) {
  return changeDigest(ctx, id, { ...meta, note: meta.note ?? 'unpublished' }, 'digest.unpublish', (d, _r, now) => {
    if (d.status !== 'published') throw new RollcallError('not-published', `The digest ${id} is not published.`);
    return { ...d, status: 'edited' as const, updatedAt: now };
  });
}

/** {@link unpublishDigestRevision}, giving the digest. */
export async function unpublishDigest(ctx: AppContext, id: string, meta: DigestChangeMeta): Promise<Digest> {
  return (await unpublishDigestRevision(ctx, id, meta)).digest;
}

/**
 * A save refused because the record changed since the writer's base
 * (`stale-revision`) becomes a conflict: the base, theirs (the latest revision) and
 * mine. Staff resolve it field by field (`domain/conflict.ts`) and save the result
 * against theirs, through {@link writeRecord} like any other write (a researcher's
 * save is still a proposal). If the record moved again meanwhile, the caller gets
 * `stale-revision` again and shows the next conflict, with the resolved document
 * as mine and theirs as its base.
 *
 * @example
 * const conflict = await conflictFor(ctx, 'facility', 'f-1', 41, myFacility);
 * await saveResolution(ctx, { ...conflict, choices: { number: { take: 'mine' } }, actor, effect: 'allow' });
 */
import { applyChoices, type Choice } from '../domain/conflict.js';
import { RollcallError } from '../domain/errors.js';
import type { Effect } from '../domain/policy.js';
import { notFound, type AppContext } from './context.js';
import { parseRecord, writeRecord, type RecordType, type WriteCommand, type WriteResult } from './record-writes.js';

/** A write's outcome where a stale base is not an error but a conflict to resolve. */
export type SaveOutcome = WriteResult | { status: 'conflict'; conflict: Conflict };

export interface Conflict {
  type: RecordType;
  id: string;
  /** The revision the writer started from. */
  baseRevisionId: number;
  /** The latest revision: what a resolution is saved against. */
  theirsRevisionId: number;
  theirsActor: string;
  theirsAt: string;
  base: unknown;
  theirs: unknown;
  mine: unknown;
}

/** The three versions of a refused save. Throws `not-found` when the record or the base is unknown. */
export async function conflictFor(
  ctx: AppContext,
  type: RecordType,
  id: string,
  baseRevisionId: number,
  mine: unknown,
): Promise<Conflict> {
  return ctx.store.read(async (repos) => {
    const [base, latest] = await Promise.all([
      repos.revisions.get(baseRevisionId),
      repos.revisions.latestFor(type, id),
    ]);
    if (!latest || !base || base.entityType !== type || base.entityId !== id) throw notFound(type, id);
    return {
      type,
      id,
      baseRevisionId,
      theirsRevisionId: latest.id,
      theirsActor: latest.actor,
      theirsAt: latest.at,
      base: base.doc ?? {},
      theirs: latest.doc ?? {},
      mine,
    };
  });
}

/**
 * {@link writeRecord}, with a stale base answered by the conflict (base, theirs, the
 * record I sent) instead of the `stale-revision` error.
 */
export async function saveOrConflict(ctx: AppContext, cmd: WriteCommand): Promise<SaveOutcome> {
  try {
    return await writeRecord(ctx, cmd);
  } catch (error) {
    if (!(error instanceof RollcallError) || error.code !== 'stale-revision' || cmd.baseRevisionId === null)
      throw error;
    return { status: 'conflict', conflict: await conflictFor(ctx, cmd.type, cmd.id, cmd.baseRevisionId, cmd.record) };
  }
}

export interface Resolve {
  type: RecordType;
  id: string;
  baseRevisionId: number;
  theirsRevisionId: number;
  /** My document as the refused save sent it (validated again here). */
  mine: unknown;
  choices: Readonly<Record<string, Choice>>;
  actor: string;
  effect: Effect;
  note?: string | undefined;
}

/**
 * Applies the choices and saves against theirs. Throws `invalid-input` (with `problems`
 * naming each field) when a conflict has no choice, an edited value cannot be read or
 * the result is not a valid record; when the record changed again, the next conflict
 * comes back (the resolved record as mine, theirs as its base).
 */
export async function saveResolution(ctx: AppContext, cmd: Resolve): Promise<SaveOutcome> {
  const conflict = await conflictFor(ctx, cmd.type, cmd.id, cmd.baseRevisionId, cmd.mine);
  const { doc, missing, invalid } = applyChoices(conflict.base, await theirsAt(ctx, cmd), cmd.mine, cmd.choices);
  if (missing.length > 0 || invalid.length > 0) {
    throw new RollcallError(
      'invalid-input',
      'Choose a version for every field both of you changed; an edited value that is not text must be JSON.',
      {
        problems: [
          ...missing.map((field) => ({ code: 'choice-missing', field, message: 'choose theirs, mine or edit' })),
          ...invalid.map((field) => ({ code: 'invalid-json', field, message: 'not valid JSON' })),
        ],
      },
    );
  }
  const record = parseRecord(cmd.type, cmd.id, doc);
  return saveOrConflict(ctx, {
    type: cmd.type,
    id: cmd.id,
    record,
    baseRevisionId: cmd.theirsRevisionId,
    actor: cmd.actor,
    note: cmd.note,
    effect: cmd.effect,
  });
}

/** Theirs as the resolution saw it (not the latest, which may have moved on: then the write is stale). */
async function theirsAt(ctx: AppContext, cmd: Resolve): Promise<unknown> {
  const rev = await ctx.store.read((r) => r.revisions.get(cmd.theirsRevisionId));
  if (!rev || rev.entityType !== cmd.type || rev.entityId !== cmd.id) throw notFound(cmd.type, cmd.id);
  return rev.doc ?? {};
}

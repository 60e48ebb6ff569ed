/**
 * Person use cases: read, create, update, delete. Every write stores a
 * revision (a full snapshot with who, when and why) in the same transaction
 * as the record and its projection.
 */
import { randomBytes } from 'node:crypto';
import { Person, type PersonInput } from '../domain/record.js';
import { projectPerson } from '../domain/project-person.js';
import { referenceProblems } from '../domain/integrity.js';
import { notFound, type AppContext } from './context.js';
import { RollcallError } from '../domain/errors.js';
import { parseOrThrow } from './validate.js';
import { duplicatesOf } from './search.js';
import type { Repos } from './ports.js';
import { writeWarnings, type PublishedWarning } from './published.js';

export interface ChangeMeta {
  /** Who makes the change (a staff login, "import", "demo-editor"). */
  actor: string;
  /** Why, in a sentence; shown in the history. */
  note?: string | undefined;
}

/** A new random id with the given prefix, e.g. `p-k3v9x2ma`. */
export function newId(prefix: 'p' | 'f' | 's' | 'e' | 'c'): string {
  return `${prefix}-${randomBytes(6).toString('base64url').replace(/[-_]/g, 'x').toLowerCase()}`;
}

export async function getPerson(ctx: AppContext, id: string): Promise<Person> {
  const person = await ctx.store.read((r) => r.persons.get(id));
  if (!person) throw notFound('person', id);
  return person;
}

/**
 * Validates a person against the schema and the registry's facilities and
 * sources, then writes it with a revision. Used by create, update, restore
 * and the demo loader; the caller owns the transaction.
 */
export async function writePerson(repos: Repos, person: Person, meta: ChangeMeta, at: string): Promise<number> {
  const [facilities, sources] = await Promise.all([repos.facilities.ids(), repos.sources.ids()]);
  const problems = referenceProblems(person, facilities, sources);
  if (problems.length > 0) {
    const first = problems[0]!;
    throw new RollcallError('invalid-reference', `${first.message} (at "${first.field}")`, { problems });
  }
  const revisionId = await repos.revisions.append({
    entityType: 'person',
    entityId: person.id,
    actor: meta.actor,
    note: meta.note ?? null,
    at,
    doc: person,
  });
  await repos.persons.save(person, projectPerson(person), revisionId);
  await repos.meta.bumpDataVersion();
  return revisionId;
}

/**
 * Creates a person. The result lists likely duplicates already in the registry
 * (same person under another spelling, compatible dates) so staff can merge
 * instead of keeping two records.
 */
export async function createPerson(
  ctx: AppContext,
  input: unknown,
  meta: ChangeMeta,
): Promise<{ person: Person; duplicates: Awaited<ReturnType<typeof duplicatesOf>> }> {
  const withId = { id: newId('p'), ...(input as Partial<PersonInput>) };
  const person = parseOrThrow(Person, withId, 'person');
  const duplicates = await duplicatesOf(ctx, person);
  await ctx.store.write(async (repos) => {
    if (await repos.persons.exists(person.id)) {
      throw new RollcallError('conflict', `A person with id "${person.id}" already exists.`);
    }
    await writePerson(repos, person, meta, ctx.now().toISOString());
  });
  return { person, duplicates };
}

/** What a write to a person returns besides the record: what staff must act on. */
export interface PersonWriteResult {
  person: Person;
  /**
   * `published-exposure` when published digests (and their feeds) still show what the
   * change made non-public, with the fix (see `src/app/published.ts`).
   */
  warnings: PublishedWarning[];
}

/**
 * Replaces a person's record. The result warns when published material still shows what
 * the change made non-public (the person made internal, or a name, event or case).
 */
export async function updatePerson(
  ctx: AppContext,
  id: string,
  input: unknown,
  meta: ChangeMeta,
): Promise<PersonWriteResult> {
  const person = parseOrThrow(Person, { ...(input as PersonInput), id }, 'person');
  return ctx.store.write(async (repos) => {
    if (!(await repos.persons.exists(id))) throw notFound('person', id);
    await writePerson(repos, person, meta, ctx.now().toISOString());
    return { person, warnings: await writeWarnings(repos, id, person) };
  });
}

/**
 * Deletes a person; the history keeps every earlier snapshot, so a restore brings it back.
 * Resolves to the warnings when published digests still name the person.
 */
export async function deletePerson(
  ctx: AppContext,
  id: string,
  meta: ChangeMeta,
): Promise<{ warnings: PublishedWarning[] }> {
  return ctx.store.write(async (repos) => {
    if (!(await repos.persons.exists(id))) throw notFound('person', id);
    await repos.revisions.append({
      entityType: 'person',
      entityId: id,
      actor: meta.actor,
      note: meta.note ?? null,
      at: ctx.now().toISOString(),
      doc: null,
    });
    await repos.persons.remove(id);
    await repos.meta.bumpDataVersion();
    return { warnings: await writeWarnings(repos, id, null) };
  });
}

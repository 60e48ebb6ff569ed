/**
 * Writes a registry as the versioned JSON exchange format (see
 * `docs/exchange-format.md`). Output is canonical: every record is passed through
 * its zod schema (defaults filled, keys in schema order, unknown keys dropped),
 * arrays inside records keep their stored order, courts, facilities, sources and persons
 * are sorted by id, and each record sits on its own line; the last key, `end`,
 * gives the number of records per section and a SHA-256 over them, so a reader
 * knows a file that was cut short. Export -> import ->
 * export is therefore byte-identical, and nothing time-dependent is written
 * unless the caller passes `exportedAt`.
 */
import { RollcallError } from '../domain/errors.js';
import type { z } from 'zod';
import { Article, Court, CreditRatio, Facility, Person, Source } from '../domain/record.js';
import type { Section } from './format.js';
import { REGISTRY_FORMAT, REGISTRY_FORMAT_VERSION, type RegistryExport } from './format.js';
import { RegistryDigest } from './registry-end.js';

/** Code-unit order: the same on every machine and locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byId<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareIds(a.id, b.id));
}

/** A record in canonical form; throws `invalid-record` (the store should never hold one). */
function canonical<S extends z.ZodType>(schema: S, what: string): (item: unknown) => z.output<S> {
  return (item) => {
    const result = schema.safeParse(item);
    if (result.success) return result.data;
    const issue = result.error.issues[0];
    const id = (item as { id?: unknown; code?: unknown }).id ?? (item as { code?: unknown }).code;
    throw new RollcallError(
      'invalid-record',
      `Cannot export ${what} ${JSON.stringify(id ?? '?')}: ${issue?.path.join('.') || 'record'}: ${issue?.message}. Fix the record first.`,
      { id },
    );
  };
}

const STAND_IN_NAME = { family: '-', given: '-', system: 'latn' } as const;

/**
 * For public downloads: a person whose name forms are all withheld (`names: []`) is checked
 * with a stand-in name form and written with `names: []` (same key order).
 */
function withheldNames(toCanonical: (item: unknown) => Person): (item: Person) => Person {
  return (p) => (p.names.length > 0 ? toCanonical(p) : { ...toCanonical({ ...p, names: [STAND_IN_NAME] }), names: [] });
}

function* section<T>(
  name: Section,
  items: Iterable<T>,
  toCanonical: (item: T) => unknown,
  digest: RegistryDigest,
): Generator<string> {
  let first = true;
  for (const item of items) {
    const json = JSON.stringify(toCanonical(item));
    digest.add(name, json);
    yield (first ? `  "${name}": [\n    ` : ',\n    ') + json;
    first = false;
  }
  yield (first ? `  "${name}": []` : '\n  ]') + ',\n';
}

/** Persons from an array are sorted here; any other iterable must already be in id order. */
function* personsInOrder(persons: Iterable<Person>): Generator<Person> {
  if (Array.isArray(persons)) {
    yield* byId(persons as Person[]);
    return;
  }
  let previous: string | null = null;
  for (const p of persons) {
    if (previous !== null && compareIds(previous, p.id) >= 0) {
      throw new RollcallError(
        'persons-not-sorted',
        `Persons must come in ascending id order for a streamed export; "${p.id}" came after "${previous}".`,
      );
    }
    previous = p.id;
    yield p;
  }
}

/**
 * The registry as JSON text, one piece at a time (a header, then one line per
 * record), so that 100,000 persons never have to be one string.
 *
 * @example
 * for (const chunk of jsonChunks(data)) stream.write(chunk);
 */
export function* jsonChunks(data: RegistryExport): Generator<string> {
  const digest = new RegistryDigest();
  yield* headChunks(data, digest);
  yield* section('persons', personsInOrder(data.persons), canonical(Person, 'person'), digest);
  yield digest.endLine();
}

/** Everything before the persons: the header and the small sections. */
function* headChunks(data: Omit<RegistryExport, 'persons'>, digest: RegistryDigest): Generator<string> {
  let head = `{\n  "format": ${JSON.stringify(REGISTRY_FORMAT)},\n  "version": ${REGISTRY_FORMAT_VERSION},\n`;
  if (data.exportedAt !== undefined) head += `  "exportedAt": ${JSON.stringify(data.exportedAt)},\n`;
  yield head;
  yield* section('articles', data.articles, canonical(Article, 'article'), digest);
  yield* section('creditRatios', data.creditRatios, canonical(CreditRatio, 'credit ratio'), digest);
  yield* section('courts', byId(data.courts ?? []), canonical(Court, 'court'), digest);
  yield* section('facilities', byId(data.facilities), canonical(Facility, 'facility'), digest);
  yield* section('sources', byId(data.sources), canonical(Source, 'source'), digest);
}

/**
 * {@link jsonChunks} for persons that arrive asynchronously (a store read in
 * pages), in ascending id order. The bytes are the same as `jsonChunks` writes.
 *
 * @example
 * for await (const chunk of jsonChunksAsync({ ...rest, persons: pages() })) await write(chunk);
 */
export async function* jsonChunksAsync(
  data: Omit<RegistryExport, 'persons'> & { persons: AsyncIterable<Person> },
  opts: { namesMayBeWithheld?: boolean } = {},
): AsyncGenerator<string> {
  const digest = new RegistryDigest();
  yield* headChunks(data, digest);
  const strict = canonical(Person, 'person');
  const toCanonical = opts.namesMayBeWithheld ? withheldNames(strict) : strict;
  let previous: string | null = null;
  for await (const p of data.persons) {
    if (previous !== null && compareIds(previous, p.id) >= 0) {
      throw new RollcallError(
        'persons-not-sorted',
        `Persons must come in ascending id order; "${p.id}" came after "${previous}".`,
      );
    }
    const json = JSON.stringify(toCanonical(p));
    digest.add('persons', json);
    yield (previous === null ? '  "persons": [\n    ' : ',\n    ') + json;
    previous = p.id;
  }
  yield (previous === null ? '  "persons": []' : '\n  ]') + ',\n';
  yield digest.endLine();
}

/**
 * The whole registry as one JSON string (see {@link jsonChunks}).
 *
 * @example
 * const text = serializeRegistryJson({ articles, creditRatios, courts, facilities, sources, persons });
 * parseRegistryJson(text).data; // the same registry
 */
export function serializeRegistryJson(data: RegistryExport): string {
  let out = '';
  for (const chunk of jsonChunks(data)) out += chunk;
  return out;
}

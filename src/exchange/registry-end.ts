/**
 * The end marker of a registry file (format versions 2 and 3): the number of records in
 * each section and a SHA-256 over them, written as the file's last key:
 *
 * ```json
 *   "end": {"records":{"articles":2,"creditRatios":4,"courts":1,"facilities":3,"sources":5,"persons":276},"sha256":"9f…"}
 * ```
 *
 * The checksum is over the records' canonical JSON (each passed through its
 * schema, as `JSON.stringify` writes it), each followed by `\n`, sections in
 * file order, so it does not depend on the file's layout: a pretty-printed copy
 * of an export has the same `end`. A reader computes the same over what it read
 * and refuses the file when a count or the checksum differs: a file cut short,
 * even at a line boundary, never imports.
 */
import { createHash, type Hash } from 'node:crypto';
import { z } from 'zod';
import { SECTIONS, sectionsOf, type Section } from './format.js';

/** The marker of a file of `version`: it counts exactly that version's sections. */
function endSchema(sections: readonly Section[]) {
  return z
    .object({
      records: z
        .object(
          Object.fromEntries(sections.map((s) => [s, z.number().int().nonnegative()])) as Record<Section, z.ZodNumber>,
        )
        .strict(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lowercase hex digits'),
    })
    .strict();
}

export const RegistryEnd = endSchema(SECTIONS);
export type RegistryEnd = z.infer<typeof RegistryEnd>;

/** Counts and hashes records as they are written or read. */
export class RegistryDigest {
  readonly records = Object.fromEntries(SECTIONS.map((s) => [s, 0])) as Record<Section, number>;
  readonly #hash: Hash = createHash('sha256');

  /** One record's canonical JSON (text, or UTF-8 bytes as an import holds it). */
  add(section: Section, json: string | Uint8Array): void {
    this.records[section]++;
    this.#hash.update(json);
    this.#hash.update('\n');
  }

  /** The marker (call once, after the last record). */
  end(): RegistryEnd {
    return { records: { ...this.records }, sha256: this.#hash.digest('hex') };
  }

  /** The marker as the file's last lines. */
  endLine(): string {
    return `  "end": ${JSON.stringify(this.end())}\n}\n`;
  }
}

/**
 * What is wrong with a file's marker against what was read, or null when it matches.
 *
 * @example
 * endProblem(JSON.parse(endJson), digest.end(), 3); // null, or { code: 'record-count-mismatch', … }
 */
export function endProblem(
  marker: unknown,
  read: RegistryEnd,
  version: number,
): { code: string; field: string; message: string } | null {
  const sections = sectionsOf(version);
  const parsed = endSchema(sections).safeParse(marker);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      code: 'invalid-field',
      field: ['end', ...(issue?.path ?? [])].join('.'),
      message: `The end marker is malformed (${issue?.message ?? 'not an object'}).`,
    };
  }
  for (const section of sections) {
    const want = parsed.data.records[section];
    const got = read.records[section];
    if (want !== got) {
      return {
        code: 'record-count-mismatch',
        field: `end.records.${section}`,
        message: `The file says it holds ${want} ${section} record(s) but ${got} were read: it is incomplete or was edited. Nothing was imported; copy or export the file again.`,
      };
    }
  }
  if (parsed.data.sha256 !== read.sha256) {
    return {
      code: 'checksum-mismatch',
      field: 'end.sha256',
      message:
        'The records do not match the checksum in the end marker: the file was damaged or edited after export. Nothing was imported; export it again (or remove "end" and set "version": 1 to import an edited file knowingly).',
    };
  }
  return null;
}

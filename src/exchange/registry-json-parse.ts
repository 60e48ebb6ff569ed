/**
 * Reads the JSON exchange format: checks the format name and version, validates
 * every record with its zod schema, and checks ids and references. Any problem
 * means no data: an import is all or nothing.
 */
import type { z } from 'zod';
import type { Problem } from '../domain/errors.js';
import { Article, Court, CreditRatio, Facility, Person, Source } from '../domain/record.js';
import {
  READABLE_VERSIONS,
  readableVersions,
  REGISTRY_FORMAT,
  REGISTRY_FORMAT_VERSION,
  SECTIONS,
  allowedSectionsOf,
  sectionsOf,
  type RegistryData,
  type Section,
} from './format.js';
import { RegistryDigest, endProblem } from './registry-end.js';
import { ProblemList, validateRecord } from './problems.js';
import { registryReferenceProblems } from './references.js';
import { RegistryScanner, ScanError } from './registry-scan.js';

export interface ParseResult {
  /** The registry, or null when there was any problem. */
  data: RegistryData | null;
  problems: Problem[];
}

export interface ParseOptions {
  /** Stop listing problems after this many (default 1000). */
  maxProblems?: number;
}

const SCHEMAS: Record<Section, z.ZodType> = {
  articles: Article,
  creditRatios: CreditRatio,
  courts: Court,
  facilities: Facility,
  sources: Source,
  persons: Person,
};
const TOP_KEYS = ['format', 'version', 'exportedAt', 'end'];

/**
 * The document, read by the same streaming reader as the import
 * (`registry-scan.ts`): the layout does not matter, and records are parsed one by
 * one. Text that does not start with `{` is handed on as it is, for the
 * "not a registry" message.
 */
function parseJson(text: string): { doc: unknown } | { problem: Problem } {
  if (
    !text
      .trimStart()
      .replace(/^\ufeff/, '')
      .startsWith('{')
  )
    return plainJson(text);
  const doc: Record<string, unknown> = {};
  const scanner = new RegistryScanner(Number.MAX_SAFE_INTEGER);
  try {
    for (const item of scanner.feed(new TextEncoder().encode(text))) {
      if (item.kind === 'key') doc[item.key] = JSON.parse(item.json) as unknown;
      else if (item.kind === 'section') doc[item.section] = [];
      else if (item.kind === 'record') (doc[item.section] as unknown[]).push(JSON.parse(utf8.decode(item.bytes)));
    }
    scanner.finish();
  } catch (e) {
    const row = e instanceof ScanError ? e.line : undefined;
    const code = e instanceof ScanError ? e.code : 'invalid-json';
    const text = (e as Error).message;
    const message = code === 'invalid-section' ? text : `The file is not valid JSON: ${text}`;
    return { problem: { code, message, ...(row ? { row } : {}) } };
  }
  return { doc };
}

function plainJson(text: string): { doc: unknown } | { problem: Problem } {
  try {
    return { doc: JSON.parse(text) as unknown };
  } catch (e) {
    return { problem: { code: 'invalid-json', message: `The file is not valid JSON: ${(e as Error).message}` } };
  }
}

const utf8 = new TextDecoder('utf-8');

/** Format name and version; a problem when this reader cannot read the file. */
function headerProblem(doc: unknown): Problem | null {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    return { code: 'not-a-registry', message: 'Expected a JSON object with "format": "rollcall-registry".' };
  }
  const { format, version } = doc as Record<string, unknown>;
  if (format !== REGISTRY_FORMAT) {
    return {
      code: 'unknown-format',
      field: 'format',
      message: `Expected "format": "${REGISTRY_FORMAT}"; got ${JSON.stringify(format) ?? 'nothing'}. Is this a Rollcall registry export?`,
    };
  }
  if (typeof version !== 'number' || !READABLE_VERSIONS.includes(version)) {
    const newer = typeof version === 'number' && version > REGISTRY_FORMAT_VERSION;
    return {
      code: 'unsupported-version',
      field: 'version',
      message:
        `This file is format version ${JSON.stringify(version) ?? '(missing)'}; this Rollcall reads versions ${readableVersions()}.` +
        (newer ? ' Upgrade Rollcall to read it.' : ''),
    };
  }
  return null;
}

function topLevel(doc: Record<string, unknown>, problems: ProblemList): void {
  const version = doc.version as number;
  const keys = new Set<string>([...TOP_KEYS, ...allowedSectionsOf(version)]);
  for (const key of Object.keys(doc)) {
    if (!keys.has(key)) {
      problems.add({ code: 'unknown-field', field: key, message: `"${key}" is not part of the format; remove it.` });
    }
  }
  if (doc.exportedAt !== undefined && typeof doc.exportedAt !== 'string') {
    problems.add({
      code: 'invalid-field',
      field: 'exportedAt',
      message: 'exportedAt must be an ISO timestamp string.',
    });
  }
  for (const name of allowedSectionsOf(version)) {
    if (doc[name] === undefined && !sectionsOf(version).includes(name)) continue;
    if (!Array.isArray(doc[name])) {
      problems.add({
        code: doc[name] === undefined ? 'missing-section' : 'invalid-section',
        field: name,
        message: `"${name}" must be an array of records (write [] when there are none).`,
      });
    }
  }
}

function readSection(name: Section, items: unknown[], problems: ProblemList): unknown[] {
  const out: unknown[] = [];
  items.forEach((item, i) => {
    const id = (item as { id?: unknown } | null)?.id;
    const what = `${name} record ${i + 1}${typeof id === 'string' ? ` (${id})` : ''}`;
    const record = validateRecord(SCHEMAS[name], item, { row: i + 1, prefix: `${name}.${i}`, what }, problems);
    if (record !== null) out.push(record);
  });
  return out;
}

/** Version 2 ends with counts and a checksum of the records (see `registry-end.ts`); version 1 has none. */
function checkEnd(doc: Record<string, unknown>, sections: Record<Section, unknown[]>, problems: ProblemList): void {
  if (doc.version === 1) {
    if (doc.end !== undefined) {
      problems.add({
        code: 'unknown-field',
        field: 'end',
        message: 'Format version 1 has no "end"; say "version": 2 or 3.',
      });
    }
    return;
  }
  if (doc.end === undefined) {
    problems.add({
      code: 'missing-end',
      field: 'end',
      message: 'The file has no end marker: it was cut short or edited.',
    });
    return;
  }
  const digest = new RegistryDigest();
  for (const name of SECTIONS) for (const record of sections[name]) digest.add(name, JSON.stringify(record));
  const problem = endProblem(doc.end, digest.end(), doc.version as number);
  if (problem) problems.add(problem);
}

/**
 * Parses and checks a registry file. Problems carry the record number in its
 * section (`row`, 1-based), the dotted path in the document (`field`, e.g.
 * `persons.3.events.0.date`) and the record id when known.
 *
 * @example
 * const { data, problems } = parseRegistryJson(text);
 * if (!data) for (const p of problems) console.error(`${p.field}: ${p.message}`);
 */
export function parseRegistryJson(text: string, opts: ParseOptions = {}): ParseResult {
  const parsed = parseJson(text);
  if ('problem' in parsed) return { data: null, problems: [parsed.problem] };
  const header = headerProblem(parsed.doc);
  if (header) return { data: null, problems: [header] };
  const doc = parsed.doc as Record<string, unknown>;
  const problems = new ProblemList(opts.maxProblems ?? 1000);
  topLevel(doc, problems);
  if (problems.count > 0) return { data: null, problems: problems.result() };

  const sections = {} as Record<Section, unknown[]>;
  for (const name of SECTIONS) sections[name] = readSection(name, (doc[name] as unknown[] | undefined) ?? [], problems);
  const data: RegistryData = {
    ...(typeof doc.exportedAt === 'string' ? { exportedAt: doc.exportedAt } : {}),
    articles: sections.articles as Article[],
    creditRatios: sections.creditRatios as CreditRatio[],
    courts: sections.courts as Court[],
    facilities: sections.facilities as Facility[],
    sources: sections.sources as Source[],
    persons: sections.persons as Person[],
  };
  if (problems.count === 0) registryReferenceProblems(data, problems);
  if (problems.count === 0) checkEnd(doc, sections, problems);
  return problems.count === 0 ? { data, problems: [] } : { data: null, problems: problems.result() };
}

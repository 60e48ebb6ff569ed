import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readRegistryChunks, PERSON_BATCH, PERSON_BATCH_BYTES, type RegistryChunk } from './registry-lines.js';
import { batchLines } from './import-pool.js';
import { RollcallError } from '../domain/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'rollcall-lines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function all(path: string, readSize?: number): Promise<RegistryChunk[]> {
  const out: RegistryChunk[] = [];
  for await (const chunk of readRegistryChunks(path, readSize)) out.push(chunk);
  return out;
}

/** Records as (section, row, value) whatever the chunking. */
function flatten(chunks: RegistryChunk[]): Array<[string, number, unknown]> {
  return chunks.flatMap((c): Array<[string, number, unknown]> => {
    if (c.kind === 'record') return [[c.section, c.row, c.value]];
    if (c.kind === 'problem') return [[c.problem.section, c.problem.row, { problem: c.problem.code }]];
    if (c.kind === 'end') return [];
    return batchLines(c).map((l): [string, number, unknown] => [
      'persons',
      l.row,
      l.invalidUtf8 ? { problem: 'invalid-utf8' } : JSON.parse(l.text.replace(/,$/, '')),
    ]);
  });
}

const person = (n: number) => ({ id: `p-${n}`, names: [{ family: 'Бабіч', given: 'Раман' }] });
const layout = (persons: unknown[], eol = '\n') =>
  [
    '{',
    '  "format": "rollcall-registry",',
    '  "version": 1,',
    '  "facilities": [',
    '    {"id":"f-1"},',
    '    {"id":"f-2"}',
    '  ],',
    '  "sources": [],',
    '  "persons": [',
    ...persons.map((p, i) => `    ${JSON.stringify(p)}${i < persons.length - 1 ? ',' : ''}`),
    '  ]',
    '}',
    '',
  ].join(eol);

describe('readRegistryChunks', () => {
  it('yields small-section records parsed and persons as batches of lines, in file order', async () => {
    const persons = Array.from({ length: PERSON_BATCH + 3 }, (_, i) => person(i + 1));
    const chunks = await all(file('a.json', layout(persons)));
    expect(
      chunks
        .filter((c) => c.kind === 'person-lines')
        .map((c) => [c.kind === 'person-lines' && c.firstRow, c.kind === 'person-lines' && c.count]),
    ).toEqual([
      [1, PERSON_BATCH],
      [PERSON_BATCH + 1, 3],
    ]);
    const records = flatten(chunks);
    expect(records.slice(0, 2)).toEqual([
      ['facilities', 1, { id: 'f-1' }],
      ['facilities', 2, { id: 'f-2' }],
    ]);
    expect(records.slice(2).map((r) => r[2])).toEqual(persons);
    expect(records.slice(2).map((r) => r[1])).toEqual(persons.map((_, i) => i + 1));
  });

  it('ends a batch early when it holds PERSON_BATCH_BYTES, so a worker never holds much at once', async () => {
    const big = Array.from({ length: 6 }, (_, i) => ({
      ...person(i + 1),
      note: 'x'.repeat(Math.ceil(PERSON_BATCH_BYTES / 3)),
    }));
    const chunks = await all(file('big.json', layout(big)));
    const counts = chunks.flatMap((c) => (c.kind === 'person-lines' ? [c.count] : []));
    expect(counts).toEqual([3, 3]);
    expect(
      flatten(chunks)
        .slice(2)
        .map((r) => r[1]),
    ).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('reads the same whatever the read size, CRLF line ends and multi-byte letters split across reads', async () => {
    const persons = Array.from({ length: 40 }, (_, i) => person(i + 1));
    const expected = flatten(await all(file('b.json', layout(persons))));
    for (const size of [7, 64, 1000]) {
      expect(flatten(await all(file(`c${size}.json`, layout(persons, '\r\n')), size))).toEqual(expected);
    }
  });

  it('reports a line in the wrong place with its number', async () => {
    const text = layout([person(1)]).replace('  "sources": [],', '  "sources": [],\n  oops');
    await expect(all(file('d.json', text))).rejects.toThrow(/Line 9 is not where a registry file can have it: oops/);
  });

  it('marks a record line that is not JSON instead of stopping', async () => {
    const text = layout([person(1)]).replace('{"id":"f-2"}', '{"id":"f-2"');
    const records = flatten(await all(file('e.json', text)));
    expect(records[1]).toEqual(['facilities', 2, { problem: 'invalid-json' }]);
  });

  it('checks the format and version', async () => {
    const wrong = layout([]).replace('"version": 1', '"version": 9');
    const error = await all(file('f.json', wrong)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RollcallError);
    expect((error as RollcallError).code).toBe('unsupported-version');
  });

  it('streams a file laid out otherwise (one line, or pretty-printed) into the same records', async () => {
    const data = { format: 'rollcall-registry', version: 1, sources: [], persons: [person(1), person(2)] };
    for (const indent of [undefined, 1, 2]) {
      const records = flatten(await all(file(`g${indent}.json`, JSON.stringify(data, null, indent))));
      expect(records).toEqual([
        ['persons', 1, person(1)],
        ['persons', 2, person(2)],
      ]);
    }
  });
});

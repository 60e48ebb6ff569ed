import { describe, expect, it } from 'vitest';
import { generateRegistry } from '../demo/generator.js';
import { projectPerson } from '../domain/project-person.js';
import { Person } from '../domain/record.js';
import { preparedPersons, preparePersons, type PersonLine } from './import-prepare.js';

const { persons, facilities, sources } = generateRegistry({ size: 60, seed: 11 });
const known = { facilities: new Set(facilities.map((f) => f.id)), sources: new Set(sources.map((s) => s.id)) };
const utf8 = new TextDecoder();
/** The document as stored: the schema's output, in the schema's key order. */
const canonical = (p: unknown) => JSON.stringify(Person.parse(p));

describe('preparePersons / preparedPersons', () => {
  it('gives back each valid person with its canonical document and exactly its projection', () => {
    const lines: PersonLine[] = persons.map((p, i) => ({ row: i + 1, text: `${JSON.stringify(p)},` }));
    const batch = preparePersons(lines, known, 64); // a small block: it has to grow
    expect(batch.problems).toEqual([]);
    expect(batch.ids).toEqual(persons.map((p) => p.id));
    const decoded = preparedPersons(batch);
    decoded.forEach((prepared, i) => {
      expect(prepared.row).toBe(i + 1);
      expect(utf8.decode(prepared.doc)).toBe(canonical(persons[i]));
      // Strict: no field lost or turned from null to undefined on the way through bytes.
      expect(prepared.projection).toStrictEqual(projectPerson(persons[i]!));
    });
    expect(preparedPersons(batch, 10, 13).map((p) => p.id)).toEqual(persons.slice(10, 13).map((p) => p.id));
  });

  it('leaves out lines with problems, reporting their rows, and keeps the others in order', () => {
    const lines: PersonLine[] = [
      { row: 1, text: JSON.stringify(persons[0]) },
      { row: 2, text: '{"id": "p-broken",' },
      { row: 3, text: JSON.stringify({ ...persons[1], visibility: 'secret' }) },
      { row: 4, text: JSON.stringify({ ...persons[2], nickname: 'x' }) },
      { row: 5, text: JSON.stringify(persons[3]) },
    ];
    const batch = preparePersons(lines, known);
    expect(batch.problems.map((p) => [p.row, p.code])).toEqual([
      [2, 'invalid-json'],
      [3, 'invalid-field'],
      [4, 'unknown-field'],
    ]);
    const decoded = preparedPersons(batch);
    expect(decoded.map((p) => [p.row, p.id])).toEqual([
      [1, persons[0]!.id],
      [5, persons[3]!.id],
    ]);
    expect(utf8.decode(decoded[1]!.doc)).toBe(canonical(persons[3]));
  });
});

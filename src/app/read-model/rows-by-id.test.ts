import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempApp } from '../../testing/temp-app.js';
import { loadDemo } from '../demo.js';
import { deletePerson, getPerson, writePerson } from '../persons.js';
import { FOLD_AT, publicRowsById, RowsById } from './rows-by-id.js';
import { publicTabRows } from './lists.js';
import type { PersonSummaryRow } from '../ports.js';

let env: Awaited<ReturnType<typeof tempApp>>;
beforeAll(async () => {
  env = await tempApp();
  await loadDemo(env.ctx, { synthetic: 60, internal: true });
}, 60_000);
afterAll(() => env.cleanup());

/** Every public row by id, as the store gives them now. */
async function fromStore(): Promise<Map<string, PersonSummaryRow>> {
  const rows = await env.ctx.store.read((r) => r.persons.list({ audience: 'public', sort: 'name' }));
  return new Map(rows.map((row) => [row.id, row]));
}

const AT = '2026-01-01T00:00:00Z';

describe('public rows by id', () => {
  it('carried through edits, a person made internal and a deletion, equal the rows built afresh', async () => {
    const before = await publicRowsById(env.ctx);
    const ids = (await publicTabRows(env.ctx)).map((row) => row.id);
    const internalIds = (await env.ctx.store.read((r) => r.persons.list({ audience: 'staff', sort: 'name' })))
      .filter((row) => !row.isPublic)
      .map((row) => row.id);
    expect(internalIds.length).toBeGreaterThan(0);
    const [edited, hidden, deleted] = ids;
    const person = await getPerson(env.ctx, edited!);
    await env.ctx.store.write((r) =>
      writePerson(r, { ...person, sex: person.sex === 'male' ? 'female' : 'male' }, { actor: 't' }, AT),
    );
    const hiding = await getPerson(env.ctx, hidden!);
    await env.ctx.store.write((r) => writePerson(r, { ...hiding, visibility: 'internal' }, { actor: 't' }, AT));
    await deletePerson(env.ctx, deleted!, { actor: 't' });
    const carried = await publicRowsById(env.ctx);
    expect(carried).not.toBe(before);
    const expected = await fromStore();
    expect(new Map(carried.entries())).toEqual(expected);
    for (const id of [...ids, ...internalIds]) expect(carried.get(id)).toEqual(expected.get(id));
    expect(carried.has(hidden!)).toBe(false);
    expect(carried.has(deleted!)).toBe(false);
    for (const id of internalIds) expect(carried.has(id)).toBe(false);
  });

  it('fold their layer of changes into a new base and answer the same', () => {
    const row = (id: string, sortName: string) => ({ id, sortName }) as PersonSummaryRow;
    let rows = new RowsById(new Map([['p-0', row('p-0', 'a')]]));
    for (let i = 1; i <= FOLD_AT + 5; i++) rows = rows.with(new Set([`p-${i}`]), [row(`p-${i}`, String(i))]);
    rows = rows.with(new Set(['p-0']), []);
    expect(rows.has('p-0')).toBe(false);
    expect(rows.get(`p-${FOLD_AT + 5}`)?.sortName).toBe(String(FOLD_AT + 5));
    expect([...rows.entries()].length).toBe(FOLD_AT + 5);
  });
});

/**
 * The public index rows by person id, per data version, carried in O(changes): the map
 * built from the rows is kept as a base, and each version adds a small layer of the rows
 * changed since (a person made internal or deleted is a tombstone). The layer is folded
 * into a new base once it holds {@link FOLD_AT} people, so a lookup stays two map reads and
 * a version costs a copy of at most that many entries, not of 100,000.
 *
 * @example
 * const rows = await publicRowsById(ctx);
 * rows.get('p-kav')?.status; // 'imprisoned'
 */
import type { AppContext } from '../context.js';
import type { PersonSummaryRow } from '../ports.js';
import { publicTabRows } from './lists.js';
import { readPart, type Part } from './snapshot.js';

/** Changed people kept in the layer before it is folded into the base. */
export const FOLD_AT = 1024;

/** Public rows by id: a base map and the layer of rows changed since it was made. */
export class RowsById {
  constructor(
    private readonly base: ReadonlyMap<string, PersonSummaryRow>,
    /** A changed person's row now; null when they have no public row any more. */
    private readonly layer: ReadonlyMap<string, PersonSummaryRow | null> = new Map(),
  ) {}

  get(id: string): PersonSummaryRow | undefined {
    const changed = this.layer.get(id);
    return changed === undefined ? this.base.get(id) : (changed ?? undefined);
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  /** The same rows with `rows` for the people `ids` (a person of `ids` without a row is gone). */
  with(ids: ReadonlySet<string>, rows: readonly PersonSummaryRow[]): RowsById {
    const layer = new Map(this.layer);
    for (const id of ids) layer.set(id, null);
    for (const row of rows) layer.set(row.id, row);
    if (layer.size < FOLD_AT) return new RowsById(this.base, layer);
    const base = new Map(this.base);
    for (const [id, row] of layer) {
      if (row) base.set(id, row);
      else base.delete(id);
    }
    return new RowsById(base);
  }

  /** Every public row, by id (a whole pass: for tests and exports, not per request). */
  *entries(): IterableIterator<[string, PersonSummaryRow]> {
    for (const [id, row] of this.base) if (!this.layer.has(id)) yield [id, row];
    for (const [id, row] of this.layer) if (row) yield [id, row];
  }
}

const rowsByIdPart: Part<RowsById> = {
  name: 'rows-by-id',
  audience: 'public',
  build: async (ctx) => new RowsById(new Map((await publicTabRows(ctx)).map((row) => [row.id, row]))),
  async carry(old, changes, ctx) {
    const changed = changes.ids('person');
    if (changed.size === 0) return old;
    const rows = await ctx.store.read((r) => r.persons.list({ audience: 'public', sort: 'name', ids: [...changed] }));
    return old.with(changed, rows);
  },
};

/** Public index rows by id (per data version). */
export function publicRowsById(ctx: AppContext): Promise<RowsById> {
  return readPart(ctx, rowsByIdPart);
}

/**
 * The desk's facts about every person, a part of the read model (staff audience):
 * how many warnings and errors the consistency checks find in the record, and the day
 * of the latest dated source it cites. Built once by checking every record in pages,
 * then carried from the change feed: only changed people are checked again (a changed
 * facility, source or credit ratio changes what the checks see: built afresh). Keyed
 * by the day, since checks compare dates with today.
 *
 * @example
 * const facts = await deskFacts(ctx, '2024-02-02');
 * facts.get('p-kav'); // { findings: 1, code: 'release-before-detention', lastSourceDay: 19132 }
 */
import { checkPerson } from '../../domain/checks.js';
import { dayRange } from '../../domain/partial-date.js';
import type { Person } from '../../domain/record.js';
import { checkContext } from '../checks.js';
import type { AppContext } from '../context.js';
import type { Repos } from '../ports.js';
import { readPart, type Part } from './snapshot.js';

export interface PersonDeskFacts {
  /** Warnings and errors (not infos). */
  findings: number;
  /** The first of them, to say what to fix. */
  code: string | null;
  /** The latest day of the latest dated source the record cites (null: none dated). */
  lastSourceDay: number | null;
}

export type DeskFacts = ReadonlyMap<string, PersonDeskFacts>;

const PAGE = 500;

export function deskFacts(ctx: AppContext, today: string): Promise<DeskFacts> {
  return readPart(ctx, part(today));
}

function part(today: string): Part<DeskFacts> {
  return {
    name: `desk-facts:${today}`,
    audience: 'staff',
    build: (c) =>
      c.store.read(async (repos) => {
        const facts = factsOf(await checkContext(repos, today));
        const out = new Map<string, PersonDeskFacts>();
        for (let after: string | null = null; ;) {
          const page = await repos.persons.scan(after, PAGE);
          if (page.lastId === null) break;
          for (const person of page.persons) out.set(person.id, facts(person));
          after = page.lastId;
          await new Promise<void>((resolve) => setImmediate(resolve)); // let requests through between pages
        }
        return out;
      }),
    async carry(old, changes, c) {
      if (!changes.only('person', 'digest')) return undefined;
      const ids = [...changes.ids('person')];
      if (ids.length === 0) return old;
      return c.store.read(async (repos: Repos) => {
        const facts = factsOf(await checkContext(repos, today));
        const out = new Map(old);
        const found = new Map((await repos.persons.getMany(ids)).map((p) => [p.id, p]));
        for (const id of ids) {
          const person = found.get(id);
          if (person) out.set(id, facts(person));
          else out.delete(id);
        }
        return out;
      });
    },
  };
}

function factsOf(ctx: Awaited<ReturnType<typeof checkContext>>) {
  return (person: Person): PersonDeskFacts => {
    const serious = checkPerson(person, ctx).filter((f) => f.severity !== 'info');
    return {
      findings: serious.length,
      code: serious[0]?.code ?? null,
      lastSourceDay: lastSource(person, ctx.sourceDates),
    };
  };
}

function lastSource(person: Person, dates: ReadonlyMap<string, string>): number | null {
  let last: number | null = null;
  for (const holder of [...person.events, ...person.cases]) {
    for (const id of holder.sourceIds) {
      const date = dates.get(id);
      if (!date) continue;
      const day = dayRange(date)[1];
      if (last === null || day > last) last = day;
    }
  }
  return last;
}

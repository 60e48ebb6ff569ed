/**
 * The checks' detailed messages in every language: English word for word the finding's
 * `message` (what the CLI prints), for findings of every text id; Belarusian and Russian
 * with the events' names in the language, terms and ages in the right plural forms and
 * ranges in the genitive.
 */
import { describe, expect, it } from 'vitest';
import { checkPerson, type Finding } from '../domain/checks.js';
import { FINDING_TEXT_IDS } from '../domain/checks-core.js';
import { LANGS, Person, type Case, type Event, type EventKind } from '../domain/record.js';
import { findingText } from './findings.js';

let seq = 0;
function ev(kind: EventKind, date: string, extra: Partial<Event> = {}): Event {
  return { id: `e-${++seq}`, kind, date, sourceIds: ['s-1'], visibility: 'public', ...extra };
}
function person(events: Event[], cases: Array<Partial<Case> & { id: string }> = [], extra: object = {}): Person {
  return Person.parse({ id: 'p-1', names: [{ family: 'X', system: 'latn' }], events, cases, ...extra });
}
const term = (years: number, months = 0, days = 0) => ({ years, months, days });
const prison = (years: number) => ({ kind: 'deprivation_of_liberty' as const, term: term(years) });
const ctx = {
  today: '2024-06-01',
  facilityIds: new Set(['f-1']),
  sourceIds: new Set(['s-1']),
  sourceDates: new Map([['s-1', '2024-02-02']]),
};
const inferred = { rule: 'time-served', reasoning: 'released 2024-01-29 after 1y 10m 4d as stated' } as const;

/** Dates the schema refuses (checked records may predate it): every kind of place a date has. */
function impossible(): Person {
  const p = person(
    [ev('detention', '2023-01-29')],
    [{ id: 'c-1', verdictDate: '2023-02-03', appeals: [{ date: '2023-04-03', outcome: 'upheld' }] }],
    { birthDate: '2001-02-03' },
  );
  const c = p.cases[0] as Case;
  return {
    ...p,
    birthDate: '2001-02-30',
    events: [{ ...(p.events[0] as Event), date: '2023-02-29' }],
    cases: [{ ...c, verdictDate: '2023-02-30', appeals: [{ ...c.appeals[0]!, date: '2023-04-31' }] }],
  };
}

/** People whose records make every text the checks have. */
const PEOPLE: Person[] = [
  impossible(),
  person(
    [ev('detention', '2020-01-01'), ev('trial', '2025-01-01')],
    [{ id: 'c-1', verdictDate: '2025-02', appeals: [{ date: '2025-03', outcome: 'pending' }] }],
    { birthDate: '1990-01-01' },
  ),
  person([ev('detention', '2023-05-01'), ev('release', '2024-05-06')], [], { birthDate: '2024-01' }),
  person([ev('detention', '2020-02-01')], [], { birthDate: '2019-01-01' }),
  person([ev('detention', '2020-02-01')], [], { birthDate: '2010-01-01' }),
  person([ev('detention', '2020-02-01')], [], { birthDate: '1899-01-01' }),
  person([ev('detention', '2022-03'), ev('release', '2024-01-29', { statedTimeServed: term(2, 10, 4) })]),
  person([ev('detention', '2022-03-25'), ev('release', '2024-01', { statedTimeServed: term(3) })]),
  person([ev('detention', '2022-03-25'), ev('release', '2024-01-29', { statedTimeServed: term(1) })]),
  person([ev('release', '2022-01-10')]),
  person([ev('release', '2022-03'), ev('detention', '2022-03-10')]),
  person([ev('detention', '2020-01-01'), ev('release', '2021-01-01'), ev('release', '2022-01-01')]),
  person([ev('release', '2019-05-01'), ev('detention', '2020-03-25')]),
  person(
    [ev('detention', '2020-01-10'), ev('recognition', '2020-02-01')],
    [{ id: 'c-1', verdictDate: '2020-06-01', punishment: prison(3) }],
  ),
  person(
    [
      ev('detention', '2018-01-01', { caseId: 'c-1' }),
      ev('verdict', '2018-06-01', { caseId: 'c-2' }),
      ev('release', '2023-01-01', { caseId: 'c-1' }),
    ],
    [
      { id: 'c-1', punishment: prison(1) },
      { id: 'c-2', punishment: prison(1) },
    ],
  ),
  person(
    [ev('verdict', '2020-11', { caseId: 'c-1' }), ev('detention', '2021-05-01', { caseId: 'c-1', inferred })],
    [{ id: 'c-1', verdictDate: '2020-11', punishment: prison(3) }],
  ),
  person(
    [ev('verdict', '2020-11', { caseId: 'c-1' }), ev('detention', '2021-05-01', { caseId: 'c-1' })],
    [{ id: 'c-1', punishment: prison(3) }],
  ),
  person([ev('detention', '2020-01-01'), ev('release', '2022-01-10'), ev('transfer', '2022-03')]),
  person([ev('detention', '2020-01-01'), ev('recognition_end', '2020-02-01')]),
  person([ev('death', '2021-01-01'), ev('trial', '2021-05-01')]),
  person(
    [
      ev('detention', '2020-01-01', { facilityId: 'f-x', sourceIds: ['s-x'] }),
      ev('release', '2020-02-01', { sourceIds: [] }),
    ],
    [{ id: 'c-1', sourceIds: ['s-x'] }],
  ),
  person([ev('detention', '2022-03-25', { inferred, sourceIds: [] })], [], { photo: { ref: 'photos/p-1.jpg' } }),
];

function findings(): Finding[] {
  const out = PEOPLE.flatMap((p) => checkPerson(p, ctx));
  const photo = PEOPLE[PEOPLE.length - 1] as Person;
  const external = { ...photo, photo: { ...photo.photo!, ref: 'https://example.org/p.jpg' } };
  return [...out, ...checkPerson(external, ctx)];
}

describe('findingText', () => {
  const all = findings();

  it('has findings of every text id', () => {
    expect(new Set(all.map((f) => f.text.id))).toEqual(new Set(FINDING_TEXT_IDS));
  });

  it('in English is the finding’s message, word for word', () => {
    for (const f of all) expect(findingText(f.text, 'en'), f.text.id).toBe(f.message);
  });

  it('in Belarusian and Russian names events in the language and leaves no English behind', () => {
    for (const lang of LANGS.filter((l) => l !== 'en'))
      for (const f of all) {
        const text = findingText(f.text, lang);
        expect(text, `${lang} ${f.text.id}`).not.toMatch(
          /\b(detention|release|verdict|trial|years?|months?|days?|case|between)\b/,
        );
        expect(text).not.toBe(f.message);
        if (f.eventId) expect(text, `${lang} ${f.text.id}`).toMatch(/«[А-ЯЁІЎ][^»]*» (e-\d+|\d{4})/);
      }
  });

  it('writes ages, terms, ranges and cases with the right forms', () => {
    const text = (id: string, lang: 'be' | 'ru') =>
      all.filter((f) => f.text.id === id).map((f) => findingText(f.text, lang));
    expect(text('implausible-age.young', 'ru')).toEqual([
      expect.stringContaining('человеку было не больше 1 года, а до 14 лет'),
      expect.stringContaining('человеку было не больше 10 лет,'),
    ]);
    expect(text('implausible-age.young', 'be')).toEqual([
      expect.stringContaining('не больш за 1 год,'),
      expect.stringContaining('не больш за 10 гадоў,'),
    ]);
    expect(text('implausible-age.old', 'ru')[0]).toContain('не меньше 121 года.');
    expect(text('implausible-age.old', 'be')[0]).toContain('не менш за 121 год.');
    expect(text('stated-time-served-mismatch', 'ru')[0]).toBe(
      'Указано 3 года, но с «Задержание» 2022-03-25 по «Освобождение» 2024-01 — от 1 года, 9 месяцев и 7 дней до 1 года, 10 месяцев и 6 дней. Проверьте: сверьте с источниками дату задержания, дату освобождения и указанный срок.',
    );
    expect(text('stated-time-served-mismatch', 'be')[0]).toContain(
      'Пазначана 3 гады, але з «Затрыманне» 2022-03-25 па «Вызваленне» 2024-01 — ад 1 года, 9 месяцаў і 7 дзён да 1 года, 10 месяцаў і 6 дзён.',
    );
    expect(text('served-longer-than-sentence.ongoing', 'ru')[0]).toContain(
      'срок по делу c-1 (3 года) истёк не позже 2023-01-10',
    );
    expect(text('served-longer-than-sentence.ended', 'ru')[0]).toContain('дольше срока по делам c-1, c-2 (2 года).');
    expect(text('served-longer-than-sentence.ended', 'be')[0]).toContain(
      'даўжэй за тэрмін па справах c-1, c-2 (2 гады).',
    );
    expect(text('events-out-of-order.verdict', 'be')[0]).toContain('(яе дата выведзеная: released 2024-01-29');
    expect(text('invalid-date', 'ru')).toContain(
      'Такой даты нет в календаре: дата рождения — «2001-02-30». Исправьте её (ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД).',
    );
    expect(text('invalid-date', 'be')).toContain(
      'Такой даты няма ў календары: дата апеляцыі па справе c-1 — «2023-04-31». Выпраўце яе (ГГГГ, ГГГГ-ММ або ГГГГ-ММ-ДД).',
    );
  });
});

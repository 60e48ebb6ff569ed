import { describe, expect, it } from 'vitest';
import { demoRegistry } from '../../demo/digest-2024-01.js';
import { CRIMINAL_CODE_ARTICLES } from '../reference-data.js';
import type { Lang, Person } from '../record.js';
import { digestWarnings } from './checks.js';
import { draftDigest } from './draft.js';
import { entryFor } from './entries.js';
import { addEntry } from './edit.js';
import { EXAMPLE_DIGEST_2024_01 } from './fixtures/example-2024-01.js';

const EXAMPLE = EXAMPLE_DIGEST_2024_01;
/** The example's entry headers, read from its text ("Political prisoner NAME — … of imprisonment"). */
const EXAMPLE_HEADERS = EXAMPLE.split('\n')
  .map((line) => line.trim())
  .filter((line) => /^Political prisoner .+ — .+ of imprisonment$/.test(line));

function demo(corrected: boolean) {
  const registry = demoRegistry({ synthetic: 0 });
  const persons = corrected
    ? registry.persons.map((p) => registry.corrections.find((c) => c.personId === p.id)?.apply(p) ?? p)
    : registry.persons;
  const refs = {
    facilities: new Map(registry.facilities.map((f) => [f.id, f])),
    sources: new Map(registry.sources.map((s) => [s.id, s])),
    articles: CRIMINAL_CODE_ARTICLES,
  };
  return { persons, refs };
}

function draft(
  persons: Person[],
  refs: ReturnType<typeof demo>['refs'],
  lang: Lang = 'en',
  kind = 'releases' as const,
) {
  return draftDigest({
    kind,
    month: '2024-01',
    lang,
    persons,
    refs,
    imprisonedNow: 1416,
    asOf: '2024-02-02',
    now: '2024-02-02T12:00:00.000Z',
  });
}

const checkCtx = (refs: ReturnType<typeof demo>['refs']) => ({
  today: '2024-02-02',
  facilityIds: new Set(refs.facilities.keys()),
  sourceIds: new Set(refs.sources.keys()),
});

describe('the January 2024 release digest from the demo data', () => {
  it('reads five entry headers from the example text', () => {
    expect(EXAMPLE_HEADERS).toHaveLength(5);
  });

  it('reproduces every named entry header of the example exactly (corrected data)', () => {
    const { persons, refs } = demo(true);
    const digest = draft(persons, refs);
    expect(digest.entries.map((e) => e.heading).sort()).toEqual([...EXAMPLE_HEADERS].sort());
  });

  it('reproduces the opening figures the demo data holds', () => {
    const { persons, refs } = demo(true);
    const digest = draft(persons, refs);
    expect(digest.figures).toMatchObject({ termServed: 5, termServedOverThreeYears: 2, imprisonedNow: 1416 });
    expect(EXAMPLE).toContain('there are 1,416 political prisoners in Belarus');
    expect(digest.opening.paragraphs[0]).toContain('there are 1,416 political prisoners in Belarus');
    expect(EXAMPLE).toContain('political prisoners released in January having served their sentences');
    expect(digest.opening.title).toBe('5 political prisoners released in January having served their sentences');
    expect(digest.opening.paragraphs[0]).toContain('2 of them spent more than three years behind bars');
  });

  it('builds each narrative from the record: detention, charges with titles, sentence, facility, release, source', () => {
    const { persons, refs } = demo(true);
    const entry = draft(persons, refs).entries.find((e) => e.personId === 'p-mikhniuk')!;
    const text = entry.paragraphs.join('\n');
    expect(text).toContain('detained on March 25, 2022');
    expect(text).toContain('Part 1 of Article 368 (Insulting the President) of the Criminal Code');
    expect(text).toContain('In May 2022, the court sentenced her to 2 years of deprivation of liberty');
    expect(text).toContain('On January 29, 2024, she was released after serving the sentence in full');
    expect(text).toContain('Brest Viasna');
    expect(entry.paragraphs.at(-1)).toMatch(/^Trade union activist/);
  });

  it('has no warnings once the editor has corrected the data', () => {
    const { persons, refs } = demo(true);
    const digest = draft(persons, refs);
    expect(digestWarnings(digest, new Map(persons.map((p) => [p.id, p])), checkCtx(refs))).toEqual([]);
  });

  it('carries the checks’ warnings on the data as first written', () => {
    const { persons, refs } = demo(false);
    const digest = draft(persons, refs);
    const warnings = digestWarnings(digest, new Map(persons.map((p) => [p.id, p])), checkCtx(refs));
    expect(warnings.map((w) => `${w.personId} ${w.code}`)).toContain('p-mikhniuk stated-time-served-mismatch');
    const mikhniuk = digest.entries.find((e) => e.personId === 'p-mikhniuk')!;
    expect(EXAMPLE_HEADERS).not.toContain(mikhniuk.heading);
    // Takarchuk's release "on May 6" keeps him out of January; an editor adding him is warned.
    expect(digest.entries.map((e) => e.personId)).not.toContain('p-takarchuk');
    const takarchuk = persons.find((p) => p.id === 'p-takarchuk')!;
    const withHim = addEntry(
      digest,
      entryFor('releases', takarchuk, '2024-01', 'en', refs, { anyMonth: true })!,
      'now',
    );
    const codes = digestWarnings(withHim, new Map(persons.map((p) => [p.id, p])), checkCtx(refs))
      .filter((w) => w.personId === 'p-takarchuk')
      .map((w) => w.code);
    expect(codes).toContain('event-outside-month');
  });

  it('writes Belarusian and Russian digests with names in their script and correct grammar', () => {
    const { persons, refs } = demo(true);
    const be = draft(persons, refs, 'be');
    const ru = draft(persons, refs, 'ru');
    expect(be.opening.title).toBe('5 палітвязняў выйшлі на волю ў студзені, цалкам адбыўшы тэрмін');
    expect(ru.opening.title).toBe('5 политзаключённых вышли на свободу в январе, полностью отбыв срок');
    expect(be.entries.map((e) => e.heading)).toContain(
      'Палітвязніца Зінаіда Міхнюк — 1 год, 10 месяцаў і 4 дні за кратамі',
    );
    expect(ru.entries.map((e) => e.heading)).toContain(
      'Политзаключённая Зинаида Михнюк — 1 год, 10 месяцев и 4 дня за решёткой',
    );
    expect(ru.entries.map((e) => e.heading)).toContain(
      'Политзаключённый Андрей Белявский — 1 год, 8 месяцев и 8 дней за решёткой',
    );
    for (const d of [be, ru]) expect(d.entries.flatMap((e) => e.paragraphs).join(' ')).not.toMatch(/г\.\./);
  });

  it('drafts convictions and recognitions of a month', () => {
    const { persons, refs } = demo(true);
    const convictions = draftDigest({
      kind: 'convictions',
      month: '2022-08',
      lang: 'en',
      persons,
      refs,
      imprisonedNow: null,
      asOf: '2024-02-02',
      now: 'x',
    });
    expect(convictions.opening.title).toBe('1 political prisoner sentenced in August');
    expect(convictions.entries[0]!.heading).toBe(
      'Political prisoner Andrei Bialiauski — 2 years of deprivation of liberty (general-regime colony)',
    );
    const recognitions = draftDigest({
      kind: 'recognitions',
      month: '2024-02',
      lang: 'ru',
      persons,
      refs,
      imprisonedNow: 10,
      asOf: '2024-02-02',
      now: 'x',
    });
    expect(recognitions.figures.count).toBe(recognitions.entries.length);
    expect(recognitions.opening.paragraphs[0]).toContain(
      `Признаны политзаключёнными в феврале: ${recognitions.entries.length}.`,
    );
  });

  it('leaves out internal records and refuses a malformed month', () => {
    const { persons, refs } = demo(true);
    const hidden = persons.map((p) => (p.id === 'p-babich' ? { ...p, visibility: 'internal' as const } : p));
    expect(draft(hidden, refs).entries.map((e) => e.personId)).not.toContain('p-babich');
    expect(() =>
      draftDigest({
        kind: 'releases',
        month: '2024-13',
        lang: 'en',
        persons,
        refs,
        imprisonedNow: null,
        asOf: '2024-02-02',
        now: 'x',
      }),
    ).toThrow(/YYYY-MM/);
  });
});

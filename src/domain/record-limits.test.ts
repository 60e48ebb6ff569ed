/**
 * What the record's schemas refuse (issue 11, items 11 and 12): impossible and
 * out-of-range dates, links that are not http(s), photo refs that are not on the
 * site, and oversized fields and lists. Each is refused naming the field.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CreditRatio, LIMITS, Person, Photo, Source, YEAR_RANGE } from './record.js';

const person = (extra: Record<string, unknown> = {}) => ({
  id: 'p-1',
  names: [{ family: 'Kowalska', system: 'latn' }],
  ...extra,
});

/** The paths and messages of what `schema` refuses in `input` (empty when it is accepted). */
function refused(schema: z.ZodType, input: unknown): Array<{ path: string; message: string }> {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('dates', () => {
  it('refuses year 0000 and years outside the range, and accepts its ends', () => {
    expect(refused(Person, person({ birthDate: '0000' }))).toEqual([
      { path: 'birthDate', message: expect.stringMatching(/year 0000 is out of range/) },
    ]);
    expect(refused(Person, person({ birthDate: '~0202-05' }))).toHaveLength(1);
    expect(refused(Person, person({ birthDate: '2202-05-01' }))).toHaveLength(1);
    expect(refused(Person, person({ birthDate: `${YEAR_RANGE.min}` }))).toEqual([]);
    expect(refused(Person, person({ birthDate: `${YEAR_RANGE.max}-12-31` }))).toEqual([]);
  });

  it('refuses impossible days, naming the field', () => {
    const events = [{ id: 'e-1', kind: 'detention', date: '2023-02-29' }];
    expect(refused(Person, person({ events }))).toEqual([
      { path: 'events.0.date', message: expect.stringMatching(/no such day: 2023-02-29/) },
    ]);
    expect(refused(Person, person({ events: [{ ...events[0], date: '~2024-02-29' }] }))).toEqual([]);
    expect(refused(Person, person({ events: [{ ...events[0], date: '2023-04-31' }] }))).toHaveLength(1);
  });

  it('refuses a credit ratio dated 2024-02-30', () => {
    const ratio = { from: '2024-02-30', punishment: 'deprivation_of_liberty', ratio: 1.5, basis: 'x', verified: true };
    expect(refused(CreditRatio, ratio)).toEqual([{ path: 'from', message: expect.stringMatching(/no such day/) }]);
    expect(refused(CreditRatio, { ...ratio, from: '2024-02-29' })).toEqual([]);
  });
});

describe('links', () => {
  const source = (url: string) => ({ id: 's-1', kind: 'publication', title: 'T', url });

  it('accepts only http and https URLs for sources', () => {
    expect(refused(Source, source('https://spring96.org/en/news/1'))).toEqual([]);
    expect(refused(Source, source('http://example.org/'))).toEqual([]);
    for (const bad of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,<script>x</script>',
      'ftp://x/y',
    ]) {
      expect(refused(Source, source(bad)), bad).toEqual([{ path: 'url', message: expect.any(String) }]);
    }
  });

  it('accepts photo refs on the site only, and refuses URLs (https too), scripts, data and escapes', () => {
    for (const ok of ['photos/p-1.jpg', '/photos/p-1.jpg', 'p_1.jpg']) {
      expect(refused(Photo, { ref: ok }), ok).toEqual([]);
    }
    const bad = [
      'javascript:alert(1)',
      'data:image/png;base64,AAAA',
      'http://tracker.example/p.jpg',
      'https://tracker.example/p.jpg',
      '//tracker.example/p.jpg',
      '../secret.jpg',
      'photos/../../etc/passwd',
      'photos//p.jpg',
    ];
    for (const ref of bad) expect(refused(Photo, { ref }), ref).toEqual([{ path: 'ref', message: expect.any(String) }]);
  });
});

describe('size limits', () => {
  it('refuses an oversized biography, naming the language', () => {
    const biography = { en: 'x'.repeat(LIMITS.longText + 1) };
    expect(refused(Person, person({ biography }))).toEqual([
      { path: 'biography.en', message: expect.stringMatching(/50000/) },
    ]);
    expect(refused(Person, person({ biography: { en: 'x'.repeat(LIMITS.longText) } }))).toEqual([]);
  });

  it('refuses more name forms, cases, events and tags than the limits', () => {
    const names = Array.from({ length: LIMITS.names + 1 }, (_, i) => ({ family: `F${i}`, system: 'latn' }));
    expect(refused(Person, person({ names }))).toEqual([{ path: 'names', message: expect.stringMatching(/at most/) }]);
    const events = Array.from({ length: LIMITS.events + 1 }, (_, i) => ({ id: `e-${i}`, kind: 'other', date: '2022' }));
    expect(refused(Person, person({ events }))).toEqual([{ path: 'events', message: expect.any(String) }]);
    const tags = Array.from({ length: LIMITS.tags + 1 }, (_, i) => `t${i}`);
    expect(refused(Person, person({ tags }))).toEqual([{ path: 'tags', message: expect.any(String) }]);
  });

  it('refuses an oversized short text (a facility name, a caption)', () => {
    expect(refused(Photo, { ref: 'p.jpg', caption: { be: 'x'.repeat(LIMITS.shortText + 1) } })).toEqual([
      { path: 'caption.be', message: expect.any(String) },
    ]);
  });
});

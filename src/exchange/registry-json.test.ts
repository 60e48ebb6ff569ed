import { describe, expect, it } from 'vitest';
import { generateRegistry, generatePersons } from '../demo/generator.js';
import { CREDIT_RATIOS, CRIMINAL_CODE_ARTICLES } from '../domain/reference-data.js';
import { COURTS } from '../domain/courts.js';
import type { Person } from '../domain/record.js';
import type { RegistryData } from './format.js';
import { parseRegistryJson } from './registry-json-parse.js';
import { jsonChunks, serializeRegistryJson } from './registry-json.js';

function registry(size = 40): RegistryData {
  const { persons, facilities, sources } = generateRegistry({ size, seed: 11 });
  return {
    articles: CRIMINAL_CODE_ARTICLES,
    creditRatios: CREDIT_RATIOS,
    courts: [...COURTS],
    facilities,
    sources,
    persons,
  };
}

/** Serializes, lets `edit` change the parsed document, and parses the result. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- free editing of a parsed JSON document
function withEdit(edit: (doc: Record<string, any>) => void) {
  const doc = JSON.parse(serializeRegistryJson(registry(5)));
  edit(doc);
  return parseRegistryJson(JSON.stringify(doc));
}

describe('registry JSON round trip', () => {
  it('export -> import -> export is byte-identical', () => {
    const first = serializeRegistryJson(registry());
    const { data, problems } = parseRegistryJson(first);
    expect(problems).toEqual([]);
    expect(data?.persons).toHaveLength(40);
    expect(serializeRegistryJson(data as RegistryData)).toBe(first);
  });

  it('writes canonical records whatever the key order or missing defaults of the input', () => {
    const data = registry(3);
    const shuffled = data.persons.map((p) => Object.fromEntries(Object.entries(p).reverse()) as Person);
    const minimal = data.persons.map((p) => {
      const { tags: _tags, biography: _bio, ...rest } = p;
      return { ...rest, tags: p.tags, biography: {} } as Person;
    });
    const text = serializeRegistryJson(data);
    expect(serializeRegistryJson({ ...data, persons: shuffled.reverse() })).toBe(text);
    expect(serializeRegistryJson({ ...data, persons: minimal })).toBe(text);
  });

  it('sorts persons by id and keeps one record per line', () => {
    const data = registry(12);
    const text = serializeRegistryJson({ ...data, persons: [...data.persons].reverse() });
    const ids = [...text.matchAll(/^ {4}\{"id":"(p-[^"]+)"/gm)].map((m) => m[1]);
    expect(ids).toEqual(data.persons.map((p) => p.id).sort());
    expect(text.startsWith('{\n  "format": "rollcall-registry",\n  "version": 3,\n  "articles": [\n')).toBe(true);
    expect(text).toMatch(
      /\n {2}\],\n {2}"end": \{"records":\{"articles":\d+,"creditRatios":\d+,"courts":\d+,"facilities":\d+,"sources":\d+,"persons":12\},"sha256":"[0-9a-f]{64}"\}\n\}\n$/,
    );
    expect(text).not.toContain('exportedAt');
  });

  it('writes exportedAt only when given, and reads it back', () => {
    const text = serializeRegistryJson({ ...registry(1), exportedAt: '2024-02-02T12:00:00Z' });
    expect(text).toContain('"exportedAt": "2024-02-02T12:00:00Z"');
    expect(parseRegistryJson(text).data?.exportedAt).toBe('2024-02-02T12:00:00Z');
  });

  it('streams chunks equal to the whole string, from a sorted iterable of persons', () => {
    const data = registry(30);
    const streamed = [...jsonChunks({ ...data, persons: generatePersons({ size: 30, seed: 11 }) })].join('');
    expect(streamed).toBe(serializeRegistryJson(data));
  });

  it('refuses a streamed iterable that is not in id order', () => {
    const data = registry(3);
    const unsorted = (function* () {
      yield* [...data.persons].reverse();
    })();
    expect(() => serializeRegistryJson({ ...data, persons: unsorted })).toThrow(/ascending id order/);
  });

  it('writes empty sections as []', () => {
    const text = serializeRegistryJson({ articles: [], creditRatios: [], facilities: [], sources: [], persons: [] });
    expect(text).toContain(
      '"persons": [],\n  "end": {"records":{"articles":0,"creditRatios":0,"courts":0,"facilities":0,"sources":0,"persons":0},',
    );
    expect(parseRegistryJson(text)).toEqual({
      data: { articles: [], creditRatios: [], courts: [], facilities: [], sources: [], persons: [] },
      problems: [],
    });
  });

  it('refuses to export an invalid record', () => {
    const data = registry(1);
    const bad = { ...data.persons[0], birthDate: '31.03.1990' } as Person;
    expect(() => serializeRegistryJson({ ...data, persons: [bad] })).toThrow(/birthDate/);
  });
});

describe('registry JSON bad input', () => {
  it('reports malformed JSON with its line', () => {
    const { data, problems } = parseRegistryJson('{\n  "format": "rollcall-registry",\n  "version": 1,\n}');
    expect(data).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]?.code).toBe('invalid-json');
    expect(problems[0]?.row).toBe(4);
  });

  it('reports a foreign format and an unsupported version', () => {
    expect(parseRegistryJson('[]').problems[0]?.code).toBe('not-a-registry');
    expect(withEdit((d) => (d.format = 'other')).problems[0]?.code).toBe('unknown-format');
    const newer = withEdit((d) => (d.version = 4));
    expect(newer.data).toBeNull();
    expect(newer.problems).toEqual([expect.objectContaining({ code: 'unsupported-version', field: 'version' })]);
    expect(newer.problems[0]?.message).toMatch(/version 4.*reads versions 1, 2 and 3.*Upgrade/);
    expect(withEdit((d) => delete d.version).problems[0]?.code).toBe('unsupported-version');
  });

  it('reports missing sections and unknown top-level keys', () => {
    const { data, problems } = withEdit((d) => {
      delete d.sources;
      d.extra = true;
    });
    expect(data).toBeNull();
    expect(problems.map((p) => [p.code, p.field])).toEqual([
      ['unknown-field', 'extra'],
      ['missing-section', 'sources'],
    ]);
  });

  it('reports invalid dates with record number and field path, and returns no data', () => {
    const { data, problems } = withEdit((d) => {
      d.persons[2].events[1].date = '2022-13-01';
      d.persons[4].birthDate = 'yesterday';
    });
    expect(data).toBeNull();
    expect(problems.map((p) => [p.code, p.row, p.field])).toEqual([
      ['invalid-field', 3, 'persons.2.events.1.date'],
      ['invalid-field', 5, 'persons.4.birthDate'],
    ]);
    expect(problems[0]?.id).toBe('p-g000003');
    expect(problems[0]?.message).toMatch(/persons record 3 \(p-g000003\).*YYYY/);
  });

  it('reports a person without names', () => {
    const { problems } = withEdit((d) => (d.persons[0].names = []));
    expect(problems).toEqual([expect.objectContaining({ code: 'invalid-field', field: 'persons.0.names', row: 1 })]);
    expect(problems[0]?.message).toMatch(/at least one name/);
  });

  it('reports unknown fields inside records (typos are not silently dropped)', () => {
    const { data, problems } = withEdit((d) => {
      d.persons[1].birthdate = '1990';
      d.persons[1].events[0].facility = 'f-x';
    });
    expect(data).toBeNull();
    expect(problems.map((p) => [p.code, p.field]).sort()).toEqual([
      ['unknown-field', 'persons.1.birthdate'],
      ['unknown-field', 'persons.1.events.0.facility'],
    ]);
  });

  it('reports dangling references to facilities, sources, cases and articles', () => {
    const { data, problems } = withEdit((d) => {
      const events = d.persons[0].events;
      events[0].facilityId = 'f-nowhere';
      events[0].sourceIds = ['s-nobody'];
      events[1].caseId = 'c-other';
      d.persons[0].cases[0].charges[0].article = '999';
    });
    expect(data).toBeNull();
    expect(problems.map((p) => p.code).sort()).toEqual([
      'unknown-article',
      'unknown-case',
      'unknown-facility',
      'unknown-source',
    ]);
    expect(problems.find((p) => p.code === 'unknown-facility')?.field).toBe('persons.0.events.0.facilityId');
  });

  it('reports duplicate ids of persons, facilities, sources, cases and events', () => {
    let lastFacility = -1;
    let lastSource = -1;
    const { data, problems } = withEdit((d) => {
      lastFacility = d.facilities.length;
      lastSource = d.sources.length;
      d.persons[1].id = d.persons[0].id;
      d.facilities.push(d.facilities[0]);
      d.sources.push(d.sources[0]);
      d.persons[2].cases[0].id = d.persons[3].cases[0].id;
      d.persons[2].events[0].id = d.persons[3].events[0].id;
    });
    expect(data).toBeNull();
    const dup = problems.filter((p) => p.code === 'duplicate-id');
    expect(dup.map((p) => p.field)).toEqual([
      `facilities.${lastFacility}.id`,
      `sources.${lastSource}.id`,
      'persons.1.id',
      'persons.3.cases.0.id',
      'persons.3.events.0.id',
    ]);
    expect(dup[2]?.message).toMatch(/already used at persons\.0\.id/);
  });

  it('caps the number of problems listed', () => {
    const { problems } = withEdit((d) => {
      for (const p of d.persons) for (const e of p.events) e.date = 'bad';
    });
    const capped = parseRegistryJson(
      JSON.stringify({ ...JSON.parse(serializeRegistryJson(registry(5))), persons: Array(20).fill({}) }),
      { maxProblems: 5 },
    );
    expect(problems.length).toBeGreaterThan(5);
    expect(capped.problems).toHaveLength(6);
    expect(capped.problems[5]?.code).toBe('too-many-problems');
  });
});

describe('registry JSON end marker (format versions 2 and 3)', () => {
  it('reads a pretty-printed copy of an export: the checksum does not depend on the layout', () => {
    const text = serializeRegistryJson(registry(5));
    const pretty = JSON.stringify(JSON.parse(text), null, 2);
    expect(parseRegistryJson(pretty).problems).toEqual([]);
  });

  it('refuses a file whose counts or records do not match its end marker', () => {
    const dropped = withEdit((d) => d.persons.pop());
    expect(dropped.data).toBeNull();
    expect(dropped.problems).toEqual([
      expect.objectContaining({ code: 'record-count-mismatch', field: 'end.records.persons' }),
    ]);
    const ratios = withEdit((d) => (d.creditRatios = d.creditRatios.slice(0, 1)));
    expect(ratios.problems[0]).toMatchObject({ code: 'record-count-mismatch', field: 'end.records.creditRatios' });
    const edited = withEdit((d) => (d.persons[0].sex = d.persons[0].sex === 'male' ? 'female' : 'male'));
    expect(edited.problems).toEqual([expect.objectContaining({ code: 'checksum-mismatch', field: 'end.sha256' })]);
    expect(withEdit((d) => delete d.end).problems[0]).toMatchObject({ code: 'missing-end' });
  });

  it('reads version 1 files, which have no end marker', () => {
    const v1 = withEdit((d) => {
      d.version = 1;
      delete d.end;
    });
    expect(v1.problems).toEqual([]);
    expect(v1.data?.persons).toHaveLength(5);
    expect(withEdit((d) => (d.version = 1)).problems[0]).toMatchObject({ code: 'unknown-field', field: 'end' });
  });
});

describe('registry JSON courts (format version 3)', () => {
  it('round-trips the court catalogue, sorted by id, and refuses a court id used twice', () => {
    const data = registry(2);
    const text = serializeRegistryJson({ ...data, courts: [...(data.courts ?? [])].reverse() });
    expect(parseRegistryJson(text).data?.courts).toEqual([...COURTS].sort((a, b) => (a.id < b.id ? -1 : 1)));
    const twice = withEdit((d) => {
      d.version = 1;
      delete d.end;
      d.courts.push(d.courts[0]);
    });
    expect(twice.problems).toEqual([
      expect.objectContaining({ code: 'duplicate-id', field: `courts.${COURTS.length}.id` }),
    ]);
  });

  it('reads a version 2 file (no courts) and refuses one with courts; version 1 may have them or not', () => {
    const v2 = parseRegistryJson(
      '{"format":"rollcall-registry","version":2,"articles":[],"creditRatios":[],"facilities":[],"sources":[],"persons":[],' +
        `"end":{"records":{"articles":0,"creditRatios":0,"facilities":0,"sources":0,"persons":0},"sha256":"${EMPTY_SHA256}"}}`,
    );
    expect(v2).toEqual({
      data: { articles: [], creditRatios: [], courts: [], facilities: [], sources: [], persons: [] },
      problems: [],
    });
    expect(withEdit((d) => (d.version = 2)).problems).toEqual([
      expect.objectContaining({ code: 'unknown-field', field: 'courts' }),
    ]);
    expect(withEdit((d) => delete d.courts).problems[0]).toMatchObject({ code: 'missing-section', field: 'courts' });
    const v1 = (edit: (d: Record<string, unknown>) => void) =>
      withEdit((d) => {
        d.version = 1;
        delete d.end;
        edit(d);
      });
    expect(v1(() => {}).data?.courts).toHaveLength(COURTS.length);
    expect(v1((d) => delete d.courts).data?.courts).toEqual([]);
  });
});

/** SHA-256 of nothing: the checksum of a file without records. */
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

describe('registry JSON layouts', () => {
  it('reports a section that is not an array as invalid-section', () => {
    const { data, problems } = parseRegistryJson('{"format":"rollcall-registry","version":2,"persons":{}}');
    expect(data).toBeNull();
    expect(problems).toEqual([expect.objectContaining({ code: 'invalid-section', row: 1 })]);
  });
});

/**
 * The streaming registry reader: any layout, any split of the bytes into chunks,
 * records cut out whole and on one line, and every way a file stops being JSON
 * or ends early reported.
 */
import { describe, expect, it } from 'vitest';
import { RegistryScanner, ScanError, type ScanItem } from './registry-scan.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Scans `text` fed in chunks of `size` bytes; records come back parsed, with their raw text. */
function scan(text: string, size = 1 << 16, limit?: number) {
  const bytes = encoder.encode(text);
  const scanner = new RegistryScanner(limit);
  const items: ScanItem[] = [];
  for (let i = 0; i < bytes.length; i += size) items.push(...scanner.feed(bytes.slice(i, i + size)));
  scanner.finish();
  return items.map((item) =>
    item.kind === 'record'
      ? { ...item, bytes: undefined, text: decoder.decode(item.bytes), value: JSON.parse(decoder.decode(item.bytes)) }
      : item,
  );
}

function error(fn: () => unknown): ScanError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ScanError) return e;
    throw e;
  }
  throw new Error('no error');
}

const tricky = {
  id: 'p-1',
  names: [{ family: 'Бабіч "Раман" {x} [y] \\ /', given: 'a\nb\u2028', system: 'latn' }],
  n: -1.5e3,
  ok: true,
  none: null,
};
const doc = {
  format: 'rollcall-registry',
  version: 2,
  articles: [],
  facilities: [{ id: 'f-1', aliases: [']', '}'] }],
  persons: [tricky, { id: 'p-2' }],
  end: { records: { persons: 2 } },
};

describe('RegistryScanner', () => {
  it('reads every layout and every split of the bytes the same', () => {
    const expected = scan(JSON.stringify(doc)).map((i) => ('value' in i ? [i.kind, i.section, i.row, i.value] : i));
    expect(expected).toEqual([
      { kind: 'key', key: 'format', json: '"rollcall-registry"' },
      { kind: 'key', key: 'version', json: '2' },
      { kind: 'section', section: 'articles' },
      { kind: 'section', section: 'facilities' },
      ['record', 'facilities', 1, doc.facilities[0]],
      { kind: 'section', section: 'persons' },
      ['record', 'persons', 1, tricky],
      ['record', 'persons', 2, { id: 'p-2' }],
      { kind: 'key', key: 'end', json: '{"records":{"persons":2}}' },
    ]);
    for (const layout of [JSON.stringify(doc, null, 2), JSON.stringify(doc, null, '\t').replace(/\n/g, '\r\n')]) {
      for (const size of [1, 2, 3, 7, 64, 4096]) {
        const items = scan(layout, size).map((i) => ('value' in i ? [i.kind, i.section, i.row, i.value] : i));
        expect(items.map((i) => ('json' in i ? { ...i, json: JSON.parse(i.json) } : i))).toEqual(
          expected.map((i) => ('json' in i ? { ...i, json: JSON.parse(i.json) } : i)),
        );
      }
    }
  });

  it('puts each record of a pretty-printed file on one line, keeping newlines inside strings escaped', () => {
    const records = scan(JSON.stringify(doc, null, 2), 5).filter((i) => i.kind === 'record');
    for (const r of records) expect('text' in r && r.text.includes('\n')).toBe(false);
  });

  it('skips a UTF-8 byte order mark', () => {
    expect(scan(`\ufeff${JSON.stringify(doc)}`, 1).filter((i) => i.kind === 'record')).toHaveLength(3);
  });

  it('reports a file cut short, wherever the cut', () => {
    const text = JSON.stringify(doc, null, 2);
    for (const at of [1, 30, text.indexOf('"p-2"'), text.length - 2]) {
      expect(error(() => scan(text.slice(0, at))).code, `cut at ${at}`).toBe('truncated');
    }
    expect(error(() => scan(text.slice(0, text.indexOf('"p-2"') - 8))).message).toMatch(/after record 1 of "persons"/);
  });

  it('refuses what is not JSON, with its line', () => {
    const trailing = error(() => scan('{\n  "format": "rollcall-registry",\n  "version": 1,\n}'));
    expect(trailing).toMatchObject({ code: 'invalid-json', line: 4 });
    expect(error(() => scan('[]')).code).toBe('invalid-json');
    expect(error(() => scan('{"persons": [{"id":"p-1"},]}')).code).toBe('invalid-json');
    expect(error(() => scan('{"persons": {}}'))).toMatchObject({ code: 'invalid-section' });
    expect(error(() => scan('{"format": "x"} {}')).message).toMatch(/more after the end/);
    expect(error(() => scan('{"format" "x"}')).message).toMatch(/expected ":"/);
  });

  it('skips a record over the limit without holding it, and reads on', () => {
    const big = { id: 'p-big', note: 'x'.repeat(5000) };
    const items = scan(JSON.stringify({ ...doc, persons: [big, { id: 'p-2' }] }), 100, 1000);
    expect(items.filter((i) => i.kind !== 'key' && i.kind !== 'section')).toEqual([
      expect.objectContaining({ kind: 'record', section: 'facilities', row: 1 }),
      { kind: 'too-large', section: 'persons', row: 1, bytes: JSON.stringify(big).length },
      expect.objectContaining({ kind: 'record', section: 'persons', row: 2, value: { id: 'p-2' } }),
    ]);
  });
});

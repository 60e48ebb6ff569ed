/**
 * CSV formula injection (issue 11, item 13): every CSV writer neutralises cells a
 * spreadsheet would run (OWASP: a leading `'`), and the CSV import refuses them.
 */
import { describe, expect, it } from 'vitest';
import { Person, type Facility } from '../domain/record.js';
import { chartCsv } from '../web/charts/table.js';
import { csvText, isFormulaCell, neutraliseCell } from './csv-write.js';
import { personsToCsv } from './persons-csv.js';
import { parsePersonsCsv } from './persons-csv-parse.js';

const HOSTILE = ['=HYPERLINK("http://evil.example","x")', '+1+cmd|/C calc', '-2+3', '@SUM(A1)', '\tx', '\rx'];

describe('neutraliseCell', () => {
  it("prefixes a ' to every cell starting with = + - @ tab or CR", () => {
    for (const cell of HOSTILE) expect(neutraliseCell(cell), JSON.stringify(cell)).toBe(`'${cell}`);
  });

  it('leaves other text and plain numbers alone', () => {
    for (const cell of ['Minsk', '2024-01-31', '-3', '+1.5', '12', '', "'=already"]) {
      expect(neutraliseCell(cell)).toBe(cell);
      expect(isFormulaCell(cell)).toBe(false);
    }
  });

  it('neutralises the header and every row in csvText', () => {
    expect(csvText([['=1+2', 'ok']], { header: ['@h', 'v'] })).toBe("'@h,v\n'=1+2,ok\n");
  });
});

describe('every CSV writer', () => {
  const facility: Facility = Object.freeze({
    id: 'f-1',
    kind: 'colony',
    city: {},
    name: { en: '=HYPERLINK("http://evil.example")' },
    aliases: [],
    visibility: 'public',
  }) as Facility;
  const person = Person.parse({
    id: 'p-1',
    names: [{ family: '=HYPERLINK("http://evil.example","Click")', given: 'Anna', system: 'be-latn-passport' }],
    events: [{ id: 'e-1', kind: 'detention', date: '2022-01-01', facilityId: 'f-1' }],
  });

  it('neutralises names and prison names in the person CSV (export, /data/registry.csv)', () => {
    const [, row] = personsToCsv([person], [facility], { audience: 'staff' }).trimEnd().split('\n');
    const cells = row!.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    expect(cells[1]).toBe(`"'=HYPERLINK(""http://evil.example"",""Click"") Anna"`);
    expect(cells[12]).toBe(`"'=HYPERLINK(""http://evil.example"")"`);
  });

  it('neutralises chart labels in the chart CSVs', () => {
    expect(chartCsv({ kind: 'bar', bars: [{ label: '@SUM(A1)', value: 3 }] })).toBe("label,value\n'@SUM(A1),3\n");
  });
});

describe('the CSV import', () => {
  it('refuses a formula in any cell, naming the line and column, and imports nothing', () => {
    for (const name of ['=HYPERLINK("http://evil.example","x")', "'=HYPERLINK(1)", '@SUM(A1)', '+cmd']) {
      const csv = `id,name\np-1,Kowalska Anna\np-2,"${name.replace(/"/g, '""')}"\n`;
      const { persons, problems } = parsePersonsCsv(csv);
      expect(persons).toEqual([]);
      expect(problems[0], name).toMatchObject({ code: 'formula-cell', row: 3, field: 'name' });
    }
  });
});

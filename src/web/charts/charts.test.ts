import { describe, expect, it } from 'vitest';
import { renderBarChartSvg } from './bar.js';
import { renderLineChartSvg } from './line.js';
import { chartCsv, chartTable } from './table.js';

const monthly = Array.from({ length: 14 }, (_, i) => ({
  x: `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
  y: 1200 + i * 20,
}));

describe('renderLineChartSvg', () => {
  it('is an accessible SVG with title, description and the locale number format', async () => {
    const svg = await renderLineChartSvg({ title: 'Политзаключённые <по месяцам>', series: monthly, lang: 'ru' });
    expect(svg.startsWith('<svg role="img" aria-label="Политзаключённые &lt;по месяцам&gt;"')).toBe(true);
    expect(svg).toMatch(/<title>Политзаключённые &lt;по месяцам&gt;<\/title><desc id="chart-[a-z0-9]+-desc">/);
    expect(svg).toContain(
      'январь 2023 г. – февраль 2024 г.: в начале 1\u00a0200, в конце 1\u00a0460; максимум 1\u00a0460 (февраль 2024 г.).',
    );
    expect(svg).toContain('>1\u00a0000</text>');
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('1,000');
  });

  it('uses English grouping and month names in English', async () => {
    const svg = await renderLineChartSvg({ title: 'Prisoners', series: monthly, lang: 'en' });
    expect(svg).toContain('>1,000</text>');
    expect(svg).toMatch(/>(Jan|Apr|Jul|Oct) 2023<\/text>/);
  });

  it('gives the same bytes for the same input, and sorts the points', async () => {
    const a = await renderLineChartSvg({ title: 'T', series: monthly, lang: 'be' });
    const b = await renderLineChartSvg({ title: 'T', series: [...monthly].reverse(), lang: 'be' });
    expect(b).toBe(a);
    expect(a).toMatch(/трав\. 2023|ліп\. 2023|крас\. 2023|студз\. 2023/);
  });

  it('takes daily points and a custom size', async () => {
    const svg = await renderLineChartSvg({
      title: 'D',
      series: [
        { x: '2024-01-01', y: 1 },
        { x: '2024-01-31', y: 3 },
      ],
      lang: 'en',
      width: 300,
      height: 150,
    });
    expect(svg).toContain('width="300" height="150"');
  });

  for (const [name, series] of [
    ['no points', []],
    ['a bad date', [{ x: '2024/01', y: 1 }]],
    ['a month 13', [{ x: '2024-13', y: 1 }]],
    ['NaN', [{ x: '2024-01', y: Number.NaN }]],
  ] as const) {
    it(`rejects ${name}`, async () => {
      await expect(renderLineChartSvg({ title: 'x', series, lang: 'en' })).rejects.toMatchObject({
        code: 'invalid-chart-data',
      });
    });
  }
});

describe('renderBarChartSvg', () => {
  const bars = [
    { label: 'Minsk <city>', value: 1500 },
    { label: 'Brest region', value: 230 },
  ];

  it('labels bars with formatted values and escapes labels', async () => {
    const svg = await renderBarChartSvg({ title: 'By region', bars, lang: 'be' });
    expect(svg.startsWith('<svg role="img" aria-label="By region"')).toBe(true);
    expect(svg).toContain('>1\u00a0500</text>');
    expect(svg).toContain('Minsk &lt;city&gt;');
    expect(svg).not.toContain('<city>');
    expect(svg).toContain('2 катэгорыі; найбольш: Minsk &lt;city&gt; (1\u00a0500).');
  });

  it('is deterministic', async () => {
    const a = await renderBarChartSvg({ title: 'B', bars, lang: 'en' });
    expect(await renderBarChartSvg({ title: 'B', bars, lang: 'en' })).toBe(a);
  });

  for (const [name, bad] of [
    ['no bars', []],
    ['a negative value', [{ label: 'a', value: -1 }]],
    ['an empty label', [{ label: ' ', value: 1 }]],
    [
      'a repeated label',
      [
        { label: 'a', value: 1 },
        { label: 'a', value: 2 },
      ],
    ],
  ] as const) {
    it(`rejects ${name}`, async () => {
      await expect(renderBarChartSvg({ title: 'x', bars: bad, lang: 'en' })).rejects.toMatchObject({
        code: 'invalid-chart-data',
      });
    });
  }
});

describe('chartTable and chartCsv', () => {
  it('makes a table with formatted dates and numbers', () => {
    const out = chartTable({
      caption: 'By month',
      lang: 'be',
      data: { kind: 'line', series: monthly.slice(0, 2) },
    }).toString();
    expect(out).toContain('<caption>By month</caption>');
    expect(out).toContain('<th scope="col">Дата</th><th scope="col" class="num">Колькасць</th>');
    expect(out).toContain(
      '<tr><th scope="row">студзень 2023 г.</th><td class="num" data-label="Колькасць">1\u00a0200</td></tr>',
    );
  });

  it('escapes bar labels in the table', () => {
    const out = chartTable({
      caption: 'c',
      lang: 'en',
      data: { kind: 'bar', bars: [{ label: '<b>x</b>', value: 2 }] },
    });
    expect(out.toString()).toContain(
      '<th scope="row">&lt;b&gt;x&lt;/b&gt;</th><td class="num" data-label="Number">2</td>',
    );
  });

  it('writes CSV with quoting and raw values', () => {
    expect(
      chartCsv({
        kind: 'line',
        series: [
          { x: '2024-02', y: 2 },
          { x: '2024-01', y: 1416 },
        ],
      }),
    ).toBe('date,value\n2024-01,1416\n2024-02,2\n');
    expect(chartCsv({ kind: 'bar', bars: [{ label: 'Minsk, city "centre"', value: 5 }] }, ['region', 'count'])).toBe(
      'region,count\n"Minsk, city ""centre""",5\n',
    );
  });

  it('rejects bad data like the charts do', () => {
    expect(() => chartCsv({ kind: 'bar', bars: [] })).toThrow(expect.objectContaining({ code: 'invalid-chart-data' }));
  });
});

describe('chartSize', () => {
  it('is the size the SVG is drawn at, for lines and for any number of bars', async () => {
    const { chartSize, renderBarChartSvg, renderLineChartSvg } = await import('./index.js');
    const sizeOf = (svg: string) => {
      const [, width, height] = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg)!;
      return { width: Number(width), height: Number(height) };
    };
    expect(sizeOf(await renderLineChartSvg({ title: 'Колькасць', series: monthly, lang: 'ru' }))).toEqual(
      chartSize({ kind: 'line', series: monthly }),
    );
    for (const n of [1, 4, 19]) {
      const bars = Array.from({ length: n }, (_, i) => ({ label: `IK-${i} Mahilioŭ`, value: i * 37 + 1 }));
      expect(sizeOf(await renderBarChartSvg({ title: 'Па месцах', bars, lang: 'be' })), `${n} bars`).toEqual(
        chartSize({ kind: 'bar', bars }),
      );
    }
  });
});

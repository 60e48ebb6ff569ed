import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthlyFlows, type FlowEventRow, type MonthlyFlow } from './figures-flows.js';
import { addShare, flowShare, FLOW_BOUNDS } from './flow-shares.js';
import { RELEASE_REASONS, type EventKind } from './record.js';
import { civilToDay } from './partial-date.js';

const KINDS: EventKind[] = ['recognition', 'detention', 'administrative_arrest', 're_detention', 'release', 'verdict'];
const BASE = civilToDay(2023, 1, 1);

const row = fc.record({
  person: fc.nat(5),
  kind: fc.constantFrom(...KINDS),
  start: fc.nat(500),
  // Mostly exact days, some spanning weeks or months (partial dates).
  span: fc.oneof(fc.constant(0), fc.constant(0), fc.nat(40), fc.nat(200)),
  reason: fc.option(fc.constantFrom(...RELEASE_REASONS), { nil: null }),
});

function rowsOf(raw: ReadonlyArray<typeof row extends fc.Arbitrary<infer T> ? T : never>): FlowEventRow[] {
  return raw.map((r, i) => ({
    personId: `p${r.person}`,
    eventId: `e${i}`,
    kind: r.kind,
    dayMin: BASE + r.start,
    dayMax: BASE + r.start + r.span,
    releaseReason: r.kind === 'release' ? r.reason : null,
    facilityId: null,
    caseId: null,
  }));
}

/** Flows by month with empty months and zero counts left out, for comparing. */
function normal(flows: Iterable<MonthlyFlow>): Record<string, MonthlyFlow> {
  const out: Record<string, MonthlyFlow> = {};
  for (const f of flows) {
    const zero =
      f.recognitions + f.detentions + f.verdicts + f.releases === 0 &&
      Object.values(f.uncertain).every((n) => n === 0) &&
      Object.keys(f.releasesByReason).length === 0;
    if (!zero) out[f.month] = f;
  }
  return out;
}

describe('flow shares', () => {
  it('add up to monthlyFlows over the same rows, and taking a share away undoes it', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), fc.array(row, { maxLength: 10 }), (raw, extra) => {
        const rows = rowsOf(raw);
        const expected = normal(monthlyFlows(rows, '2022-12', '2025-01'));
        const byMonth = new Map<string, MonthlyFlow>();
        const people = new Map<string, FlowEventRow[]>();
        for (const r of rows) people.set(r.personId, [...(people.get(r.personId) ?? []), r]);
        for (const own of people.values()) addShare(byMonth, flowShare(own, FLOW_BOUNDS).codes, 1);
        expect(normal(byMonth.values())).toEqual(expected);
        // A person's events changed: the old share away, the new one in.
        const changed = rowsOf(extra).map((r) => ({ ...r, personId: 'p0', eventId: `x${r.eventId}` }));
        const before = people.get('p0') ?? [];
        addShare(byMonth, flowShare(before, FLOW_BOUNDS).codes, -1);
        addShare(byMonth, flowShare(changed, FLOW_BOUNDS).codes, 1);
        const after = [...rows.filter((r) => r.personId !== 'p0'), ...changed];
        expect(normal(byMonth.values())).toEqual(normal(monthlyFlows(after, '2022-12', '2025-01')));
      }),
      { numRuns: 300, seed: 20261203 },
    );
  });

  it('marks events outside the bounds', () => {
    const early: FlowEventRow = {
      personId: 'p',
      eventId: 'e',
      kind: 'recognition',
      dayMin: civilToDay(1890, 1, 1),
      dayMax: civilToDay(1890, 1, 1),
      releaseReason: null,
      facilityId: null,
      caseId: null,
    };
    expect(flowShare([early], FLOW_BOUNDS)).toEqual({ codes: new Int32Array(), outside: true });
  });
});

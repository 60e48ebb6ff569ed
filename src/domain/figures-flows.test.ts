import { describe, expect, it } from 'vitest';
import { monthlyFlows, type FlowEventRow } from './figures-flows.js';
import type { EventKind, ReleaseReason } from './record.js';

const day = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
let next = 0;

function ev(
  personId: string,
  kind: EventKind,
  from: string,
  to = from,
  releaseReason: ReleaseReason | null = null,
): FlowEventRow {
  return {
    personId,
    eventId: `e-${++next}`,
    kind,
    dayMin: day(from),
    dayMax: day(to),
    releaseReason,
    facilityId: null,
    caseId: null,
  };
}

describe('monthlyFlows', () => {
  it('counts events whose whole range lies in the month', () => {
    const rows = [
      ev('p-1', 'recognition', '2024-01-05'),
      ev('p-1', 'verdict', '2024-01-10'),
      ev('p-2', 'verdict', '2024-01-01', '2024-01-31'), // "2024-01"
      ev('p-3', 'release', '2024-01-29', '2024-01-29', 'term_served'),
      ev('p-4', 'release', '2024-01-13', '2024-01-13', 'term_served'),
      ev('p-5', 'release', '2024-01-20', '2024-01-20', 'home_confinement'),
      ev('p-6', 'release', '2024-02-01', '2024-02-01'),
    ];
    const [jan, feb] = monthlyFlows(rows, '2024-01', '2024-02');
    expect(jan).toMatchObject({ month: '2024-01', recognitions: 1, verdicts: 2, releases: 3, detentions: 0 });
    expect(jan!.releasesByReason).toEqual({ term_served: 2, home_confinement: 1 });
    expect(feb).toMatchObject({ month: '2024-02', releases: 1, releasesByReason: { unknown: 1 } });
  });

  it('reports events spanning months as uncertain in every month they overlap', () => {
    const rows = [
      ev('p-1', 'release', '2024-01-01', '2024-12-31', 'term_served'),
      ev('p-2', 'verdict', '2023-12-20', '2024-01-10'),
    ];
    const flows = monthlyFlows(rows, '2023-12', '2024-03');
    expect(flows.map((f) => f.releases)).toEqual([0, 0, 0, 0]);
    expect(flows.map((f) => f.uncertain.releases)).toEqual([0, 1, 1, 1]);
    expect(flows.map((f) => f.uncertain.verdicts)).toEqual([1, 1, 0, 0]);
    expect(flows[1]!.releasesByReason).toEqual({});
  });

  it('counts a detention once per person when a re-detention follows an administrative arrest', () => {
    const rows = [
      ev('p-1', 'administrative_arrest', '2022-03-31'),
      ev('p-1', 're_detention', '2022-04-14'),
      ev('p-2', 'detention', '2022-03-02'),
      ev('p-2', 're_detention', '2022-03-20'),
      ev('p-3', 'detention', '2022-03-05'),
      ev('p-3', 'release', '2022-03-08', '2022-03-08', 'released_pending_trial'),
      ev('p-3', 'detention', '2022-04-01'),
    ];
    const [mar, apr] = monthlyFlows(rows, '2022-03', '2022-04');
    expect(mar!.detentions).toBe(3);
    expect(apr!.detentions).toBe(1); // p-3 again, after a release; p-1's re-detention continues custody
  });

  it('uses events before the window as context only', () => {
    const rows = [
      ev('p-1', 'detention', '2021-05-01'),
      ev('p-1', 're_detention', '2022-01-10'),
      ev('p-1', 'verdict', '2021-09-01'),
    ];
    const flows = monthlyFlows(rows, '2022-01', '2022-01');
    expect(flows).toEqual([
      expect.objectContaining({
        month: '2022-01',
        detentions: 0,
        verdicts: 0,
        uncertain: { recognitions: 0, detentions: 0, verdicts: 0, releases: 0 },
      }),
    ]);
  });

  it('treats a same-day detention and release as a detention followed by a release', () => {
    const rows = [
      ev('p-1', 'release', '2022-03-05'),
      ev('p-1', 'detention', '2022-03-05'),
      ev('p-1', 'detention', '2022-03-09'),
    ];
    expect(monthlyFlows(rows, '2022-03', '2022-03')[0]!.detentions).toBe(1);
  });

  it('counts an uncertain detention only when it is not certain in that month too', () => {
    const rows = [ev('p-1', 'detention', '2022-01-01', '2022-12-31'), ev('p-2', 'detention', '2022-02-03')];
    const flows = monthlyFlows(rows, '2022-01', '2022-02');
    expect(flows.map((f) => [f.detentions, f.uncertain.detentions])).toEqual([
      [0, 1],
      [1, 1],
    ]);
  });

  it('rejects malformed months', () => {
    expect(() => monthlyFlows([], '2022-1', '2022-02')).toThrow(/YYYY-MM/);
  });
});

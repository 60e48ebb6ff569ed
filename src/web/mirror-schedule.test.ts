import { describe, expect, it } from 'vitest';
import type { MirrorJob } from './mirror-jobs.js';
import { JobSchedule } from './mirror-schedule.js';

const page = (n: number): MirrorJob => ({ kind: 'pages', pages: [[`/en/persons/p-${n}/`, '/en/']] });
const name = (job: MirrorJob | undefined) => (job?.kind === 'pages' ? job.pages[0]![0] : job?.path);

describe('JobSchedule', () => {
  it('hands out the downloads first (one per worker at a time), then runs, then the lists', () => {
    const s = new JobSchedule(2);
    s.add(
      [
        { kind: 'download', format: 'json', path: '/data/registry.json' },
        { kind: 'download', format: 'csv', path: '/data/registry.csv' },
      ],
      'first',
    );
    s.add([page(0), page(1), page(2), page(3)], 'runs');
    s.add([page(100)], 'last');
    expect(s.next(0, { holdsFirst: false })?.group).toBe('first');
    expect(s.next(0, { holdsFirst: true })).toBeNull();
    expect(s.next(1, { holdsFirst: false })?.group).toBe('first');
    // Worker 0 takes the whole run, worker 1 the second half of what is left.
    expect(name(s.next(0, { holdsFirst: false })?.job)).toBe('/en/persons/p-0/');
    expect(name(s.next(1, { holdsFirst: false })?.job)).toBe('/en/persons/p-2/');
    expect(name(s.next(0, { holdsFirst: false })?.job)).toBe('/en/persons/p-1/');
    expect(name(s.next(1, { holdsFirst: false })?.job)).toBe('/en/persons/p-3/');
    expect(s.empty).toBe(false);
    expect(name(s.next(0, { holdsFirst: false })?.job)).toBe('/en/persons/p-100/');
    expect(s.next(1, { holdsFirst: false })).toBeNull();
    expect(s.empty).toBe(true);
  });

  it('gives every job once, in runs of consecutive jobs, however the workers ask', () => {
    const s = new JobSchedule(3);
    s.add(
      Array.from({ length: 1000 }, (_, i) => page(i)),
      'runs',
    );
    const got: number[][] = [[], [], []];
    for (let turn = 0; !s.empty; turn++) {
      const worker = (turn * 7 + (turn >> 3)) % 3;
      const next = s.next(worker, { holdsFirst: false });
      if (next) got[worker]!.push(next.id);
    }
    expect(got.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    // Few cuts: a worker's jobs are mostly consecutive.
    const breaks = got.reduce((sum, ids) => sum + ids.filter((id, i) => i > 0 && id !== ids[i - 1]! + 1).length, 0);
    expect(breaks).toBeLessThan(40);
  });
});

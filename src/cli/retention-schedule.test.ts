/**
 * The tip retention schedule of `rollcall serve`, on vitest's fake clock: a real
 * store with a rejected tip, purged at start and daily until it is past retention;
 * failures logged by code only; stop ends the runs and waits for one in progress.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { tempApp } from '../testing/temp-app.js';
import { addStaff, PASSPHRASE } from '../testing/tips.js';
import { createTipKey } from '../app/tips/reviewers.js';
import { submitTip } from '../app/tips/intake.js';
import { changeTip, listTips } from '../app/tips/triage.js';
import { purgeClosedTips, type PurgeReport } from '../app/tips/retention.js';
import { RollcallError } from '../domain/errors.js';
import { FIRST_RUN_MS, purgeSummary, RUN_EVERY_MS, scheduleTipRetention } from './retention-schedule.js';

const DAY = 24 * 60 * 60 * 1000;
const REPORT: PurgeReport = { deleted: 2, before: '2024-01-01', checkpointed: true, freePages: 0 };

// setImmediate stays real: it lets the store's promises settle between fake ticks.
const fake = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: FIXED });
const FIXED = new Date('2024-02-02T12:00:00Z');

/** Lets real I/O finish (a write waits for its log flush on the thread pool): until `done`, or `ms` of real time. */
async function settle(done: () => boolean, ms = 2000): Promise<void> {
  const until = performance.now() + ms;
  while (!done() && performance.now() < until) await new Promise((resolve) => setImmediate(resolve));
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('scheduleTipRetention on a real store', () => {
  let app: Awaited<ReturnType<typeof tempApp>>;
  beforeAll(async () => {
    app = await tempApp(FIXED);
    const rev = await addStaff(app.ctx, 'tip_reviewer', 'rev');
    await createTipKey(app.ctx, rev, PASSPHRASE);
    await submitTip(app.ctx, { lang: 'en', who: 'Ivan Petrou', kind: 'released', when: '2024-01', how: 'x' }, []);
    const [tip] = await listTips(app.ctx, rev, ['new']);
    await changeTip(app.ctx, rev, tip!.id, { kind: 'state', state: 'rejected' }); // closed 2024-02-02
  });
  afterAll(() => app.cleanup());

  it('runs shortly after start and then every 24 h, purging the tip once it is past retention; stop ends it', async () => {
    fake();
    const ctx = { ...app.ctx, now: () => new Date() }; // the fake clock
    const lines: string[] = [];
    const schedule = scheduleTipRetention(
      () => purgeClosedTips(ctx, { days: 2 }),
      (line) => lines.push(line),
    );
    await vi.advanceTimersByTimeAsync(FIRST_RUN_MS - 1);
    await settle(() => false, 100);
    expect(lines).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await settle(() => lines.length === 1);
    for (let day = 1; day <= 3; day++) {
      await vi.advanceTimersByTimeAsync(RUN_EVERY_MS);
      await settle(() => lines.length === day + 1);
    }
    expect(lines).toEqual([
      'Tip retention: No closed tips to delete (none closed before 2024-01-31).',
      'Tip retention: No closed tips to delete (none closed before 2024-02-01).',
      'Tip retention: No closed tips to delete (none closed before 2024-02-02).',
      'Tip retention: Deleted 1 closed tip (closed before 2024-02-03); write-ahead log emptied; ' +
        'freed pages given back to the file system.',
    ]);
    expect(await app.ctx.store.read((r) => r.tips.list([]))).toEqual([]);
    await schedule.stop();
    await vi.advanceTimersByTimeAsync(3 * DAY);
    await settle(() => false, 100);
    expect(lines).toHaveLength(4);
  });
});

describe('scheduleTipRetention', () => {
  it('logs a failure by its code alone and runs again the next day', async () => {
    fake();
    const lines: string[] = [];
    const purge = vi
      .fn<() => Promise<PurgeReport>>()
      .mockRejectedValueOnce(new RollcallError('store-full', 'SECRET-MESSAGE about tip 7'))
      .mockRejectedValueOnce(new Error('SECRET plain error'))
      .mockResolvedValue(REPORT);
    const schedule = scheduleTipRetention(purge, (line) => lines.push(line), { firstRunMs: 10 });
    await vi.advanceTimersByTimeAsync(10);
    await settle(() => lines.length === 1);
    await vi.advanceTimersByTimeAsync(DAY);
    await settle(() => lines.length === 2);
    await vi.advanceTimersByTimeAsync(DAY);
    await settle(() => lines.length === 3);
    expect(lines).toEqual([
      'Tip retention failed [store-full]; it runs again in 24 h.',
      'Tip retention failed [internal]; it runs again in 24 h.',
      `Tip retention: ${purgeSummary(REPORT)}`,
    ]);
    expect(lines.join('\n')).not.toMatch(/SECRET/);
    await schedule.stop();
  });

  it('keeps no process alive (the timer is unref()ed) and never overlaps runs; stop waits for a run in progress', async () => {
    fake();
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    let finish = (): void => undefined;
    const purge = vi.fn(() => new Promise<PurgeReport>((resolve) => (finish = () => resolve(REPORT))));
    const lines: string[] = [];
    const schedule = scheduleTipRetention(purge, (line) => lines.push(line), { firstRunMs: 5 });
    const timer = setTimeoutSpy.mock.results[0]!.value as NodeJS.Timeout;
    expect(timer.hasRef()).toBe(false);
    await vi.advanceTimersByTimeAsync(5);
    await vi.advanceTimersByTimeAsync(3 * DAY); // the run has not ended: no second one
    expect(purge).toHaveBeenCalledTimes(1);
    let stopped = false;
    const stopping = schedule.stop().then(() => (stopped = true));
    await settle(() => false, 100);
    expect(stopped).toBe(false);
    finish();
    await stopping;
    expect(lines).toEqual([`Tip retention: ${purgeSummary(REPORT)}`]);
    await vi.advanceTimersByTimeAsync(3 * DAY);
    expect(purge).toHaveBeenCalledTimes(1);
  });
});

describe('purgeSummary', () => {
  it('says what was deleted, and what became of the log and the free pages', () => {
    expect(purgeSummary({ deleted: 0, before: '2026-09-05', checkpointed: false, freePages: null })).toBe(
      'No closed tips to delete (none closed before 2026-09-05).',
    );
    expect(purgeSummary({ deleted: 3, before: '2026-09-05', checkpointed: false, freePages: 12 })).toBe(
      'Deleted 3 closed tips (closed before 2026-09-05); the write-ahead log was not emptied (a reader held it; ' +
        'the next checkpoint empties it); 12 free pages stay in the file, overwritten with zeros ' +
        '("rollcall tips purge --vacuum" once gives them back).',
    );
    expect(purgeSummary({ deleted: 0, before: '2026-09-05', checkpointed: true, freePages: 0, vacuumed: true })).toBe(
      'No closed tips to delete (none closed before 2026-09-05); the file was rewritten (VACUUM) and gives freed ' +
        'pages back after every purge from now on.',
    );
  });
});

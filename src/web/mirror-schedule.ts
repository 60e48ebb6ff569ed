/**
 * Which mirror job a render worker takes next (`mirror-pool.ts` asks, one worker at a time):
 * - the downloads first, at most one per worker at a time (each is long);
 * - then the pages of the people, in plan order, each worker working through a run of
 *   consecutive jobs of its own: consecutive jobs list neighbouring people (a status tab's
 *   page goes with the people it lists), so a worker keeps the records it needs in its
 *   caches and reads each one once. A worker whose run is done takes the second half of
 *   the longest run left (the first worker to ask takes the whole list), so the workers
 *   stay busy to the end and each run is cut only a few times;
 * - then the name lists (facilities, articles), to whoever asks, in plan order.
 *
 * @example
 * const schedule = new JobSchedule(2);
 * schedule.add(downloads, 'first'); schedule.add(people, 'runs'); schedule.add(lists, 'last');
 * schedule.next(0, { holdsFirst: false }) // { id: 0, job: downloads[0], group: 'first' }
 */
import type { MirrorJob } from './mirror-jobs.js';

export type JobGroup = 'first' | 'runs' | 'last';

export interface ScheduledJob {
  /** Position of the job in the order it was added (for messages about it). */
  id: number;
  job: MirrorJob;
  group: JobGroup;
}

interface Run {
  /** Next job of the run (an index into `runJobs`) and the end of the run. */
  lo: number;
  hi: number;
  /** The worker working through it; null until one takes it. */
  owner: number | null;
}

export class JobSchedule {
  private readonly first: ScheduledJob[] = [];
  private readonly runJobs: ScheduledJob[] = [];
  private readonly runs: Run[] = [];
  private readonly last: ScheduledJob[] = [];
  private nextFirst = 0;
  private nextLast = 0;
  private ids = 0;

  constructor(private readonly workers: number) {}

  /** Adds jobs to a group (after the jobs of that group added before). */
  add(jobs: readonly MirrorJob[], group: JobGroup): void {
    const scheduled = jobs.map((job) => ({ id: this.ids++, job, group }));
    if (group === 'first') this.first.push(...scheduled);
    else if (group === 'last') this.last.push(...scheduled);
    else if (scheduled.length > 0) {
      this.runs.push({ lo: this.runJobs.length, hi: this.runJobs.length + scheduled.length, owner: null });
      this.runJobs.push(...scheduled);
    }
  }

  /** True when every job added has been handed out. */
  get empty(): boolean {
    return this.nextFirst >= this.first.length && this.runsLeft() === 0 && this.nextLast >= this.last.length;
  }

  /**
   * The next job for `worker`, or null when there is none for it now (`holdsFirst`: the
   * worker has a job of the first group that is not done yet).
   */
  next(worker: number, { holdsFirst }: { holdsFirst: boolean }): ScheduledJob | null {
    if (worker < 0 || worker >= this.workers) throw new RangeError(`No worker ${worker}.`);
    if (this.nextFirst < this.first.length) {
      if (holdsFirst) return null;
      return this.first[this.nextFirst++]!;
    }
    const run = this.runOf(worker) ?? this.steal(worker);
    if (run) return this.runJobs[run.lo++]!;
    if (this.nextLast < this.last.length) return this.last[this.nextLast++]!;
    return null;
  }

  private runOf(worker: number): Run | undefined {
    return this.runs.find((run) => run.owner === worker && run.lo < run.hi);
  }

  /** The second half of the longest run left (all of it when nobody has taken it yet, or one job is left). */
  private steal(worker: number): Run | null {
    let longest: Run | null = null;
    for (const run of this.runs)
      if (run.lo < run.hi && (!longest || run.hi - run.lo > longest.hi - longest.lo)) longest = run;
    if (!longest) return null;
    if (longest.owner === null || longest.hi - longest.lo === 1) {
      longest.owner = worker;
      return longest;
    }
    const mid = longest.lo + Math.floor((longest.hi - longest.lo) / 2);
    const taken: Run = { lo: mid, hi: longest.hi, owner: worker };
    longest.hi = mid;
    this.runs.push(taken);
    return taken;
  }

  private runsLeft(): number {
    return this.runs.reduce((sum, run) => sum + (run.hi - run.lo), 0);
  }
}

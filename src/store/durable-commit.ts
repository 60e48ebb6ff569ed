/**
 * Durable commits without blocking the event loop. The writer runs SQLite with
 * `synchronous = NORMAL`: a commit writes its frames into the write-ahead log but does
 * not wait for the disk. Before `store.write` resolves, the log is flushed with an
 * `fsync` on libuv's thread pool (`walSync`), so the page being served meanwhile keeps
 * running, and a write is acknowledged only once it would survive a power cut, as
 * with `synchronous = FULL`. Writes that commit while a flush is under way share the
 * next one (`groupSync`): one fsync for many commits.
 *
 * Why this is as safe as FULL: in WAL mode FULL differs from NORMAL only by the fsync of
 * the log at each commit; NORMAL still syncs the log before a checkpoint copies it and
 * when the log is reused, and SQLite's recovery keeps a prefix of whole transactions
 * (frames carry cumulative checksums), so a cut before the flush loses only writes not
 * yet acknowledged, and never leaves a damaged file.
 *
 * @example
 * const sync = groupSync(() => walSync('/data/rollcall.sqlite'));
 * // after COMMIT:
 * await sync(); // now on disk
 */
import { open } from 'node:fs/promises';

/**
 * Coalesces flushes: a call resolves after a flush that *started* after the call, so
 * every commit made before the call is covered; calls arriving while one flush runs
 * share the single flush that follows it.
 */
export function groupSync(flush: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let queued: Promise<void> | undefined;
  const sync = (): Promise<void> => {
    if (!running) {
      running = flush().finally(() => {
        running = undefined;
      });
      return running;
    }
    queued ??= running
      .catch(() => undefined)
      .then(() => {
        queued = undefined;
        return sync();
      });
    return queued;
  };
  return sync;
}

/**
 * Flushes the database's write-ahead log (`FILE-wal`) to the disk. No log file means
 * nothing unflushed: the last connection checkpointed (and synced) it and removed it.
 */
export async function walSync(file: string): Promise<void> {
  let handle;
  try {
    handle = await open(`${file}-wal`, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

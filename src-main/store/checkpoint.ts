/**
 * WAL checkpoints in idle time. SQLite's automatic checkpoint runs inside whichever commit
 * crosses the threshold (1,000 pages by default), so about one answer in a hundred paid ~10 ms
 * copying the log back into the database. Here the automatic threshold is raised to a safety
 * net (a bulk import still gets checkpointed) and a timer copies the log back every few seconds
 * between the learner's key presses, where nobody waits for it.
 */
import type { Db } from './database';

/** Pages (4 KiB each) after which a commit still checkpoints by itself: ~40 MB of log. */
export const AUTO_CHECKPOINT_PAGES = 10_000;
export const IDLE_CHECKPOINT_MS = 3_000;

export interface CheckpointResult {
  /** Frames in the log before the checkpoint. */
  log: number;
  /** Frames copied into the database. */
  checkpointed: number;
}

export interface IdleCheckpoints {
  /** One checkpoint now (PASSIVE: never waits for readers); the timer calls it. */
  tick(): CheckpointResult;
  stop(): void;
}

export function startIdleCheckpoints(db: Db, intervalMs = IDLE_CHECKPOINT_MS): IdleCheckpoints {
  db.pragma(`wal_autocheckpoint = ${AUTO_CHECKPOINT_PAGES}`);
  const tick = (): CheckpointResult => {
    const [row] = db.pragma('wal_checkpoint(PASSIVE)') as { busy: number; log: number; checkpointed: number }[];
    return { log: row?.log ?? 0, checkpointed: row?.checkpointed ?? 0 };
  };
  // A checkpoint with nothing new in the log only reads the WAL index: an idle app stays idle.
  const timer = setInterval(() => {
    if (db.open) tick();
  }, intervalMs);
  // The timer must not keep a finished process (a test, `npm run deck`) alive.
  timer.unref();
  return { tick, stop: () => clearInterval(timer) };
}

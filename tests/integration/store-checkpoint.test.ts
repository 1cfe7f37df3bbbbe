import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src-main/store';
import { tempDir } from '../helpers/backend';

describe('WAL checkpoints in idle time', () => {
  it('keeps checkpoints out of the commits that cross SQLite’s default 1,000-page threshold, and copies the log back on the idle tick', () => {
    const dir = tempDir();
    const store = openStore({ file: path.join(dir, 'repaso.db') });
    // 1,200 small commits: with the default threshold some commit would have checkpointed and
    // restarted the log, leaving fewer than 1,000 frames in it.
    for (let i = 0; i < 1200; i++) store.settings.set({ dayStartHour: i % 24 });
    const tick = store.checkpoint();
    expect(tick.log).toBeGreaterThanOrEqual(1200);
    expect(tick.checkpointed).toBe(tick.log);
    store.close();
  });

  it('keeps a write that is still only in the log: a crash before the idle tick loses nothing', () => {
    const dir = tempDir();
    const file = path.join(dir, 'repaso.db');
    const store = openStore({ file });
    store.settings.set({ dayStartHour: 7 });
    // What a crash leaves now: the database file and its log, the write not yet copied back.
    const crashed = path.join(tempDir(), 'repaso.db');
    fs.copyFileSync(file, crashed);
    fs.copyFileSync(`${file}-wal`, `${crashed}-wal`);
    // Without its log the file still has the old value: the write was not checkpointed in its commit.
    const fileOnly = path.join(tempDir(), 'repaso.db');
    fs.copyFileSync(file, fileOnly);
    store.close();
    const again = openStore({ file: crashed });
    expect(again.settings.get().dayStartHour).toBe(7);
    again.close();
    const without = openStore({ file: fileOnly });
    expect(without.settings.get().dayStartHour).toBe(4);
    without.close();
  });
});

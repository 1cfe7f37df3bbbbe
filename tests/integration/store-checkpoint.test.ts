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

  it('leaves every write readable after a reopen, whether the log was copied back or not', () => {
    const dir = tempDir();
    const file = path.join(dir, 'repaso.db');
    const store = openStore({ file });
    store.settings.set({ dayStartHour: 7 });
    store.close();
    expect(fs.existsSync(file)).toBe(true);
    const again = openStore({ file });
    expect(again.settings.get().dayStartHour).toBe(7);
    again.close();
  });
});

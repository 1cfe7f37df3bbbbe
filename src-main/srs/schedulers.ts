import { fsrsScheduler, type FsrsSettings } from './fsrs';
import type { Scheduler } from './scheduler';
import { sm2Scheduler } from './sm2';

/** A deck's scheduler setting, as stored with the deck. SM-2 is the default. */
export type SchedulerSetting = { readonly kind: 'sm2' } | { readonly kind: 'fsrs'; readonly settings?: FsrsSettings };

const fsrsCache = new Map<string, Scheduler>();

/** The scheduler for a deck's setting; FSRS instances are shared per distinct settings. */
export function schedulerFor(setting: SchedulerSetting = { kind: 'sm2' }): Scheduler {
  if (setting.kind === 'sm2') return sm2Scheduler;
  const key = JSON.stringify(setting.settings ?? {});
  let scheduler = fsrsCache.get(key);
  if (!scheduler) {
    scheduler = fsrsScheduler(setting.settings);
    fsrsCache.set(key, scheduler);
  }
  return scheduler;
}

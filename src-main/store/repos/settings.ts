import type { Settings } from '../../api/types';
import type { Db } from '../database';

export const DEFAULT_SETTINGS: Settings = {
  language: 'auto',
  theme: 'auto',
  dayStartHour: 4,
  typeIgnoreCase: false,
  typeIgnoreAccents: false,
  newPerDayAll: 30,
};

/** Settings are stored one JSON value per key, so adding a setting needs no migration. */
export function createSettingsRepo(db: Db) {
  const all = db.prepare('SELECT key, value FROM settings');
  const put = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');

  function get(): Settings {
    const stored: Record<string, unknown> = {};
    for (const row of all.all() as { key: string; value: string }[]) stored[row.key] = JSON.parse(row.value);
    const settings = { ...DEFAULT_SETTINGS };
    for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
      if (key in stored) (settings as Record<string, unknown>)[key] = stored[key];
    }
    return settings;
  }

  return {
    get,
    set(patch: Partial<Settings>): Settings {
      db.transaction(() => {
        for (const [key, value] of Object.entries(patch)) if (value !== undefined) put.run(key, JSON.stringify(value));
      })();
      return get();
    },
  };
}

export type SettingsRepo = ReturnType<typeof createSettingsRepo>;

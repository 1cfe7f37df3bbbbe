import { describe, expect, it } from 'vitest';
import { createDispatch, type Handlers } from '../../../src-main/api/dispatch';
import { AppError } from '../../../src-main/api/result';
import { DEFAULT_SETTINGS } from '../../../src-main/store/repos/settings';

/** Handlers these tests never call: they fail loudly if one is. */
function unused<M extends keyof Handlers>(names: M[]): Pick<Handlers, M> {
  const fail = () => {
    throw new Error('not expected in this test');
  };
  return Object.fromEntries(names.map((n) => [n, fail])) as unknown as Pick<Handlers, M>;
}

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  return {
    'app:info': () => ({ version: '1', mode: 'test', dataDir: '/d', databaseFile: '/d/repaso.db', systemLocale: 'en' }),
    'decks:list': () => [],
    'settings:get': () => DEFAULT_SETTINGS,
    'settings:set': (patch) => ({ ...DEFAULT_SETTINGS, ...patch }),
    ...unused(['review:next', 'review:answer', 'review:check', 'review:undo', 'review:suspend', 'review:bury', 'today:summary']),
    ...unused(['drill:list', 'drill:start', 'drill:run', 'drill:choose', 'drill:complete', 'drill:hint', 'drill:reveal', 'drill:reset', 'drill:end']),
    ...unused(['notes:get', 'notes:edit', 'notes:resolve-update']),
    ...unused(['decks:overview', 'decks:settings', 'decks:set-settings', 'decks:create', 'decks:rename', 'decks:delete', 'notes:add', 'decks:export', 'decks:import-preview', 'decks:import']),
    ...unused(['stats:summary']),
    ...unused(['review:content', 'browse:search', 'browse:tags']),
    ...unused(['backup:list', 'backup:create', 'backup:export', 'backup:restore']),
    ...overrides,
  };
}

describe('dispatch', () => {
  it('returns the handler value wrapped as ok', async () => {
    const dispatch = createDispatch(handlers());
    expect(await dispatch('settings:set', { dayStartHour: 6 })).toEqual({ ok: true, value: { ...DEFAULT_SETTINGS, dayStartHour: 6 } });
  });

  it('refuses an unknown method without calling anything', async () => {
    const result = await createDispatch(handlers())('decks:drop', {});
    expect(result).toEqual({ ok: false, error: { code: 'UNKNOWN_METHOD', message: 'Unknown API method "decks:drop"' } });
  });

  it('rejects input that breaks the schema, naming the field and the rule', async () => {
    let called = false;
    const dispatch = createDispatch(handlers({ 'settings:set': () => ((called = true), DEFAULT_SETTINGS) }));
    const result = await dispatch('settings:set', { dayStartHour: 24, theme: 'pink' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.message).toMatch(/^settings:set: /);
    expect(result.error.message).toContain('dayStartHour');
    expect(result.error.message).toContain('theme');
    expect(called).toBe(false);
  });

  it('rejects fields the contract does not know', async () => {
    const result = await createDispatch(handlers())('settings:set', { language: 'es', admin: true });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('INVALID_INPUT');
  });

  it('turns an AppError into its code and message', async () => {
    const dispatch = createDispatch(handlers({ 'decks:list': () => { throw new AppError('NOT_FOUND', 'no such deck'); } }));
    expect(await dispatch('decks:list', undefined)).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'no such deck' } });
  });

  it('reports an unexpected exception as INTERNAL and to the log, without rejecting', async () => {
    const logged: string[] = [];
    const dispatch = createDispatch(handlers({ 'decks:list': () => { throw new TypeError('boom'); } }), (_e, m) => logged.push(m));
    expect(await dispatch('decks:list', undefined)).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'decks:list failed: boom' } });
    expect(logged).toEqual(['decks:list']);
  });
});

import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { browseStateOf, buildBrowseQuery, foldForSearch, likeEscape, STATE_CONDITIONS } from '../../../src-main/store/repos/browse-query';
import type { BrowseState } from '../../../src-main/api/types';

describe('buildBrowseQuery', () => {
  it('shows live cards only when no filter is given, and reads no note', () => {
    expect(buildBrowseQuery({}, 1000)).toEqual({ where: 'c.retired = 0', params: {}, needsNote: false });
  });

  it('passes every value as a parameter, never in the SQL text', () => {
    const q = buildBrowseQuery({ text: "x' OR 1=1 --", deckId: "d'", tag: 't%' }, 1000);
    expect(q.where).not.toContain("x'");
    expect(q.where).not.toContain("d'");
    expect(q.params).toEqual({ deckId: "d'", text: "%x' OR 1=1 --%", tag: 't%' });
    expect(q.needsNote).toBe(true);
  });

  it('ignores blank text and tag', () => {
    expect(buildBrowseQuery({ text: '   ', tag: '' }, 1000).needsNote).toBe(false);
  });

  it('names the clock only for the state filters that depend on it', () => {
    expect(buildBrowseQuery({ state: 'buried' }, 1000).params).toEqual({ now: 1000 });
    expect(buildBrowseQuery({ state: 'suspended' }, 1000).params).toEqual({});
  });
});

describe('foldForSearch', () => {
  it('folds Spanish accents and their capitals, and leaves other letters to LIKE', () => {
    expect(foldForSearch('Configuración ÚNICA, pingüino, AÑO')).toBe('Configuracion uNICA, pinguino, AnO');
    expect(foldForSearch('façade')).toBe('façade');
  });
});

describe('likeEscape', () => {
  it('escapes LIKE wildcards and the escape character', () => {
    expect(likeEscape('50%_a\\b')).toBe('50\\%\\_a\\\\b');
  });
});

describe('card states', () => {
  // Every combination of the columns that decide a state, through SQL and through browseStateOf.
  it('the SQL filters and browseStateOf put every card in exactly the same single state', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE cards (id INTEGER PRIMARY KEY, retired INT, suspended INT, buried_until INT, phase TEXT, redrill INT)');
    const insert = db.prepare('INSERT INTO cards (retired, suspended, buried_until, phase, redrill) VALUES (?, ?, ?, ?, ?)');
    const now = 5000;
    for (const retired of [0, 1])
      for (const suspended of [0, 1])
        for (const buried of [null, 1000, 9000])
          for (const phase of ['new', 'review'])
            for (const redrill of [0, 1]) insert.run(retired, suspended, buried, phase, redrill);
    const cards = db.prepare('SELECT * FROM cards').all() as { id: number; retired: number; suspended: number; buried_until: number | null; phase: 'new' | 'review'; redrill: number }[];
    const inSql = new Map<number, BrowseState[]>();
    for (const [state, condition] of Object.entries(STATE_CONDITIONS) as [BrowseState, string][]) {
      const sql = `SELECT id FROM cards c WHERE ${condition}`;
      const ids = (condition.includes('@now') ? db.prepare(sql).pluck().all({ now }) : db.prepare(sql).pluck().all()) as number[];
      for (const id of ids) inSql.set(id, [...(inSql.get(id) ?? []), state]);
    }
    for (const c of cards) {
      const expected = browseStateOf({ retired: c.retired === 1, suspended: c.suspended === 1, buriedUntil: c.buried_until, phase: c.phase, redrill: c.redrill === 1 }, now);
      expect(inSql.get(c.id), `card ${JSON.stringify(c)}`).toEqual([expected]);
    }
    db.close();
  });
});

import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { testBackend, tempDir, value, type TestBackend } from '../helpers/backend';

let open: TestBackend[] = [];
function start(...args: Parameters<typeof testBackend>): TestBackend {
  const b = testBackend(...args);
  open.push(b);
  return b;
}
afterEach(() => {
  for (const b of open) b.close();
  open = [];
});

function writeDeck(dir: string, version: number, cards: string): void {
  fs.writeFileSync(
    path.join(dir, 'evolving.yaml'),
    `id: evolving\ntitle: Evolving ${version}\nlang: es\ndescription: Un mazo que cambia.\nversion: ${version}\ncards:\n${cards}`,
  );
}

/** Card rows by "note:ord", read straight from the file: what the user's history hangs on. */
function cardIds(dataDir: string): Record<string, { id: number; retired: number }> {
  const db = new Database(path.join(dataDir, 'repaso.db'), { readonly: true });
  const rows = db
    .prepare("SELECT n.key || ':' || c.ord AS k, c.id, max(c.retired, n.retired) AS retired FROM cards c JOIN notes n ON n.id = c.note_id WHERE n.deck_id = 'evolving'")
    .all() as { k: string; id: number; retired: number }[];
  db.close();
  return Object.fromEntries(rows.map((r) => [r.k, { id: r.id, retired: r.retired }]));
}

const card = (id: string, front: string, extra = '') =>
  `  - id: ${id}\n    kind: basic\n    front: ${front}\n    back: respuesta\n${extra}`;

describe('API through the in-process client, on a real SQLite file', () => {
  it('lists the decks loaded from the decks folder with their card counts', async () => {
    const { api } = start();
    const decks = value(await api['decks:list']());
    expect(decks).toEqual([
      {
        id: 'mini',
        title: 'Mazo mínimo de prueba',
        description: 'Un mazo pequeño para las pruebas de integración.',
        lang: 'es',
        noteCount: 4,
        // basic + reversed twin, two clozes, choice, type
        cardCount: 6,
      },
    ]);
  });

  it('keeps settings across a restart', async () => {
    const first = start();
    expect(value(await first.api['settings:get']())).toEqual({ language: 'auto', theme: 'auto', dayStartHour: 4, typeIgnoreCase: false, typeIgnoreAccents: false, newPerDayAll: 30 });
    value(await first.api['settings:set']({ language: 'en', dayStartHour: 6 }));
    first.close();
    open = open.filter((b) => b !== first);

    const second = start({ dataDir: first.dataDir });
    expect(value(await second.api['settings:get']())).toEqual({ language: 'en', theme: 'auto', dayStartHour: 6, typeIgnoreCase: false, typeIgnoreAccents: false, newPerDayAll: 30 });
  });

  it('rejects an invalid payload with a typed error and changes nothing', async () => {
    const { api } = start();
    const result = await api['settings:set']({ dayStartHour: -1 } as never);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(value(await api['settings:get']()).dayStartHour).toBe(4);
    const wrongType = await api['settings:set']('tarde' as never);
    expect(wrongType).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('reports what it knows about itself', async () => {
    const { api, dataDir } = start();
    expect(value(await api['app:info']())).toEqual({
      version: '0.0.0-test',
      mode: 'test',
      dataDir,
      databaseFile: path.join(dataDir, 'repaso.db'),
      systemLocale: 'es-ES',
    });
  });

  it('updates a deck to a newer version without losing its cards, and retires removed ones', async () => {
    const decksDir = tempDir();
    writeDeck(decksDir, 1, card('a', 'uno') + card('b', 'dos') + card('c', 'tres', '    reversed: true\n'));
    const first = start({ decksDir });
    expect(value(await first.api['decks:list']())[0]).toMatchObject({ noteCount: 3, cardCount: 4 });
    const idsBefore = cardIds(first.dataDir);
    first.close();
    open = open.filter((b) => b !== first);

    // v2: "b" removed, "c" loses its twin, "d" added; the same file at v2 again changes nothing.
    writeDeck(decksDir, 2, card('a', 'uno cambiado') + card('c', 'tres') + card('d', 'cuatro'));
    const second = start({ dataDir: first.dataDir, decksDir });
    expect(second.backend.decksReport.loaded).toEqual([{ id: 'evolving', outcome: 'updated' }]);
    expect(value(await second.api['decks:list']())[0]).toMatchObject({ title: 'Evolving 2', noteCount: 3, cardCount: 3 });
    const idsAfter = cardIds(first.dataDir);
    expect(idsAfter['a:0']).toEqual(idsBefore['a:0']);
    expect(idsAfter['c:0']).toEqual(idsBefore['c:0']);
    // Removed cards keep their row (and so their history), retired.
    expect(idsAfter['b:0']).toEqual({ ...idsBefore['b:0'], retired: 1 });
    expect(idsAfter['c:1']).toEqual({ ...idsBefore['c:1'], retired: 1 });
    expect(idsAfter['d:0']).toMatchObject({ retired: 0 });
    second.close();
    open = open.filter((b) => b !== second);

    const third = start({ dataDir: first.dataDir, decksDir });
    expect(third.backend.decksReport.loaded).toEqual([{ id: 'evolving', outcome: 'unchanged' }]);
  });

  it('skips a deck file with errors, reports where, and still loads the others', () => {
    const decksDir = tempDir();
    writeDeck(decksDir, 1, card('a', 'uno'));
    fs.writeFileSync(path.join(decksDir, 'broken.yaml'), 'id: broken\ntitle: Roto\nlang: es\ndescription: x\nversion: 1\ncards:\n  - id: x\n    kind: basic\n    front: sin reverso\n');
    const logs: string[] = [];
    const { backend } = start({ decksDir, log: (m) => logs.push(m) });
    expect(backend.decksReport.loaded.map((d) => d.id)).toEqual(['evolving']);
    expect(backend.decksReport.errors.join('\n')).toMatch(/broken\.yaml:7: card "x": field "back"/);
    expect(logs.some((l) => l.startsWith('deck not loaded: ') && l.includes('broken.yaml'))).toBe(true);
  });
});

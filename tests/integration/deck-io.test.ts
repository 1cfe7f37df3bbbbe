/**
 * Import and export through the API on a real SQLite file: the curated decks survive
 * YAML → database → YAML unchanged, an import is all or nothing (a bad file leaves every table
 * exactly as it was), an update keeps review history, and scheduling state travels with a deck.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { readDeckDir } from '../../src-main/decks/read-dir';
import { parseDeckExchange } from '../../src-main/decks/parse';
import { testBackend, value, type TestBackend, dumpTables } from '../helpers/backend';

const NOW = Date.UTC(2026, 2, 10, 9, 0);
const DAY = 86_400_000;
const ROOT = path.resolve(__dirname, '..', '..');

let opened: TestBackend[] = [];
afterEach(() => {
  for (const b of opened) b.close();
  opened = [];
});

function start(options: Parameters<typeof testBackend>[0] = {}): TestBackend {
  const b = testBackend({ timeZone: 'UTC', now: () => NOW, ...options });
  opened.push(b);
  return b;
}

const deckYaml = (version: number, cards: string) => `id: mio\ntitle: Mío v${version}\nlang: es\nversion: ${version}\ncards:\n${cards}`;
const basic = (id: string, front: string) => `  - id: ${id}\n    kind: basic\n    front: ${front}\n    back: respuesta\n`;

async function answerAll(api: TestBackend['api'], deckId: string, q = 4): Promise<number> {
  let n = 0;
  for (;;) {
    const next = value(await api['review:next']({ deckId, locale: 'es' }));
    if (!next.card) return n;
    value(await api['review:answer']({ cardId: next.card.cardId, token: next.card.token, q, durationMs: 100 }));
    n += 1;
  }
}

describe('export', () => {
  it('gives every curated deck back as the file it was loaded from (YAML → database → YAML)', async () => {
    const decksDir = path.join(ROOT, 'decks');
    const { api } = start({ decksDir });
    const files = readDeckDir(decksDir, ROOT);
    expect(files.errors).toEqual([]);
    expect(files.decks.length).toBeGreaterThan(10);
    for (const { deck } of files.decks) {
      for (const format of ['yaml', 'json'] as const) {
        const exported = value(await api['decks:export']({ deckId: deck.id, format }));
        expect(exported.fileName).toBe(`${deck.id}.${format}`);
        const back = parseDeckExchange(exported.content, exported.fileName);
        if (!back.ok) throw new Error(back.errors.map((e) => e.message).join('\n'));
        // Empty tag lists are not written; everything else must be identical.
        const original = { ...deck, cards: deck.cards.map((c) => (c.tags?.length === 0 ? (({ tags: _t, ...rest }) => rest)(c) : c)) };
        expect(back.deck).toEqual(original);
      }
    }
  });

  it('writes the user’s edit of a card, not the deck file’s text', async () => {
    const { api } = start();
    value(await api['notes:edit']({ deckId: 'mini', key: 'listar-pods', content: { front: 'Lista los pods, por favor.', answer: 'kubectl get po' } }));
    const yaml = value(await api['decks:export']({ deckId: 'mini', format: 'yaml' })).content;
    expect(yaml).toContain('front: Lista los pods, por favor.\n    answer: kubectl get po\n');
  });

  it('writes Anki TSV with its header lines', async () => {
    const { api } = start();
    const tsv = value(await api['decks:export']({ deckId: 'mini', format: 'tsv' }));
    expect(tsv).toMatchObject({ fileName: 'mini.tsv', mimeType: 'text/tab-separated-values', noteCount: 4 });
    expect(tsv.content.split('\n').slice(0, 2)).toEqual(['#separator:tab', '#html:false']);
  });

  it('refuses an unknown deck or format', async () => {
    const { api } = start();
    expect(await api['decks:export']({ deckId: 'nope', format: 'yaml' })).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'No deck "nope"' } });
    expect(await api['decks:export']({ deckId: 'mini', format: 'colpkg' as 'yaml' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});

describe('import', () => {
  it('previews a TSV file (title, counts per kind, action) without writing, then imports it', async () => {
    const { api, dataDir } = start();
    const content = '#separator:tab\n#html:false\n#deck:Docker propio\nq1\ta1\n{{c1::docker ps}} lista contenedores\t\n#no header\tsino tarjeta\n';
    const before = dumpTables(dataDir);
    const preview = value(await api['decks:import-preview']({ fileName: 'docker.txt', content, lang: 'es' }));
    expect(preview).toMatchObject({
      format: 'tsv',
      deck: { id: 'docker-propio', title: 'Docker propio', lang: 'es', version: 1 },
      action: 'create',
      counts: { basic: 2, cloze: 1, choice: 0, type: 0, command: 0 },
      cardCount: 3,
      problems: [],
      problemCount: 0,
    });
    expect(dumpTables(dataDir)).toEqual(before);
    expect(value(await api['decks:import']({ fileName: 'docker.txt', content, lang: 'es' }))).toEqual({ deckId: 'docker-propio', title: 'Docker propio', outcome: 'added', noteCount: 3, restored: 0 });
    expect(value(await api['decks:overview']()).find((d) => d.id === 'docker-propio')).toMatchObject({ origin: 'import', cardCount: 3, new: 3 });
    // The same file again makes a second deck: a text file never overwrites one.
    expect(value(await api['decks:import']({ fileName: 'docker.txt', content })).deckId).toBe('docker-propio-2');
  });

  it('refuses a file with a bad line, naming the line and why, and leaves every table byte-identical', async () => {
    const { api, dataDir } = start();
    const rows = Array.from({ length: 500 }, (_, i) => `pregunta ${i}\trespuesta ${i}`);
    rows.push('pregunta sin respuesta\t');
    const before = dumpTables(dataDir);
    const result = await api['decks:import']({ fileName: 'grande.tsv', content: rows.join('\n') });
    expect(result).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: 'grande.tsv was not imported (nothing was changed): grande.tsv:501: the back (column 2) is empty' } });
    expect(dumpTables(dataDir)).toEqual(before);
  });

  it('reports every error of a YAML file at once, each with its line', async () => {
    const { api } = start();
    const content = deckYaml(1, `${basic('a', 'A')}  - id: a\n    kind: basic\n    front: B\n  - id: c\n    kind: cloze\n    text: sin hueco\n`);
    const preview = value(await api['decks:import-preview']({ fileName: 'mio.yaml', content }));
    expect(preview.deck).toBeNull();
    expect(preview.problems.map((p) => p.message)).toEqual([
      'mio.yaml:10: card "a": field "back": required',
      'mio.yaml:10: card "a": field "id": duplicate id (first used by cards[0], line 6)',
      'mio.yaml:15: card "c": field "text": has no cloze deletion {{c1::…}}',
    ]);
  });

  it('rolls back a failure in the middle of the transaction: the tables stay byte-identical', async () => {
    const { api, dataDir } = start();
    value(await api['decks:import']({ fileName: 'mio.yaml', content: deckYaml(1, basic('a', 'A')) }));
    const before = dumpTables(dataDir);
    // Same version: content unchanged; the first state is written, the second names a card the
    // stored deck does not have, so the whole import must be undone.
    const schedule = (card: string) => `    schedule:\n      - card: 0\n        due: 2026-03-12T04:00:00Z\n        lastReview: 2026-03-01T04:00:00Z\n        interval: 11\n${card}`;
    const content = deckYaml(1, `${basic('a', 'A')}${schedule('')}${basic('b', 'B')}${schedule('')}`);
    const result = await api['decks:import']({ fileName: 'mio.yaml', content, restoreSchedule: true });
    expect(result).toEqual({ ok: false, error: { code: 'CONFLICT', message: 'mio.yaml was not imported (nothing was changed): card "b" has no card 0 to restore a schedule to' } });
    expect(dumpTables(dataDir)).toEqual(before);
  });

  it('updates a deck with the same id by the loader’s rules: newer version only, history kept, removed cards retired', async () => {
    const { api, dataDir } = start();
    value(await api['decks:set-settings']({ deckId: 'mini', newPerDay: 0 }));
    value(await api['decks:import']({ fileName: 'mio.yaml', content: deckYaml(1, basic('a', 'A') + basic('b', 'B')) }));
    expect(await answerAll(api, 'mio')).toBe(2);

    const same = deckYaml(1, basic('a', 'cambiado'));
    expect(value(await api['decks:import-preview']({ fileName: 'mio.yaml', content: same }))).toMatchObject({ action: 'unchanged', existing: { version: 1, origin: 'import' } });
    expect(value(await api['decks:import']({ fileName: 'mio.yaml', content: same })).outcome).toBe('unchanged');

    const newer = deckYaml(2, basic('a', 'cambiado') + basic('c', 'C'));
    expect(value(await api['decks:import-preview']({ fileName: 'mio.yaml', content: newer })).action).toBe('update');
    expect(value(await api['decks:import']({ fileName: 'mio.yaml', content: newer })).outcome).toBe('updated');
    expect(value(await api['decks:overview']()).find((d) => d.id === 'mio')).toMatchObject({ title: 'Mío v2', version: 2, cardCount: 2, retired: 1, new: 1 });
    const db = new Database(path.join(dataDir, 'repaso.db'), { readonly: true });
    expect(db.prepare('SELECT count(*) FROM review_log').pluck().get()).toBe(2);
    expect(db.prepare("SELECT content FROM notes WHERE key = 'a'").pluck().get()).toContain('cambiado');
    db.close();
  });

  it('does not let a file replace a curated deck’s cards', async () => {
    const { api } = start();
    const yaml = value(await api['decks:export']({ deckId: 'mini', format: 'yaml' })).content.replace('version: 1', 'version: 9');
    const preview = value(await api['decks:import-preview']({ fileName: 'mini.yaml', content: yaml }));
    expect(preview.blocked).toMatch(/curated deck/);
    expect(await api['decks:import']({ fileName: 'mini.yaml', content: yaml })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('moves a deck with its scheduling state to another database', async () => {
    const a = start();
    value(await a.api['decks:create']({ title: 'Viajero' }));
    for (const front of ['uno', 'dos', 'tres']) value(await a.api['notes:add']({ deckId: 'viajero', content: { kind: 'basic', front, back: 'x' } }));
    value(await a.api['decks:set-settings']({ deckId: 'mini', newPerDay: 0 }));
    expect(await answerAll(a.api, 'viajero', 5)).toBe(3);
    const next = value(await a.api['review:next']({ locale: 'es' }));
    expect(next.card).toBeNull();
    const exported = value(await a.api['decks:export']({ deckId: 'viajero', format: 'json', schedule: true }));
    const states = (dir: string) => {
      const db = new Database(path.join(dir, 'repaso.db'), { readonly: true });
      const rows = db.prepare("SELECT n.key, c.ord, c.phase, c.reps, c.ef, c.interval_days, c.due, c.lapses, c.last_review, c.suspended FROM cards c JOIN notes n ON n.id = c.note_id WHERE c.deck_id = 'viajero' ORDER BY n.key").all();
      db.close();
      return rows;
    };

    const b = start({ now: () => NOW + DAY });
    const preview = value(await b.api['decks:import-preview']({ fileName: exported.fileName, content: exported.content }));
    expect(preview).toMatchObject({ format: 'json', action: 'create', scheduled: 3 });
    expect(value(await b.api['decks:import']({ fileName: exported.fileName, content: exported.content, restoreSchedule: true })).restored).toBe(3);
    expect(states(b.dataDir)).toEqual(states(a.dataDir));
    // Without asking, the cards arrive new.
    const c = start();
    value(await c.api['decks:import']({ fileName: exported.fileName, content: exported.content }));
    expect(value(await c.api['decks:overview']()).find((d) => d.id === 'viajero')).toMatchObject({ new: 3 });
  });

  it('refuses a file over 20 MB with a clear message', async () => {
    const { api } = start();
    const result = await api['decks:import-preview']({ fileName: 'huge.tsv', content: 'x'.repeat(20 * 1024 * 1024 + 1) });
    expect(result).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: 'decks:import-preview: content: the file is larger than 20 MB' } });
  });

  it('imports 10,000 cards in well under the 2 s budget', async () => {
    const { api } = start();
    const content = Array.from({ length: 10_000 }, (_, i) => `pregunta ${i}\trespuesta ${i}`).join('\n');
    const t0 = performance.now();
    value(await api['decks:import']({ fileName: 'diez-mil.tsv', content }));
    const ms = performance.now() - t0;
    expect(value(await api['decks:overview']()).find((d) => d.id === 'diez-mil')?.cardCount).toBe(10_000);
    // Generous: a shared CI machine. The bench figure is in the report.
    expect(ms).toBeLessThan(10_000);
  });
});

/**
 * The day's cap on new cards across all decks (Settings → newPerDayAll): shared out among the
 * decks in turn, counted against answers in any deck, and applied to one deck's review too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir, testBackend, value, type TestBackend } from '../helpers/backend';

const NOW = Date.UTC(2026, 2, 10, 9, 0);

let open: TestBackend | null = null;
afterEach(() => {
  open?.close();
  open = null;
});

/** Three decks of 20 new basic cards each, in one folder. */
function threeDecks(): string {
  const dir = tempDir('repaso-decks-');
  for (const name of ['alfa', 'beta', 'gamma']) {
    const cards = Array.from({ length: 20 }, (_, i) => `  - id: b${i}\n    kind: basic\n    front: ${name} ${i}\n    back: r\n`).join('');
    fs.writeFileSync(path.join(dir, `${name}.yaml`), `id: ${name}\ntitle: ${name}\nlang: es\ndescription: x\nversion: 1\ncards:\n${cards}`);
  }
  return dir;
}

async function answerNext(t: TestBackend, deckId?: string): Promise<string> {
  const next = value(await t.api['review:next']({ locale: 'es', ...(deckId ? { deckId } : {}) }));
  const card = next.card!;
  value(await t.api['review:answer']({ cardId: card.cardId, token: card.token, q: 4, durationMs: 1000 }));
  return card.deckId;
}

describe('the cap on new cards across decks', () => {
  it('defaults to 30 a day, shared out evenly among decks whose own limits would give 60', async () => {
    open = testBackend({ decksDir: threeDecks(), timeZone: 'Europe/Madrid', now: () => NOW });
    const summary = value(await open.api['today:summary']({ locale: 'es' }));
    expect(summary.total.new).toBe(30);
    expect(summary.decks.map((d) => [d.id, d.new])).toEqual([['alfa', 10], ['beta', 10], ['gamma', 10]]);
  });

  it('counts new cards answered in any deck against it, also when reviewing a single deck', async () => {
    open = testBackend({ decksDir: threeDecks(), timeZone: 'Europe/Madrid', now: () => NOW });
    value(await open.api['settings:set']({ newPerDayAll: 12 }));
    for (let i = 0; i < 8; i++) expect(await answerNext(open, 'alfa')).toBe('alfa');
    const summary = value(await open.api['today:summary']({ locale: 'es' }));
    expect(summary.total.new).toBe(4);
    const beta = value(await open.api['review:next']({ locale: 'es', deckId: 'beta' }));
    expect(beta.progress.new).toBe(4);
  });

  it('gives each deck no more than its own limit when the cap is larger', async () => {
    open = testBackend({ decksDir: threeDecks(), timeZone: 'Europe/Madrid', now: () => NOW });
    value(await open.api['settings:set']({ newPerDayAll: 1000 }));
    value(await open.api['decks:set-settings']({ deckId: 'beta', newPerDay: 3 }));
    const summary = value(await open.api['today:summary']({ locale: 'es' }));
    expect(summary.decks.map((d) => d.new)).toEqual([20, 3, 20]);
  });

  it('refuses a cap that is not a whole number from 0 to 9999', async () => {
    open = testBackend({ decksDir: threeDecks(), timeZone: 'Europe/Madrid', now: () => NOW });
    const r = await open.api['settings:set']({ newPerDayAll: -1 });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).toBe('INVALID_INPUT');
    expect(!r.ok && r.error.message).toMatch(/newPerDayAll/);
  });
});

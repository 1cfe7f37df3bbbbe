/**
 * Daily limits over the store's candidate queries: reviews capped at 200 per deck, new cards at
 * 20 even when most candidates are siblings the queue must skip (the store then fetches more),
 * and command drills queued and counted like any card (they are graded on their own pane).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newCardState, type CardState } from '../../src-main/srs';
import { tempDir, testBackend, value, type TestBackend } from '../helpers/backend';

const NOW = Date.UTC(2026, 2, 10, 9, 0); // 10:00 in Madrid
const DAY = 86_400_000;

let open: TestBackend | null = null;
afterEach(() => {
  open?.close();
  open = null;
});

function deckDir(name: string, cards: string[]): string {
  const dir = tempDir('repaso-decks-');
  fs.writeFileSync(path.join(dir, `${name}.yaml`), `id: ${name}\ntitle: ${name}\nlang: es\ndescription: x\nversion: 1\ncards:\n${cards.join('')}`);
  return dir;
}

const basic = (i: number) => `  - id: b${i}\n    kind: basic\n    front: Pregunta ${i}\n    back: Respuesta ${i}\n`;
const cloze = (i: number) => `  - id: z${i}\n    kind: cloze\n    text: "{{c1::uno}} {{c2::dos}} {{c3::tres}} ${i}"\n`;
const command = (i: number) =>
  `  - id: k${i}\n    kind: command\n    prompt: Lista los pods\n    scenario: empty\n    answer: kubectl get pods\n    check: output\n`;

function reviewState(due: number): CardState {
  return { ...newCardState(), phase: 'review', reps: 3, intervalDays: 15, due, lastReview: due - 15 * DAY };
}

describe('daily limits', () => {
  it('shows at most 200 reviews of a deck a day, the most overdue first', async () => {
    open = testBackend({ decksDir: deckDir('muchas', Array.from({ length: 260 }, (_, i) => basic(i))), timeZone: 'Europe/Madrid', now: () => NOW });
    const cards = open.backend.store.review.newCards('muchas', NOW, 1000);
    expect(cards).toHaveLength(260);
    // Card i is i hours overdue.
    open.backend.store.review.importHistory(cards.map((c, i) => ({ cardId: c.id, state: reviewState(NOW - 3 * DAY - i * 3_600_000), records: [] })));
    const next = value(await open.api['review:next']({ locale: 'es' }));
    expect(next.progress).toMatchObject({ left: 200, review: 200, new: 0 });
    expect(next.card!.cardId).toBe(cards[259]!.id);
  });

  it('fills the new-card limit even when most candidates are sibling clozes', async () => {
    open = testBackend({ decksDir: deckDir('clozes', Array.from({ length: 30 }, (_, i) => cloze(i))), timeZone: 'Europe/Madrid', now: () => NOW });
    const summary = value(await open.api['today:summary']({ locale: 'es' }));
    expect(summary.total).toEqual({ due: 0, new: 20, learning: 0 });
    expect(summary.decks[0]).toMatchObject({ cardCount: 90, new: 20 });
  });

  it('queues and counts command drills like any card, in deck order', async () => {
    open = testBackend({ decksDir: deckDir('mixto', [basic(1), command(1), command(2), basic(2)]), timeZone: 'Europe/Madrid', now: () => NOW });
    const summary = value(await open.api['today:summary']({ locale: 'es' }));
    expect(summary.total.new).toBe(4);
    const shown: string[] = [];
    for (;;) {
      const next = value(await open.api['review:next']({ locale: 'es' }));
      if (!next.card) break;
      shown.push(next.card.content.kind);
      value(await open.api['review:answer']({ cardId: next.card.cardId, token: next.card.token, q: 4, durationMs: 0 }));
    }
    expect(shown).toEqual(['basic', 'command', 'command', 'basic']);
  });
});

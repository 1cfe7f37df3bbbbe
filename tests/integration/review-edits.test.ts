import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir, testBackend, value, type TestBackend } from '../helpers/backend';

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

function writeDeck(dir: string, version: number, back: string): void {
  fs.writeFileSync(
    path.join(dir, 'curated.yaml'),
    `id: curated\ntitle: Curado\nlang: es\ndescription: Un mazo que cambia.\nversion: ${version}\ncards:\n` +
      `  - id: pod\n    kind: basic\n    front: ¿Qué es un Pod?\n    back: ${back}\n` +
      `  - id: k8s\n    kind: cloze\n    text: Kubernetes se abrevia {{c1::K8s}}.\n`,
  );
}

describe('editing the card under review', () => {
  it('gives each review card its note key and says whether it is edited or has an update offered', async () => {
    const decksDir = tempDir();
    writeDeck(decksDir, 1, 'Uno.');
    const { api } = start({ decksDir });
    const card = value(await api['review:next']({ locale: 'es', deckId: 'curated' })).card!;
    expect(card).toMatchObject({ noteKey: 'pod', edited: false, updateOffered: false });
  });

  it('re-reads the same card with the new text after an edit, and the shown token still answers it', async () => {
    const decksDir = tempDir();
    writeDeck(decksDir, 1, 'Uno.');
    const { api } = start({ decksDir });
    const card = value(await api['review:next']({ locale: 'es', deckId: 'curated' })).card!;
    value(await api['notes:edit']({ deckId: 'curated', key: card.noteKey, content: { front: '¿Qué es un Pod, exactamente?', back: 'Mío.' } }));
    const text = value(await api['review:content']({ cardId: card.cardId, token: card.token, locale: 'es' }));
    expect(text).toMatchObject({ cardId: card.cardId, noteKey: 'pod', edited: true, updateOffered: false, content: { kind: 'basic', front: '¿Qué es un Pod, exactamente?', back: 'Mío.' } });
    value(await api['review:answer']({ cardId: card.cardId, token: card.token, q: 4, durationMs: 500 }));
  });

  it('refuses to re-read a card answered since it was shown', async () => {
    const decksDir = tempDir();
    writeDeck(decksDir, 1, 'Uno.');
    const { api } = start({ decksDir });
    const card = value(await api['review:next']({ locale: 'es', deckId: 'curated' })).card!;
    value(await api['review:answer']({ cardId: card.cardId, token: card.token, q: 4, durationMs: 500 }));
    expect(await api['review:content']({ cardId: card.cardId, token: card.token, locale: 'es' })).toMatchObject({ ok: false, error: { code: 'CARD_MODIFIED' } });
  });

  it('goes back to the deck text with take: deck even when no update is offered', async () => {
    const decksDir = tempDir();
    writeDeck(decksDir, 1, 'Uno.');
    const { api } = start({ decksDir });
    value(await api['notes:edit']({ deckId: 'curated', key: 'pod', content: { front: '¿Qué es un Pod?', back: 'Mío.' } }));
    const reverted = value(await api['notes:resolve-update']({ deckId: 'curated', key: 'pod', take: 'deck' }));
    expect(reverted).toMatchObject({ edited: false, updateOffered: false, content: { back: 'Uno.' } });
    const card = value(await api['review:next']({ locale: 'es', deckId: 'curated' })).card!;
    expect(card).toMatchObject({ edited: false, content: { back: 'Uno.' } });
  });

  it('shows an offered update on the review card and resolves it from there, keeping the card where it was', async () => {
    const decksDir = tempDir();
    writeDeck(decksDir, 1, 'Uno.');
    const first = start({ decksDir });
    value(await first.api['notes:edit']({ deckId: 'curated', key: 'pod', content: { front: '¿Qué es un Pod?', back: 'Mío.' } }));
    first.close();
    writeDeck(decksDir, 2, 'Dos, del mazo.');
    const { api } = start({ dataDir: first.dataDir, decksDir });
    const card = value(await api['review:next']({ locale: 'es', deckId: 'curated' })).card!;
    expect(card).toMatchObject({ noteKey: 'pod', edited: true, updateOffered: true, content: { back: 'Mío.' } });
    const note = value(await api['notes:get']({ deckId: card.deckId, key: card.noteKey }));
    expect(note.deckContent).toMatchObject({ back: 'Dos, del mazo.' });
    value(await api['notes:resolve-update']({ deckId: card.deckId, key: card.noteKey, take: 'deck' }));
    const text = value(await api['review:content']({ cardId: card.cardId, token: card.token, locale: 'es' }));
    expect(text).toMatchObject({ cardId: card.cardId, edited: false, updateOffered: false, content: { back: 'Dos, del mazo.' } });
    expect(value(await api['review:next']({ locale: 'es', deckId: 'curated' })).card!.cardId).toBe(card.cardId);
  });
});

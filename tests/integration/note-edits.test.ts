import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { testBackend, tempDir, value, type TestBackend } from '../helpers/backend';

let open: TestBackend[] = [];
function start(...args: Parameters<typeof testBackend>): TestBackend {
  const b = testBackend(...args);
  open.push(b);
  return b;
}
function stop(b: TestBackend): void {
  b.close();
  open = open.filter((o) => o !== b);
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

async function shownBack(api: TestBackend['api']): Promise<string> {
  const next = value(await api['review:next']({ locale: 'es', deckId: 'curated' }));
  const content = next.card!.content;
  if (content.kind !== 'basic') throw new Error(`expected the basic card first, got ${content.kind}`);
  return content.back;
}

describe('editing a curated card', () => {
  it('shows the user\'s text in the review from then on', async () => {
    const decksDir = tempDir();
    writeDeck(decksDir, 1, 'La unidad mínima.');
    const { api } = start({ decksDir });
    const edited = value(await api['notes:edit']({ deckId: 'curated', key: 'pod', content: { front: '¿Qué es un Pod?', back: 'Mi definición.' } }));
    expect(edited).toMatchObject({ edited: true, updateOffered: false, content: { kind: 'basic', back: 'Mi definición.' }, deckContent: { back: 'La unidad mínima.' } });
    expect(await shownBack(api)).toBe('Mi definición.');
  });

  it('keeps the user\'s text when the deck is updated, and offers the newer text instead of forcing it', async () => {
    const decksDir = tempDir();
    writeDeck(decksDir, 1, 'La unidad mínima.');
    const first = start({ decksDir });
    value(await first.api['notes:edit']({ deckId: 'curated', key: 'pod', content: { front: '¿Qué es un Pod?', back: 'Mi definición.' } }));
    stop(first);

    writeDeck(decksDir, 2, 'La unidad mínima que Kubernetes programa.');
    const second = start({ dataDir: first.dataDir, decksDir });
    expect(await shownBack(second.api)).toBe('Mi definición.');
    const offered = value(await second.api['notes:get']({ deckId: 'curated', key: 'pod' }));
    expect(offered).toMatchObject({ edited: true, updateOffered: true, deckContent: { back: 'La unidad mínima que Kubernetes programa.' } });

    const taken = value(await second.api['notes:resolve-update']({ deckId: 'curated', key: 'pod', take: 'deck' }));
    expect(taken).toMatchObject({ edited: false, updateOffered: false, content: { back: 'La unidad mínima que Kubernetes programa.' } });
    expect(await shownBack(second.api)).toBe('La unidad mínima que Kubernetes programa.');
  });

  it('keeping the user\'s text clears the offer until the deck changes again', async () => {
    const decksDir = tempDir();
    writeDeck(decksDir, 1, 'Uno.');
    const first = start({ decksDir });
    value(await first.api['notes:edit']({ deckId: 'curated', key: 'pod', content: { front: '¿Qué es un Pod?', back: 'Mío.' } }));
    stop(first);
    writeDeck(decksDir, 2, 'Dos.');
    const second = start({ dataDir: first.dataDir, decksDir });
    const kept = value(await second.api['notes:resolve-update']({ deckId: 'curated', key: 'pod', take: 'mine' }));
    expect(kept).toMatchObject({ edited: true, updateOffered: false, content: { back: 'Mío.' } });
  });

  it('does not flag an update when the deck\'s new version leaves the edited card as it was', async () => {
    const decksDir = tempDir();
    writeDeck(decksDir, 1, 'Uno.');
    const first = start({ decksDir });
    value(await first.api['notes:edit']({ deckId: 'curated', key: 'pod', content: { front: '¿Qué es un Pod?', back: 'Mío.' } }));
    stop(first);
    writeDeck(decksDir, 2, 'Uno.');
    const second = start({ dataDir: first.dataDir, decksDir });
    expect(value(await second.api['notes:get']({ deckId: 'curated', key: 'pod' })).updateOffered).toBe(false);
  });

  it('refuses an edit that breaks the card\'s schema, saying which field and why, and changes nothing', async () => {
    const decksDir = tempDir();
    writeDeck(decksDir, 1, 'Uno.');
    const { api } = start({ decksDir });
    const missing = await api['notes:edit']({ deckId: 'curated', key: 'pod', content: { front: 'sin reverso' } });
    expect(missing).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!missing.ok) expect(missing.error.message).toMatch(/^card "pod": back: /);
    const badCloze = await api['notes:edit']({ deckId: 'curated', key: 'k8s', content: { text: 'Kubernetes se abrevia {{c1::K8s' } });
    expect(badCloze).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const moreCards = await api['notes:edit']({ deckId: 'curated', key: 'k8s', content: { text: '{{c1::K8s}} y {{c2::ocho}}' } });
    expect(moreCards).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!moreCards.ok) expect(moreCards.error.message).toContain('cannot add or remove cloze numbers');
    expect(value(await api['notes:get']({ deckId: 'curated', key: 'pod' })).edited).toBe(false);
    expect(value(await api['notes:get']({ deckId: 'curated', key: 'k8s' })).edited).toBe(false);
  });

  it('answers NOT_FOUND for a card that does not exist', async () => {
    const { api } = start();
    expect(await api['notes:get']({ deckId: 'mini', key: 'nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

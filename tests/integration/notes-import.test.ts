/**
 * Notes through the API on a real SQLite file: the preview is a draft (cards with their lines,
 * drills that cannot pass flagged), nothing is written until the edited draft is imported, and
 * that import is all or nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExchangeDeckFile } from '../../src-main/decks/schema';
import { testBackend, value, type TestBackend, dumpTables } from '../helpers/backend';

const ROOT = path.resolve(__dirname, '..', '..');
const NOTE = fs.readFileSync(path.join(ROOT, 'tests', 'fixtures', 'notes', 'pods-y-despliegues.md'), 'utf8');

let opened: TestBackend[] = [];
afterEach(() => {
  for (const b of opened) b.close();
  opened = [];
});

function start(): TestBackend {
  // The real decks folder: its scenarios (the empty cluster) are what drills are checked on.
  const b = testBackend({ timeZone: 'UTC', now: () => Date.UTC(2026, 2, 10, 9), decksDir: path.join(ROOT, 'decks') });
  opened.push(b);
  return b;
}

describe('notes import', () => {
  it('previews a notes file as a draft: its cards with their lines, typo warnings, and the drills that fail in the simulator flagged', async () => {
    const { api, dataDir } = start();
    const before = dumpTables(dataDir);
    const preview = value(await api['decks:import-preview']({ fileName: 'pods-y-despliegues.md', content: NOTE, lang: 'es' }));
    expect(preview).toMatchObject({
      format: 'notes',
      deck: { id: 'kubernetes-pods-y-despliegues', title: 'Kubernetes: pods y despliegues', lang: 'es', version: 1 },
      action: 'create',
      counts: { basic: 6, cloze: 0, choice: 0, type: 1, command: 4 },
      problemCount: 0,
    });
    expect(preview.warnings).toEqual(['pods-y-despliegues.md:16: kuberclt → kubectl (corregido)', 'pods-y-despliegues.md:23: deplyment → deployment (corregido)']);
    const flagged = Object.fromEntries(preview.draft!.filter((d) => d.flag !== null).map((d) => [d.card.id, d.flag]));
    // `describe pod web` on an empty cluster: there is no pod web, so kubectl fails.
    expect(Object.keys(flagged)).toEqual(['practica-kubectl-describe-pod-web']);
    expect(flagged['practica-kubectl-describe-pod-web']).toEqual({ reason: 'fails', detail: 'Error from server (NotFound): pods "web" not found' });
    expect(preview.draft!.find((d) => d.card.id === 'practica-kubectl-create-deployment-web-image')).toMatchObject({ line: 23, flag: null });
    expect(dumpTables(dataDir)).toEqual(before);
  });

  it('says why each failing drill fails: not in the simulator, an error from kubectl, or nothing to check; a working one is not flagged', async () => {
    const { api } = start();
    const content = [
      '```',
      '# usa el contexto del administrador',
      'kubectl config use-context kubernetes-admin@kubernetes',
      '# abre un proxy al API server',
      'kubectl proxy',
      '# anota el nodo node1',
      'kubectl annotate node node1 equipo=red',
      '# edita el deployment x',
      'kubectl edit deployment x',
      '```',
    ].join('\n');
    const preview = value(await api['decks:import-preview']({ fileName: 'n.md', content, lang: 'es' }));
    expect(preview.draft!.map((d) => [d.card.kind === 'command' && d.card.answer, d.flag])).toEqual([
      ['kubectl config use-context kubernetes-admin@kubernetes', { reason: 'no-change', detail: '' }],
      ['kubectl proxy', { reason: 'unsupported', detail: 'error: "kubectl proxy" is not supported by the simulator yet' }],
      ['kubectl annotate node node1 equipo=red', null],
      ['kubectl edit deployment x', { reason: 'fails', detail: 'Error from server (NotFound): deployments.apps "x" not found' }],
    ]);
  });

  it('imports the edited draft (cards unticked, a front changed, a new title) as a new deck, never over an existing one', async () => {
    const { api } = start();
    const preview = value(await api['decks:import-preview']({ fileName: 'pods-y-despliegues.md', content: NOTE, lang: 'es' }));
    const kept = preview.draft!.filter((d) => d.flag === null && d.card.id !== 'conceptos-deployment').map((d) => d.card);
    const edited = kept.map((c) => (c.id === 'conceptos-pod' && c.kind === 'basic' ? { ...c, front: '¿Qué es un Pod?' } : c));
    const deck: ExchangeDeckFile = { id: preview.deck!.id, title: 'Pods (mis apuntes)', lang: 'es', version: 1, description: preview.deck!.description, cards: edited };
    const result = value(await api['decks:import']({ fileName: 'pods-y-despliegues.json', content: JSON.stringify(deck), lang: 'es' }));
    expect(result).toEqual({ deckId: 'kubernetes-pods-y-despliegues', title: 'Pods (mis apuntes)', outcome: 'added', noteCount: 9, restored: 0 });
    const overview = value(await api['decks:overview']()).find((d) => d.id === result.deckId);
    expect(overview).toMatchObject({ title: 'Pods (mis apuntes)', origin: 'import', cardCount: 9 });
    const exported = JSON.parse(value(await api['decks:export']({ deckId: result.deckId, format: 'json' })).content) as ExchangeDeckFile;
    expect(exported.cards.find((c) => c.id === 'conceptos-pod')).toMatchObject({ front: '¿Qué es un Pod?', source: 'Conceptos', tags: ['conceptos'] });
    expect(exported.cards.map((c) => c.id)).not.toContain('conceptos-deployment');
    // Previewing the same notes again proposes a new deck rather than touching this one.
    expect(value(await api['decks:import-preview']({ fileName: 'pods-y-despliegues.md', content: NOTE, lang: 'es' })).deck!.id).toBe('kubernetes-pods-y-despliegues-2');
  });

  it('writes nothing when the edited draft has a bad card (an emptied answer), and says which and why', async () => {
    const { api, dataDir } = start();
    const preview = value(await api['decks:import-preview']({ fileName: 'pods-y-despliegues.md', content: NOTE, lang: 'es' }));
    const cards = preview.draft!.map((d) => (d.card.id === 'conceptos-replicaset' ? { ...d.card, back: '  ' } : d.card));
    const before = dumpTables(dataDir);
    const deck = { id: preview.deck!.id, title: preview.deck!.title, lang: 'es', version: 1, cards };
    const result = await api['decks:import']({ fileName: 'pods-y-despliegues.json', content: JSON.stringify(deck), lang: 'es' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(!result.ok && result.error.message).toMatch(/nothing was changed.*conceptos-replicaset.*back.*must not be empty/);
    expect(dumpTables(dataDir)).toEqual(before);
  });
});

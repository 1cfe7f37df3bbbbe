/**
 * Re-creates tests/fixtures/apkg/modern.apkg: a package as Anki ≥ 2.1.50 writes it, with the
 * schema-18 collection zstd-compressed in `collection.anki21b` and the legacy stub
 * `collection.anki2` beside it. Needs the `zstd` CLI (tests only read the committed file).
 *
 *   npx tsx scripts/make-anki21b-fixture.ts
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { buildCollection } from '../tests/helpers/anki-package';

const out = path.resolve(__dirname, '..', 'tests', 'fixtures', 'apkg', 'modern.apkg');

const collection = buildCollection({
  schema: 'modern',
  crt: 1_767_225_600, // 2026-01-01T00:00:00Z
  decks: ['Empty'],
  notes: [
    { type: 'basic', guid: 'm-basic', deck: 'Docker', fields: ['¿Qué hace <code>docker ps</code>?', 'Lista los contenedores <b>en ejecución</b>'], tags: ['docker'] },
    {
      type: 'reversed',
      guid: 'm-reversed',
      deck: 'Docker',
      fields: ['imagen', 'plantilla de solo lectura<img src="capas.png">'],
      // Card 1 in review: due on day 80 after crt with a 10-day interval; card 2 new.
      cards: [{ ord: 0, type: 2, queue: 2, due: 80, ivl: 10, factor: 2300, reps: 5, lapses: 1 }, { ord: 1 }],
    },
    { type: 'cloze', guid: 'm-cloze', deck: 'Docker', fields: ['{{c1::docker run}} crea y arranca; {{c2::docker start}} solo arranca', 'Ver la nota 2'] },
    { type: 'type', guid: 'm-type', deck: 'Kubernetes::Pods', fields: ['Comando para listar pods', 'kubectl get pods'] },
  ],
});
const stub = buildCollection({ schema: 'legacy', notes: [{ type: 'basic', guid: 'stub', fields: ['Please update to the latest Anki version, then import the .colpkg/.apkg file again.', ''] }] });

const compressed = execFileSync('zstd', ['-q', '-c', '-19'], { input: collection, maxBuffer: 64 * 1024 * 1024 });
// The `media` entry of the new format is itself zstd protobuf; an empty one decompresses to nothing.
const media = execFileSync('zstd', ['-q', '-c'], { input: Buffer.alloc(0) });
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, zipSync({ 'collection.anki21b': new Uint8Array(compressed), 'collection.anki2': stub, media: new Uint8Array(media), '0': Buffer.from('not really a png') }));
console.log(`wrote ${path.relative(process.cwd(), out)} (${fs.statSync(out).size} bytes; collection ${collection.length} → ${compressed.length} bytes zstd)`);

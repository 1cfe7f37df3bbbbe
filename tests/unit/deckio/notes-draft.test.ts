/**
 * Notes → draft deck: each extraction rule on its own, then a realistic Spanish note (fixture)
 * as a whole: ids stable and unique, typos corrected, headings as source and tags.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixKnownTypos } from '../../../src-main/decks/command-signature';
import { exchangeDeckFileSchema } from '../../../src-main/decks/schema';
import { detectFormat, parseImportFile } from '../../../src-main/deckio/import-file';
import { notesToDraft } from '../../../src-main/deckio/notes-draft';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'notes');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');
const draft = (text: string, lang = 'es', fileName = 'apuntes.md') => notesToDraft(text, { fileName, lang });
const cards = (text: string, lang = 'es') => draft(text, lang).deck.cards;

describe('notes → draft deck', () => {
  it('takes the title from the first heading, or from the file name when there is none', () => {
    expect(draft('# Redes en Kubernetes\n\nPod: unidad mínima').deck).toMatchObject({ id: 'redes-en-kubernetes', title: 'Redes en Kubernetes', lang: 'es', version: 1 });
    expect(draft('Pod: unidad mínima', 'es', 'mis_apuntes-k8s.txt').deck.title).toBe('Mis apuntes k8s');
  });

  it('turns a "term: definition" line into a basic card, front the term and back the definition', () => {
    expect(cards('## Objetos\n\n**Pod**: la unidad mínima que se planifica\n- Namespace: agrupa recursos')).toMatchObject([
      { kind: 'basic', front: 'Pod', back: 'La unidad mínima que se planifica' },
      { kind: 'basic', front: 'Namespace', back: 'Agrupa recursos' },
    ]);
  });

  it('leaves prose with a colon alone: URLs, asides, sentences before the colon', () => {
    expect(cards('Más info en https://kubernetes.io/docs\nNota: repasar el lunes\nHoy vimos muchas cosas sobre la red del clúster: interesante\nEsto es. Algo: otro')).toEqual([]);
  });

  it('turns a `command` — description bullet into a card that shows the command and asks what it does', () => {
    expect(cards('- `kubectl get pods` — lista los pods\n- `docker ps`: lista contenedores\n- `helm list` -> lista releases')).toMatchObject([
      { kind: 'basic', front: '¿Qué hace `kubectl get pods`?', back: 'Lista los pods' },
      { kind: 'basic', front: '¿Qué hace `docker ps`?', back: 'Lista contenedores' },
      { kind: 'basic', front: '¿Qué hace `helm list`?', back: 'Lista releases' },
    ]);
    expect(cards('- `kubectl get pods` — lists the pods', 'en')[0]).toMatchObject({ front: 'What does `kubectl get pods` do?' });
  });

  it('reads a code-span term that is not a command as a term', () => {
    expect(cards('- `ReplicaSet` — mantiene réplicas')).toMatchObject([{ kind: 'basic', front: 'ReplicaSet', back: 'Mantiene réplicas' }]);
  });

  it('turns a commented kubectl line in a code block into a drill on the empty cluster, by output for reads and state for changes', () => {
    const text = '```bash\n# lista los nodos\nkubectl get nodes\n\n# crea el namespace dev\n$ kubectl create namespace dev\nkubectl get pods   # muestra los pods\n```';
    expect(cards(text)).toEqual([
      expect.objectContaining({ kind: 'command', prompt: 'Lista los nodos.', scenario: 'empty', answer: 'kubectl get nodes', check: 'output' }),
      expect.objectContaining({ kind: 'command', prompt: 'Crea el namespace dev.', answer: 'kubectl create namespace dev', check: 'state' }),
      expect.objectContaining({ kind: 'command', prompt: 'Muestra los pods.', answer: 'kubectl get pods', check: 'output' }),
    ]);
  });

  it('checks by output a dry run, a wait or a help page, which change nothing, as the drill checker judges them', () => {
    const text = '```bash\n# el YAML del deployment web sin crearlo\nkubectl create deployment web --image=nginx --dry-run=client -o yaml\n# espera al nodo\nkubectl wait --for=condition=Ready node/node1\n# la ayuda de proxy\nkubectl proxy --help\n```';
    expect(cards(text).map((c) => c.kind === 'command' && c.check)).toEqual(['output', 'output', 'output']);
  });

  it('turns a commented docker, helm or minikube line into a type-in card, since the simulator runs only kubectl', () => {
    expect(cards('```\n# arranca un nginx en segundo plano\ndocker run -d nginx\n# instala el chart\nhelm install web bitnami/nginx\n```')).toMatchObject([
      { kind: 'type', front: 'Arranca un nginx en segundo plano.', answer: 'docker run -d nginx' },
      { kind: 'type', front: 'Instala el chart.', answer: 'helm install web bitnami/nginx' },
    ]);
  });

  it('makes nothing of uncommented commands, YAML comments, or text outside code blocks that looks like a comment', () => {
    expect(cards('```\nkubectl get pods\n```\n```yaml\n# el manifiesto\napiVersion: v1\n```')).toEqual([]);
  });

  it('writes the known typos of the notes as meant, in answers and fronts, and says so', () => {
    const d = draft('## Práctica\n- `kuberclt get nodes` — lista nodos\n```\n# crea el deployment web\nkubctl create deplyment web --image=nginx\n```', 'es', 'k.md');
    expect(d.deck.cards).toMatchObject([{ front: '¿Qué hace `kubectl get nodes`?' }, { answer: 'kubectl create deployment web --image=nginx' }]);
    expect(d.warnings).toEqual(['k.md:2: kuberclt → kubectl (corregido)', 'k.md:5: kubctl → kubectl (corregido)', 'k.md:5: deplyment → deployment (corregido)']);
  });

  it('corrects a tool typo only where the tool is named, and other typos only as whole words', () => {
    expect(fixKnownTypos('sudo kuberclt get deplyments')).toEqual({ command: 'sudo kubectl get deployments', fixed: ['kuberclt → kubectl', 'deplyments → deployments'] });
    expect(fixKnownTypos('kubectl logs kuberclt --tail=5')).toEqual({ command: 'kubectl logs kuberclt --tail=5', fixed: [] });
    expect(fixKnownTypos('kubectl get deplyment-x')).toEqual({ command: 'kubectl get deplyment-x', fixed: [] });
  });

  it('sets each card’s source to its heading and tags it with the heading, except under the title', () => {
    expect(cards('# Curso\nPod: unidad\n## Redes básicas\nService: expone pods')).toMatchObject([
      { front: 'Pod', source: 'Curso' },
      { front: 'Service', source: 'Redes básicas', tags: ['redes-basicas'] },
    ]);
    expect(cards('# Curso\nPod: unidad')[0]).not.toHaveProperty('tags');
  });

  it('makes ids from the heading and the text: the same note gives the same ids, and repeated texts get distinct ones', () => {
    const text = '## Red\nService: expone pods\n## Otra\nService: otra cosa\nService: una tercera';
    const ids = cards(text).map((c) => c.id);
    expect(ids).toEqual(['red-service', 'otra-service', 'otra-service-2']);
    expect(cards(text).map((c) => c.id)).toEqual(ids);
  });

  it('keeps one card when the note repeats the same line', () => {
    expect(cards('Pod: unidad\nPod: unidad')).toHaveLength(1);
  });

  it('turns a realistic Spanish note into a valid deck, each card with its line', () => {
    const d = notesToDraft(fixture('pods-y-despliegues.md'), { fileName: 'pods-y-despliegues.md', lang: 'es' });
    expect(exchangeDeckFileSchema.safeParse(d.deck).success).toBe(true);
    expect(d.deck.title).toBe('Kubernetes: pods y despliegues');
    expect(d.cards.map((c) => [c.line, c.card.kind, c.card.id])).toEqual([
      [7, 'basic', 'conceptos-pod'],
      [8, 'basic', 'conceptos-replicaset'],
      [9, 'basic', 'conceptos-deployment'],
      [15, 'basic', 'comandos-basicos-kubectl-get-pods'],
      [16, 'basic', 'comandos-basicos-kubectl-get-nodes-o-wide'],
      [17, 'basic', 'comandos-basicos-docker-ps'],
      [23, 'command', 'practica-kubectl-create-deployment-web-image'],
      [26, 'command', 'practica-kubectl-get-pods-show-labels'],
      [28, 'command', 'practica-kubectl-get-namespaces'],
      [31, 'command', 'practica-kubectl-describe-pod-web'],
      [34, 'type', 'practica-minikube-start'],
    ]);
    expect(new Set(d.deck.cards.map((c) => c.id)).size).toBe(d.deck.cards.length);
  });

  it('reads numbered lists, arrows, commands without backticks, table rows and prompts in a Docker note', () => {
    const d = notesToDraft(fixture('docker-basico.md'), { fileName: 'docker-basico.md', lang: 'es' });
    expect(d.deck.cards.map((c) => (c.kind === 'basic' ? `${c.front} = ${c.back}` : c.kind === 'type' ? `${c.front} = ${c.answer}` : c.kind))).toEqual([
      'Imagen = Plantilla de solo lectura a partir de la que se crean contenedores.',
      'Volumen (volume) = Almacenamiento que sobrevive al contenedor.',
      '¿Qué hace `docker images`? = Lista las imágenes descargadas',
      '¿Qué hace `docker pull nginx:1.25`? = Descarga una imagen concreta',
      '¿Qué hace `docker ps -a`? = Lista todos los contenedores, también los parados',
      'Arranca nginx en segundo plano publicando el 8080. = docker run -d --name web -p 8080:80 nginx',
      'Entra en el contenedor web con una shell. = docker exec -it web sh',
      '¿Qué hace `docker stop web`? = Para el contenedor',
    ]);
    expect(d.warnings).toEqual(['docker-basico.md:10: docer → docker (corregido)']);
  });

  it('reads a plain-text note with no headings', () => {
    const d = notesToDraft(fixture('servicios.txt'), { fileName: 'servicios.txt', lang: 'es' });
    expect(d.deck.title).toBe('Servicios');
    expect(d.deck.cards).toMatchObject([
      { kind: 'basic', front: '¿Qué hace `kubectl expose deployment web --port=80`?' },
      { kind: 'basic', front: '¿Qué hace `kubectl get svc`?', back: 'Lista los servicios' },
      { kind: 'basic', front: 'ClusterIP' },
      { kind: 'basic', front: 'NodePort', back: 'Abre el mismo puerto en todos los nodos.' },
      { kind: 'command', prompt: 'Sigue los logs del pod api.', answer: 'kubectl logs -f api', check: 'output' },
    ]);
    expect(d.deck.cards[0]).not.toHaveProperty('source');
  });
});

describe('notes as an import format', () => {
  it('reads .md files as notes, and .txt files as notes unless they look like Anki text', () => {
    expect(detectFormat('a.md', 'Pod: unidad')).toBe('notes');
    expect(detectFormat('a.txt', '# Curso\nPod: unidad')).toBe('notes');
    expect(detectFormat('a.txt', '- `kubectl get po` — lista')).toBe('notes');
    expect(detectFormat('a.txt', '#separator:tab\nq\ta\n')).toBe('tsv');
    expect(detectFormat('a.txt', 'q,a\n')).toBe('csv');
    expect(detectFormat('a.txt', 'What does `docker ps` list?,Running containers\n')).toBe('csv');
  });

  it('gives the draft cards and the typo warnings through parseImportFile', () => {
    const parsed = parseImportFile('k.md', '- `kuberclt get po` — lista pods', { lang: 'es' });
    expect(parsed).toMatchObject({ format: 'notes', problems: [], warnings: ['k.md:1: kuberclt → kubectl (corregido)'] });
    expect(parsed.draft).toHaveLength(1);
  });
});

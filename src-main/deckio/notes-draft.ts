/**
 * Study notes (Markdown or plain text) → a draft deck the user reviews before it is saved. Pure.
 *
 * Rules, each from one line or block of the note:
 * - the first heading is the title (else the file name); every card keeps the heading it was
 *   written under as `source`, and that heading (the title aside) as its tag;
 * - `term: definition` → a basic card, front the term, back the definition;
 * - a bullet `` `command` — description `` (or `` `command`: description ``, `command: description`
 *   without backticks, a table row `` | `command` | description | ``) → a basic card whose
 *   front shows the command and asks what it does. One direction for all of them, recognition:
 *   notes write descriptions as fragments ("lista los pods") that read well as answers but not
 *   as questions, and producing the command is what the drills below train;
 * - in a code block, a `# comment` line before a command (or after it on the same line) → for
 *   kubectl a `command` drill on the empty cluster, checked by output for verbs that only read and
 *   by state otherwise; for docker, helm, minikube… (which the simulator does not run) a type card.
 * Known typos (`kuberclt`, `deplyment`) are corrected in answers, and each correction is a warning.
 */
import { commandSignature, fixKnownTypos } from '../decks/command-signature';
import { extractHeadings } from '../decks/coverage';
import { isReadOnly } from '../drills/command';
import type { ExchangeCard, ExchangeDeckFile } from '../decks/schema';
import { deckIdFromTitle, slug, uniqueAmong } from './ids';

/** A card without its id, which is made from the heading and text once the card is kept. */
type CardBody = ExchangeCard extends infer C ? (C extends ExchangeCard ? Omit<C, 'id'> : never) : never;

export interface DraftCard {
  card: ExchangeCard;
  /** 1-based line of the note the card came from. */
  line: number;
}

export interface NotesDraft {
  deck: ExchangeDeckFile;
  cards: DraftCard[];
  warnings: string[];
}

export interface NotesDraftOptions {
  fileName: string;
  /** Language of the note: the generated question text (`¿Qué hace…?`) is written in it. */
  lang: string;
}

/** The scenario every drawn-from-notes drill runs on: a fresh cluster with nothing deployed. */
export const DRAFT_SCENARIO = 'empty';

const WORDS = {
  es: { whatDoes: (cmd: string) => `¿Qué hace \`${cmd}\`?`, description: (file: string) => `Borrador a partir de ${file}.`, fixed: 'corregido' },
  en: { whatDoes: (cmd: string) => `What does \`${cmd}\` do?`, description: (file: string) => `Draft from ${file}.`, fixed: 'corrected' },
};

const BULLET = /^\s*(?:[-*+•]|\d+[.)])\s+/;
/** `` `cmd` — description ``, with an em/en dash, hyphen, colon or arrow between. */
const COMMAND_BULLET = /^`([^`]+)`\s*(?:[—–:]|-{1,2}>?|→|=>)\s*(.+)$/;
/** A short term (at most six words, no sentence punctuation) before a colon, then the definition. */
const TERM_LINE = /^(?:\*\*|__)?([\p{L}\p{N}][\p{L}\p{N} ()/.'’`_-]{0,59}?)(?:\*\*|__)?\s*:(?:\*\*|__)?\s+(\S.*)$/u;

export function notesToDraft(text: string, options: NotesDraftOptions): NotesDraft {
  const words = options.lang.toLowerCase().startsWith('es') ? WORDS.es : WORDS.en;
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const headingAt = new Map(extractHeadings(lines.join('\n')).map((h) => [h.line, h.heading]));
  const title = headingAt.values().next().value ?? titleFromFileName(options.fileName);
  const titleLine = headingAt.size > 0 ? Math.min(...headingAt.keys()) : 0;

  const drafts: DraftCard[] = [];
  const warnings: string[] = [];
  const taken = new Set<string>();
  const seen = new Set<string>();
  let heading: string | undefined;
  let fence: string | null = null;
  let comment: string[] = [];
  let headingLine = 0;

  const add = (card: CardBody, idText: string, line: number): void => {
    const key = JSON.stringify(card);
    if (seen.has(key)) return; // the same card written twice in the note is one card
    seen.add(key);
    const base = [slug(heading ?? '').slice(0, 24).replace(/-+$/, ''), slug(idText).slice(0, 36).replace(/-+$/, '')].filter((s) => s !== '').join('-');
    const id = uniqueAmong(base || 'tarjeta', taken);
    taken.add(id);
    const full = { id, ...card } as ExchangeCard;
    if (heading !== undefined) full.source = heading;
    if (heading !== undefined && headingLine !== titleLine) full.tags = [slug(heading) || 'notas'];
    drafts.push({ card: full, line });
  };

  const fixed = (raw: string, line: number): string => {
    const { command, fixed: changes } = fixKnownTypos(raw);
    for (const change of changes) warnings.push(`${options.fileName}:${line}: ${change} (${words.fixed})`);
    return command;
  };

  lines.forEach((raw, i) => {
    const line = i + 1;
    const fenceMark = /^\s*(```|~~~)/.exec(raw)?.[1];
    if (fence !== null) {
      if (fenceMark === fence) {
        fence = null;
        comment = [];
        return;
      }
      codeLine(raw.trim(), line);
      return;
    }
    if (fenceMark) {
      fence = fenceMark;
      comment = [];
      return;
    }
    const h = headingAt.get(line);
    if (h !== undefined) {
      heading = h;
      headingLine = line;
      return;
    }
    // A table row `| `docker stop web` | para el contenedor |` is a command bullet in columns.
    const row = /^\s*\|\s*`([^`]+)`\s*\|\s*([^|]*\S)\s*\|/.exec(raw);
    if (row && isCommand(row[1]!.trim())) {
      const command = fixed(row[1]!.trim(), line);
      add({ kind: 'basic', front: words.whatDoes(command), back: capitalize(cleanText(row[2]!)) }, command, line);
      return;
    }
    const body = raw.replace(BULLET, '').trim();
    if (body === '') return;
    const bulleted = BULLET.test(raw);
    const cmd = COMMAND_BULLET.exec(body);
    if (cmd) {
      const inside = cmd[1]!.trim();
      const description = cleanText(cmd[2]!);
      if (isCommand(inside)) {
        const command = fixed(inside, line);
        add({ kind: 'basic', front: words.whatDoes(command), back: capitalize(description) }, command, line);
        return;
      }
      if (bulleted || /^\s*`/.test(raw)) {
        add({ kind: 'basic', front: inside, back: capitalize(description) }, inside, line);
        return;
      }
    }
    const term = TERM_LINE.exec(body);
    if (term && isTerm(term[1]!, term[2]!)) {
      const front = cleanText(term[1]!).replace(/`/g, '');
      // `docker ps -a: lista todos` is a command bullet written without backticks.
      if (isCommand(front)) {
        const command = fixed(front, line);
        add({ kind: 'basic', front: words.whatDoes(command), back: capitalize(cleanText(term[2]!)) }, command, line);
        return;
      }
      add({ kind: 'basic', front, back: capitalize(cleanText(term[2]!)) }, front, line);
    }
  });

  function codeLine(code: string, line: number): void {
    if (code === '') return;
    const own = /^(?:#|\/\/)\s*(.*)$/.exec(code);
    if (own) {
      if (own[1]!.trim() !== '' && !own[1]!.startsWith('!')) comment.push(own[1]!.trim());
      return;
    }
    // `kubectl get pods   # lista los pods`: an explanation after the command counts too.
    const inline = /^(.*?\S)\s+#\s+(.+)$/.exec(code);
    const command = (inline ? inline[1]! : code).replace(/^\$\s+/, '');
    const explanation = inline ? [inline[2]!.trim()] : comment;
    comment = [];
    if (explanation.length === 0 || !isCommand(command)) return;
    const answer = fixed(command, line);
    const task = capitalize(sentence(explanation.join(' ')));
    const sig = commandSignature(answer)!;
    if (sig.tool === 'kubectl') {
      add({ kind: 'command', prompt: task, scenario: DRAFT_SCENARIO, answer, check: isReadOnly(answer) ? 'output' : 'state' }, answer, line);
    } else {
      add({ kind: 'type', front: task, answer }, answer, line);
    }
  }

  const deck: ExchangeDeckFile = {
    id: deckIdFromTitle(title),
    title,
    lang: options.lang,
    version: 1,
    description: words.description(baseName(options.fileName)),
    cards: drafts.map((d) => d.card),
  };
  return { deck, cards: drafts, warnings };
}

function isCommand(text: string): boolean {
  const sig = commandSignature(fixKnownTypos(text).command);
  return sig !== null && sig.verb !== '';
}

/** Not every `x: y` is a definition: URLs, times, long prose before a colon, `Nota: …` asides. */
function isTerm(term: string, definition: string): boolean {
  if (/^https?$/i.test(term) || /^\/\//.test(definition)) return false;
  if (term.trim().split(/\s+/).length > 6 || /[.!?]\s/.test(term)) return false;
  if (/^\d+$/.test(term.trim())) return false;
  if (/^(?:nota|note|ojo|ejemplo|example|ver|see|fuente|source|tip|importante|important)$/i.test(term.trim())) return false;
  return definition.replace(/[*_`]/g, '').trim().length >= 2;
}

function cleanText(text: string): string {
  return text.replace(/\*\*|__/g, '').trim();
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A comment as a task: first letter up, a full stop unless it already ends in punctuation. */
function sentence(text: string): string {
  const t = text.trim();
  return /[.?!:)]$/.test(t) ? t : `${t}.`;
}

function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop() ?? fileName;
}

/** `apuntes_kubectl-basico.md` → `Apuntes kubectl basico`. */
function titleFromFileName(fileName: string): string {
  const stem = baseName(fileName).replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ').trim();
  return stem === '' ? 'Notas' : capitalize(stem);
}

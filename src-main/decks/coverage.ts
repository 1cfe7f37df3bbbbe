/**
 * How much of a study note the decks cover (an authoring aid for `npm run deck -- coverage`):
 * the commands in the note that no card practises, and the headings no card mentions.
 *
 * A command is practised by a `command` drill or a `type` card whose answer has the same
 * signature (command-signature.ts). A heading is mentioned by a card whose `source` is that
 * heading, or whose text holds at least half of the heading's meaningful words.
 */
import { commandSignature, covers, obsoleteUse, type CommandSignature } from './command-signature';
import type { CardDef, DeckFile } from './schema';

export interface NoteCommand {
  line: number;
  command: string;
  /** Set when the note uses a flag that no longer exists: the card teaches today's form instead. */
  obsolete?: string;
}

export interface NoteHeading {
  line: number;
  heading: string;
}

export interface CoverageReport {
  commands: number;
  headings: number;
  uncoveredCommands: NoteCommand[];
  uncoveredHeadings: NoteHeading[];
  /** Commands with removed flags; each names what replaced them. Not counted as uncovered. */
  obsoleteCommands: NoteCommand[];
}

const COMMAND_START = /(?:^|[\s`(:>$])((?:sudo\s+)?(?:\.\/)?(?:kubectl|kuberclt|kubctl|kukectl|docker-compose|docker|docer|helm|minikube|minekube|kubeadm|kind)\s[^`\n]*)/gi;

/** The command lines of a note: inside backticks when the line has them, else to the end of line. */
export function extractCommands(note: string): NoteCommand[] {
  const found: NoteCommand[] = [];
  note.split('\n').forEach((text, i) => {
    const segments = text.includes('`') ? text.split('`').filter((_, k) => k % 2 === 1) : [text];
    for (const segment of segments) {
      for (const m of segment.matchAll(COMMAND_START)) {
        const command = trimCommand(m[1]!);
        if (/^(?:sudo\s+)?[A-Z]/.test(command) && !/^(?:sudo\s+)?Kubectl\s/.test(command)) continue;
        const signature = commandSignature(command);
        if (!signature || signature.verb === '' || isBareGroup(signature)) continue;
        const entry: NoteCommand = { line: i + 1, command };
        const obsolete = obsoleteUse(signature);
        if (obsolete) entry.obsolete = obsolete;
        found.push(entry);
      }
    }
  });
  return found;
}

/** `kubectl config` or `kubectl create` alone name a command group in prose, not a command. */
function isBareGroup(sig: CommandSignature): boolean {
  return sig.tool === 'kubectl' && ['config', 'create', 'rollout', 'auth', 'set'].includes(sig.verb);
}

/** Cuts trailing comments and explanations: `# …`, `// …`, ` --> …`, `(listar …)`, `|` pipes. */
function trimCommand(raw: string): string {
  // An odd number of double quotes means the command was quoted inside prose: cut at the last one.
  const quotes = raw.split('"').length - 1;
  const unquoted = quotes % 2 === 1 ? raw.slice(0, raw.lastIndexOf('"')) : raw;
  return unquoted
    .replace(/\s*<\/?[a-z]+>.*$/, '')
    .replace(/\s+(#|\/\/|-->|–>).*$/, '')
    .replace(/\s+\((?=[a-záéíóúñ ]+\)).*$/i, '')
    .replace(/\s*\|.*$/, '')
    .replace(/\s*&\s*$/, '')
    .trim();
}

/** Markdown headings outside fenced code blocks (where `#` starts a shell or YAML comment). */
export function extractHeadings(note: string): NoteHeading[] {
  const headings: NoteHeading[] = [];
  let fenced = false;
  note.split('\n').forEach((text, i) => {
    if (/^\s*(```|~~~)/.test(text)) fenced = !fenced;
    if (fenced) return;
    const m = /^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$/.exec(text);
    if (m?.[1]) headings.push({ line: i + 1, heading: m[1].replace(/[*_`]/g, '').trim() });
  });
  return headings;
}

const STOPWORDS = new Set(
  (
    'de del la las el los un una unos unas y o a en con por para que como sobre entre sus su al lo se es son ' +
    'the of and in to a an on for with how what is are our your from into using use ' +
    'kubernetes k8s docker understanding introduction introduccion resumen notes summary concepts conceptos ' +
    'actividad play objetivos acotaciones useful links mas este esta estos nuestro nuestra nuestros primer primeros ' +
    'paso pasos cosas basicas otras algunas'
  ).split(' '),
);

function normalize(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ');
}

function significantWords(heading: string): string[] {
  return [...new Set(normalize(heading).split(' ').filter((w) => w.length >= 3 && !STOPWORDS.has(w)))];
}

function cardText(card: CardDef): string {
  const parts: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') parts.push(value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(card);
  return ` ${normalize(parts.join(' '))} `;
}

function practisedCommands(card: CardDef): string[] {
  const lines = card.kind === 'command' ? [card.answer, ...(card.accept ?? [])] : card.kind === 'type' ? [card.answer] : [];
  return lines.flatMap((line) => [line, ...commandsInside(line)]);
}

/** The commands inside a compound line (`for S in a b; do kubectl run $S …; done`, `x=$(kubectl …)`, pipes). */
function commandsInside(line: string): string[] {
  return line
    .split(/\s*(?:;|&&|\|\||\|)\s*/)
    .flatMap((segment) => [...segment.matchAll(COMMAND_START)].map((m) => trimCommand(m[1]!.replace(/\)\s*$/, ''))));
}

export function noteCoverage(note: string, decks: readonly DeckFile[]): CoverageReport {
  const cards = decks.flatMap((d) => d.cards);
  const signatures = cards
    .flatMap(practisedCommands)
    .map((c) => commandSignature(c))
    .filter((s): s is CommandSignature => s !== null);
  const texts = cards.map(cardText);
  const sources = new Set(cards.map((c) => c.source?.trim().toLowerCase()).filter((s): s is string => !!s));

  const commands = extractCommands(note);
  const uncoveredCommands = commands.filter((c) => {
    if (c.obsolete) return false;
    const sig = commandSignature(c.command);
    return sig !== null && !signatures.some((s) => covers(s, sig));
  });

  const headings = extractHeadings(note);
  const uncoveredHeadings = headings.filter(({ heading }) => {
    if (sources.has(heading.toLowerCase())) return false;
    const words = significantWords(heading);
    if (words.length === 0) return false;
    const needed = Math.ceil(words.length / 2);
    return !texts.some((t) => words.filter((w) => t.includes(` ${w}`)).length >= needed);
  });

  return {
    commands: commands.length,
    headings: headings.length,
    uncoveredCommands,
    uncoveredHeadings,
    obsoleteCommands: commands.filter((c) => c.obsolete),
  };
}

/**
 * Rules a schema cannot express because they look across fields or across cards. They read the
 * raw parsed value, so they still run on cards that have unrelated schema errors, and every
 * problem in a file is reported in one pass. Each rule only looks at fields of the right type;
 * a field of the wrong type is the schema's to report.
 */
import type { DeckError } from './errors';
import type { Locator } from './locate';

type Raw = Record<string, unknown>;

const CLOZE = /\{\{c(\d+)::([\s\S]*?)\}\}/g;
const CLOZE_OPENING = /\{\{c\d+::/g;

export function deckRules(raw: unknown, at: Locator, scenarios?: ReadonlySet<string>): DeckError[] {
  const cards = isRecord(raw) && Array.isArray(raw.cards) ? raw.cards : [];
  const errors: DeckError[] = [];
  const firstIndexById = new Map<string, number>();
  cards.forEach((card, i) => {
    if (!isRecord(card)) return;
    if (typeof card.id === 'string') {
      const first = firstIndexById.get(card.id);
      if (first === undefined) firstIndexById.set(card.id, i);
      else errors.push(at.at(['cards', i, 'id'], `duplicate id (first used by cards[${first}], line ${lineOfCard(at, first)})`));
    }
    const rule = CARD_RULES[String(card.kind)];
    if (rule) errors.push(...rule(card).map(([field, message]) => at.at(['cards', i, ...field], message)));
    if (scenarios && card.kind === 'command' && typeof card.scenario === 'string' && !scenarios.has(card.scenario)) {
      errors.push(at.at(['cards', i, 'scenario'], `no scenario "${card.scenario}" in decks/scenarios/`));
    }
  });
  return errors;
}

function lineOfCard(at: Locator, index: number): number {
  return at.at(['cards', index], '').line;
}

type Finding = [field: PropertyKey[], message: string];

const CARD_RULES: Record<string, (card: Raw) => Finding[]> = {
  cloze(card) {
    if (typeof card.text !== 'string') return [];
    return clozeProblems(card.text).map((message): Finding => [['text'], message]);
  },
  choice(card) {
    if (!Array.isArray(card.options) || card.options.length === 0) return [];
    const anyCorrect = card.options.some((o) => isRecord(o) && o.correct === true);
    return anyCorrect ? [] : [[['options'], 'no option is marked correct: true']];
  },
  command(card) {
    const findings: Finding[] = [];
    const { answer, template, accept } = card;
    if (typeof answer === 'string' && typeof template === 'string' && !answer.startsWith(template)) {
      findings.push([['template'], 'must be the beginning of the answer']);
    }
    if (typeof answer === 'string' && Array.isArray(accept)) {
      accept.forEach((form, j) => {
        if (typeof form === 'string' && normalizeSpaces(form) === normalizeSpaces(answer)) {
          findings.push([['accept', j], 'repeats the answer']);
        }
      });
    }
    return findings;
  },
};

/** What is wrong with a cloze text: none found, unclosed, or empty answers. */
export function clozeProblems(text: string): string[] {
  const complete = [...text.matchAll(CLOZE)];
  const openings = text.match(CLOZE_OPENING)?.length ?? 0;
  const problems: string[] = [];
  if (openings === 0) problems.push('has no cloze deletion {{c1::…}}');
  else if (openings > complete.length) problems.push('has a {{cN::… without its closing }}');
  for (const [, number, body] of complete) {
    if (Number(number) < 1) problems.push(`{{c${number}::…}}: cloze numbers start at 1`);
    const answer = (body ?? '').split('::')[0]?.trim() ?? '';
    if (answer === '') problems.push(`{{c${number}::…}} has an empty answer`);
  }
  return problems;
}

export function scenarioRules(raw: unknown, at: Locator): DeckError[] {
  if (!isRecord(raw) || !Array.isArray(raw.setup)) return [];
  const files = isRecord(raw.files) ? raw.files : {};
  const errors: DeckError[] = [];
  raw.setup.forEach((step, i) => {
    if (typeof step !== 'string') return;
    const words = step.trim().split(/\s+/);
    if (words[0] !== 'kubectl') {
      errors.push(at.at(['setup', i], 'a setup step is a kubectl command line'));
      return;
    }
    for (const name of fileArguments(words)) {
      if (!(name in files)) errors.push(at.at(['setup', i], `applies "${name}", which is not listed under files:`));
    }
  });
  return errors;
}

/** The values of `-f x`, `-f=x`, `--filename x`, `--filename=x` in a command line. */
function fileArguments(words: string[]): string[] {
  const names: string[] = [];
  words.forEach((word, i) => {
    const eq = /^(?:-f|--filename)=(.+)$/.exec(word);
    if (eq?.[1]) names.push(eq[1]);
    else if ((word === '-f' || word === '--filename') && words[i + 1]) names.push(words[i + 1]!);
  });
  return names.filter((name) => name !== '-');
}

function normalizeSpaces(s: string): string {
  return s.trim().replace(/\s+/g, ' ');
}

function isRecord(value: unknown): value is Raw {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/*
 * Anki cloze deletions: `{{c1::answer}}` and `{{c1::answer::hint}}`; one card per cloze number,
 * a number may appear several times (all its deletions are blanked together).
 *
 * Differences from Anki, on purpose:
 *  - nesting a cloze inside another is refused (Anki ≥ 2.1.56 allows it; our decks don't need it);
 *  - inside a deletion, `{{ ... }}` that does not open a cloze is kept whole, so Helm and Go
 *    templates work: `{{c1::{{ .Values.image }}}}` has the answer `{{ .Values.image }}`
 *    (Anki would end the deletion at the first `}}`);
 *  - near misses (`{{c1:x}}`, `{{c0::x}}`, an unclosed deletion, an empty answer) are errors
 *    instead of silently plain text, because a deck author wants to hear about them.
 * Outside deletions, `{{` and `}}` are ordinary text.
 */

export type ClozeToken =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'cloze'; readonly n: number; readonly answer: string; readonly hint: string | null };

export type ClozeErrorCode = 'unclosed' | 'nested' | 'bad-number' | 'malformed-open' | 'empty-answer' | 'no-cloze';

export interface ClozeError {
  readonly code: ClozeErrorCode;
  /** Index in the text (UTF-16 units) where the problem starts. */
  readonly offset: number;
  readonly message: string;
}

export class ClozeSyntaxError extends Error {
  override readonly name = 'ClozeSyntaxError';
  constructor(readonly errors: readonly ClozeError[]) {
    super(errors.map((e) => `${e.message} (at ${e.offset})`).join('; '));
  }
}

export type ClozeParse =
  | { readonly ok: true; readonly tokens: readonly ClozeToken[] }
  | { readonly ok: false; readonly errors: readonly ClozeError[] };

const OPEN = /\{\{c(\d+)::/iy;
const NEAR_MISS = /\{\{c\d+:(?!:)|\{\{c(?=::)/iy;

interface OpenCloze {
  readonly at: number;
  readonly n: number;
  readonly bodyStart: number;
  depth: number;
  /** Index of the first `::` at depth 0 in the body (answer/hint separator), or −1. */
  separator: number;
}

/** Splits a text into plain runs and cloze deletions, or lists every syntax error in it. */
export function parseCloze(text: string): ClozeParse {
  const tokens: ClozeToken[] = [];
  const errors: ClozeError[] = [];
  let plainStart = 0;
  let open: OpenCloze | null = null;
  let i = 0;

  const pushText = (end: number) => {
    if (end > plainStart) tokens.push({ kind: 'text', text: text.slice(plainStart, end) });
  };

  while (i < text.length) {
    OPEN.lastIndex = i;
    const m = OPEN.exec(text);
    if (m) {
      const n = Number(m[1]);
      if (open) {
        errors.push({ code: 'nested', offset: i, message: `cloze c${n} opens inside cloze c${open.n}` });
        open.depth += 1; // its `}}` then closes this inner one, not the outer deletion
      } else {
        if (!(n >= 1 && Number.isSafeInteger(n))) {
          errors.push({ code: 'bad-number', offset: i, message: `cloze number must be 1 or more, got c${m[1]}` });
        }
        pushText(i);
        open = { at: i, n, bodyStart: i + m[0].length, depth: 0, separator: -1 };
      }
      i += m[0].length;
      continue;
    }
    NEAR_MISS.lastIndex = i;
    if (NEAR_MISS.test(text)) {
      errors.push({ code: 'malformed-open', offset: i, message: 'a cloze opens as {{c<number>::' });
      i += 2;
      continue;
    }
    if (open && text.startsWith('{{', i)) {
      open.depth += 1;
      i += 2;
      continue;
    }
    if (open && text.startsWith('}}', i)) {
      if (open.depth > 0) {
        open.depth -= 1;
        i += 2;
        continue;
      }
      const body = open.separator < 0 ? text.slice(open.bodyStart, i) : text.slice(open.bodyStart, open.separator);
      const hint = open.separator < 0 ? null : text.slice(open.separator + 2, i);
      if (body.trim() === '') {
        errors.push({ code: 'empty-answer', offset: open.at, message: `cloze c${open.n} has no answer` });
      }
      tokens.push({ kind: 'cloze', n: open.n, answer: body, hint: hint !== null && hint.trim() !== '' ? hint : null });
      open = null;
      i += 2;
      plainStart = i;
      continue;
    }
    if (open && open.depth === 0 && open.separator < 0 && text.startsWith('::', i)) {
      open.separator = i;
      i += 2;
      continue;
    }
    i += 1;
  }
  if (open) errors.push({ code: 'unclosed', offset: open.at, message: `cloze c${open.n} is not closed with }}` });
  else pushText(text.length);
  if (errors.length === 0 && !tokens.some((t) => t.kind === 'cloze')) {
    errors.push({ code: 'no-cloze', offset: 0, message: 'the text has no cloze deletion {{c1::...}}' });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, tokens };
}

/** Every syntax error of a cloze text; empty when it is valid. */
export function validateCloze(text: string): readonly ClozeError[] {
  const parsed = parseCloze(text);
  return parsed.ok ? [] : parsed.errors;
}

function tokensOrThrow(text: string): readonly ClozeToken[] {
  const parsed = parseCloze(text);
  if (!parsed.ok) throw new ClozeSyntaxError(parsed.errors);
  return parsed.tokens;
}

/** The cloze numbers of a text, ascending, each once: one card per number. Throws ClozeSyntaxError. */
export function clozeNumbers(text: string): number[] {
  const numbers = new Set<number>();
  for (const t of tokensOrThrow(text)) if (t.kind === 'cloze') numbers.add(t.n);
  return [...numbers].sort((a, b) => a - b);
}

export type ClozeSide = 'front' | 'back';

/**
 * A run of the rendered card. `plain` and `other` (another number's deletion, shown as its
 * answer) are ordinary card text; `blank` is the active deletion on the front, its text "[...]"
 * or "[hint]"; `answer` is the active deletion's answer on the back, to be highlighted.
 * Texts are the card's Markdown source, to be rendered by the UI.
 */
export interface ClozeSegment {
  readonly kind: 'plain' | 'blank' | 'answer' | 'other';
  readonly text: string;
  /** For `blank`: the hint, if any. */
  readonly hint?: string;
}

/** The card for cloze number `n`, front or back, as segments. Throws ClozeSyntaxError or RangeError. */
export function renderCloze(text: string, n: number, side: ClozeSide): ClozeSegment[] {
  const tokens = tokensOrThrow(text);
  if (!tokens.some((t) => t.kind === 'cloze' && t.n === n)) throw new RangeError(`the text has no cloze c${n}`);
  const out: ClozeSegment[] = [];
  const push = (s: ClozeSegment) => {
    const last = out.at(-1);
    if (last && s.kind === 'plain' && last.kind === 'plain') out[out.length - 1] = { kind: 'plain', text: last.text + s.text };
    else out.push(s);
  };
  for (const t of tokens) {
    if (t.kind === 'text') push({ kind: 'plain', text: t.text });
    else if (t.n !== n) push({ kind: 'other', text: t.answer });
    else if (side === 'back') push({ kind: 'answer', text: t.answer });
    else push(t.hint === null ? { kind: 'blank', text: '[...]' } : { kind: 'blank', text: `[${t.hint}]`, hint: t.hint });
  }
  return out;
}

/** The segments' texts joined: the card as plain Markdown (for previews, export and search). */
export function segmentsToText(segments: readonly ClozeSegment[]): string {
  return segments.map((s) => s.text).join('');
}

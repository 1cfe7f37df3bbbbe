/**
 * The editor's working copy of a note: plain strings and flags a form binds to, per kind, and
 * back to the content `notes:edit` takes. Pure: no runes, no API, so it is tested directly.
 *
 * What an edit may not change is decided by main (the deck schema, the set of cards a note
 * yields); the editor only warns early where it can (cloze numbers) so the learner sees it
 * while typing rather than on saving.
 */

export interface ChoiceOptionDraft {
  text: string;
  correct: boolean;
}

export type NoteDraft =
  | { kind: 'basic'; front: string; back: string; extra: string; reversed: boolean }
  | { kind: 'cloze'; text: string; extra: string }
  | { kind: 'choice'; question: string; options: ChoiceOptionDraft[]; explanation: string; extra: string }
  | { kind: 'type'; front: string; answer: string; extra: string }
  /** A drill: only its wording; the answer, scenario and check stay the deck file's (see CommandFields). */
  | { kind: 'command'; prompt: string; hint: string; extra: string };

type Fields = Record<string, unknown>;

function str(content: Fields, name: string): string {
  const v = content[name];
  return typeof v === 'string' ? v : '';
}

export function draftFromContent(kind: string, content: unknown): NoteDraft {
  const c = (typeof content === 'object' && content !== null ? content : {}) as Fields;
  switch (kind) {
    case 'basic':
      return { kind, front: str(c, 'front'), back: str(c, 'back'), extra: str(c, 'extra'), reversed: c.reversed === true };
    case 'cloze':
      return { kind, text: str(c, 'text'), extra: str(c, 'extra') };
    case 'choice': {
      const options = Array.isArray(c.options) ? (c.options as Fields[]) : [];
      return {
        kind,
        question: str(c, 'question'),
        options: options.map((o) => ({ text: str(o, 'text'), correct: o.correct === true })),
        explanation: str(c, 'explanation'),
        extra: str(c, 'extra'),
      };
    }
    case 'type':
      return { kind, front: str(c, 'front'), answer: str(c, 'answer'), extra: str(c, 'extra') };
    case 'command':
      return { kind, prompt: str(c, 'prompt'), hint: str(c, 'hint'), extra: str(c, 'extra') };
    default:
      throw new Error(`no editor for cards of kind "${kind}"`);
  }
}

/** An optional field left blank is removed, not saved empty (the deck schema refuses empty text). */
function optional(target: Fields, name: string, value: string): void {
  if (value.trim() === '') delete target[name];
  else target[name] = value;
}

/**
 * The content to save: the note as it was, with the fields the editor shows replaced. Fields it
 * does not show (a drill's answer and scenario, `source`, `reversed`) are kept as they were.
 */
export function contentFromDraft(original: unknown, draft: NoteDraft): Fields {
  const out: Fields = { ...((typeof original === 'object' && original !== null ? original : {}) as Fields) };
  delete out.kind;
  switch (draft.kind) {
    case 'basic':
      out.front = draft.front;
      out.back = draft.back;
      break;
    case 'cloze':
      out.text = draft.text;
      break;
    case 'choice':
      out.question = draft.question;
      out.options = draft.options.map((o) => (o.correct ? { text: o.text, correct: true } : { text: o.text }));
      optional(out, 'explanation', draft.explanation);
      break;
    case 'type':
      out.front = draft.front;
      out.answer = draft.answer;
      break;
    case 'command':
      out.prompt = draft.prompt;
      optional(out, 'hint', draft.hint);
      break;
  }
  optional(out, 'extra', draft.extra);
  return out;
}

const CLOZE_NUMBER = /\{\{c(\d+)::/g;

/** The cloze numbers of a text, ascending and once each: `{{c2::…}} {{c1::…}} {{c2::…}}` → [1, 2]. */
export function clozeNumbers(text: string): number[] {
  const numbers = new Set<number>();
  for (const m of text.matchAll(CLOZE_NUMBER)) numbers.add(Number(m[1]));
  return [...numbers].sort((a, b) => a - b);
}

/** Each cloze number is a card with its own history: an edit keeps the same set. Null when it does. */
export function clozeChange(before: string, after: string): { before: number[]; after: number[] } | null {
  const a = clozeNumbers(before);
  const b = clozeNumbers(after);
  return a.join(',') === b.join(',') ? null : { before: a, after: b };
}

/** The draft's fields a learner must fill before saving; the API checks again and has the last word. */
export function missingFields(draft: NoteDraft): string[] {
  const blank = (s: string) => s.trim() === '';
  switch (draft.kind) {
    case 'basic':
      return [blank(draft.front) && 'front', blank(draft.back) && 'back'].filter((f): f is string => !!f);
    case 'cloze':
      return blank(draft.text) ? ['text'] : [];
    case 'choice':
      return [
        blank(draft.question) && 'question',
        draft.options.some((o) => blank(o.text)) && 'options',
        !draft.options.some((o) => o.correct) && 'correct',
      ].filter((f): f is string => !!f);
    case 'type':
      return [blank(draft.front) && 'front', blank(draft.answer) && 'answer'].filter((f): f is string => !!f);
    case 'command':
      return blank(draft.prompt) ? ['prompt'] : [];
  }
}

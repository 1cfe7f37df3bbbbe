/**
 * What the review screen shows for a card, and the checking of choice and type-in answers.
 * Both happen here, in main, so the renderer never sees which options are correct before the
 * learner commits, and grading rules live in one place (src-main/cards).
 */
import { z } from 'zod';
import { compareTyped, gradeChoice, renderCloze, shuffleOptions } from '../../cards';
import { commandCardContent } from '../../drills/review-content';
import type { CardState } from '../../srs';
import { AppError } from '../result';
import type { CardContent, CheckResult, OptionVerdict } from '../types';

const extra = z.string().optional();
const basicNote = z.object({ kind: z.literal('basic'), front: z.string(), back: z.string(), reversed: z.boolean().optional(), extra });
const clozeNote = z.object({ kind: z.literal('cloze'), text: z.string(), extra });
const choiceNote = z.object({
  kind: z.literal('choice'),
  question: z.string(),
  options: z.array(z.object({ text: z.string(), correct: z.boolean().optional() })).min(2),
  explanation: z.string().optional(),
  extra,
});
const typeNote = z.object({ kind: z.literal('type'), front: z.string(), answer: z.string(), extra });
/** A command drill's note: checked in full by src-main/drills (commandCardContent). */
const commandNote = z.looseObject({ kind: z.literal('command') });
const reviewNote = z.discriminatedUnion('kind', [basicNote, clozeNote, choiceNote, typeNote, commandNote]);

export type ReviewNote = z.infer<typeof reviewNote>;

/** The stored note content, checked; a damaged note is an error naming the card, not a blank card. */
export function parseNote(cardId: number, content: unknown): ReviewNote {
  const parsed = reviewNote.safeParse(content);
  if (!parsed.success) throw new AppError('INTERNAL', `card ${cardId}: its note cannot be shown (${parsed.error.issues[0]?.message ?? 'invalid'})`);
  return parsed.data;
}

/** The seed of a choice card's shuffle: stable for one review (reloads too), new after each answer. */
function choiceSeed(cardId: number, state: CardState): string {
  return `${cardId}:${state.lastReview ?? 0}`;
}

function withExtra<T extends object>(value: T, text: string | undefined): T & { extra?: string } {
  return text === undefined ? value : { ...value, extra: text };
}

/** The card as shown: `ord` 1 of a basic note is its reversed twin, `ord` N of a cloze is cloze N. */
export function cardContent(cardId: number, ord: number, state: CardState, note: ReviewNote): CardContent {
  switch (note.kind) {
    case 'basic': {
      const reversed = ord === 1;
      return withExtra(
        { kind: 'basic', front: reversed ? note.back : note.front, back: reversed ? note.front : note.back, reversed },
        note.extra,
      );
    }
    case 'cloze':
      return withExtra(
        { kind: 'cloze', front: renderCloze(note.text, ord, 'front'), back: renderCloze(note.text, ord, 'back') },
        note.extra,
      );
    case 'choice': {
      const { options } = shuffleOptions(note.options, choiceSeed(cardId, state));
      return {
        kind: 'choice',
        question: note.question,
        options: options.map((o) => o.text),
        multiple: note.options.filter((o) => o.correct).length > 1,
      };
    }
    case 'type':
      return { kind: 'type', front: note.front };
    case 'command': {
      const content = commandCardContent(note);
      if (!content) throw new AppError('INTERNAL', `card ${cardId}: its drill cannot be shown (not a valid command note)`);
      return content;
    }
  }
}

export type CheckInput = { kind: 'choice'; selected: number[] } | { kind: 'type'; typed: string };

export interface TypeTolerance {
  ignoreCase: boolean;
  ignoreAccents: boolean;
}

/** Grades a choice selection (display indices) or a typed answer; q is the suggested grade. */
export function checkAnswer(cardId: number, state: CardState, note: ReviewNote, input: CheckInput, tolerance: TypeTolerance): CheckResult {
  if (note.kind === 'choice' && input.kind === 'choice') {
    const { order } = shuffleOptions(note.options, choiceSeed(cardId, state));
    const selected = input.selected.map((display) => {
      const original = order[display];
      if (original === undefined) throw new AppError('INVALID_INPUT', `answer.selected: no option ${display}`);
      return original;
    });
    const grade = gradeChoice(
      note.options.map((o) => ({ correct: o.correct === true })),
      selected,
    );
    const verdicts: OptionVerdict[] = order.map((original) => grade.verdicts[original]!);
    return withExtra(
      { kind: 'choice', correct: grade.correct, q: grade.q, verdicts, ...(note.explanation ? { explanation: note.explanation } : {}) },
      note.extra,
    );
  }
  if (note.kind === 'type' && input.kind === 'type') {
    const diff = compareTyped(input.typed, note.answer, tolerance);
    return withExtra(
      { kind: 'type', correct: diff.correct, q: diff.correct ? 4 : 1, typed: diff.typed, expected: diff.expected, answer: note.answer },
      note.extra,
    );
  }
  throw new AppError('INVALID_INPUT', `answer.kind: a ${note.kind} card cannot be checked as ${input.kind}`);
}

import type { Quality } from '../srs/grades';
import { permutation, seededRandom } from './seeded';

/*
 * Multiple-choice cards: options shown in an order shuffled per review (from a seed, so a
 * reload shows the same order), graded automatically: every correct option chosen and no
 * wrong one → Good (q=4), anything else → Again (q=1).
 */

export interface ShuffledOptions<T> {
  /** The options in display order. */
  readonly options: T[];
  /** order[i] = index in the original list of the option displayed at i. */
  readonly order: number[];
}

/**
 * The options in an order determined by `seed`. Use a seed stable for one review and new for
 * the next, e.g. `${cardId}:${reviewCount}`.
 */
export function shuffleOptions<T>(options: readonly T[], seed: number | string): ShuffledOptions<T> {
  const order = permutation(options.length, seededRandom(seed));
  return { options: order.map((i) => options[i]!), order };
}

/**
 * `chosen`: correct and selected; `missed`: correct, not selected; `wrong`: selected but not
 * correct; `ignored`: neither (rightly left out).
 */
export type OptionVerdict = 'chosen' | 'missed' | 'wrong' | 'ignored';

export interface ChoiceGrade {
  readonly correct: boolean;
  readonly q: Quality;
  /** One verdict per option, in the original order. */
  readonly verdicts: OptionVerdict[];
}

/**
 * Grades a selection. `selected` holds indices into `options` (original order); throws a
 * RangeError for an index out of range or a card with no correct option.
 */
export function gradeChoice(options: readonly { readonly correct: boolean }[], selected: Iterable<number>): ChoiceGrade {
  if (!options.some((o) => o.correct)) throw new RangeError('a choice card needs at least one correct option');
  const picked = new Set<number>();
  for (const i of selected) {
    if (!Number.isInteger(i) || i < 0 || i >= options.length) throw new RangeError(`no option ${i}`);
    picked.add(i);
  }
  const verdicts = options.map((o, i): OptionVerdict => {
    if (o.correct) return picked.has(i) ? 'chosen' : 'missed';
    return picked.has(i) ? 'wrong' : 'ignored';
  });
  const correct = verdicts.every((v) => v === 'chosen' || v === 'ignored');
  return { correct, q: correct ? 4 : 1, verdicts };
}

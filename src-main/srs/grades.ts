/** Quality of a recall on SuperMemo's 0–5 scale. */
export type Quality = 0 | 1 | 2 | 3 | 4 | 5;

/** The four answer buttons of the review screen. */
export type Button = 'again' | 'hard' | 'good' | 'easy';

export const BUTTONS: readonly Button[] = ['again', 'hard', 'good', 'easy'];

/** The quality each button stands for: Again q=1, Hard q=3, Good q=4, Easy q=5. */
export const BUTTON_QUALITY: Readonly<Record<Button, Quality>> = {
  again: 1,
  hard: 3,
  good: 4,
  easy: 5,
};

export function isQuality(value: unknown): value is Quality {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 5;
}

/** Throws a RangeError unless `q` is an integer 0..5; for values coming from outside. */
export function assertQuality(q: unknown): asserts q is Quality {
  if (!isQuality(q)) throw new RangeError(`quality must be an integer 0..5, got ${String(q)}`);
}

/** The button a quality belongs to (for labels and stats): 0–2 Again, 3 Hard, 4 Good, 5 Easy. */
export function buttonOf(q: Quality): Button {
  if (q <= 2) return 'again';
  if (q === 3) return 'hard';
  return q === 4 ? 'good' : 'easy';
}

import type { Retention } from './types';

/**
 * Retention from counts of scheduled-review answers (see `Retention` in types.ts for exactly
 * which answers count). Refuses counts that cannot come from a log rather than return a rate
 * outside 0..1.
 */
export function retention(reviews: number, passed: number): Retention {
  if (!Number.isInteger(reviews) || !Number.isInteger(passed) || passed < 0 || passed > reviews) {
    throw new RangeError(`retention: passed (${passed}) must be a whole number between 0 and reviews (${reviews})`);
  }
  return { reviews, passed, rate: reviews === 0 ? null : passed / reviews };
}

/**
 * The state token: the card's scheduling state as the review screen was given it. An answer
 * carries it back and is applied only if the card still holds exactly that state, so an answer
 * given twice (two tabs, a retried request) is refused instead of scheduling the card twice.
 */
import { parseCardState, StateColumnsError, type CardState } from '../../srs';
import { AppError } from '../result';

export function stateToken(state: CardState): string {
  return JSON.stringify(state);
}

export function stateFromToken(token: string): CardState {
  try {
    return parseCardState(JSON.parse(token));
  } catch (err) {
    const why = err instanceof StateColumnsError ? err.message : 'not a state token';
    throw new AppError('INVALID_INPUT', `token: ${why}`);
  }
}

/**
 * What every API method returns, on every transport. Errors are data: Electron's `invoke`
 * keeps only `message` from a thrown error, so nothing crosses a boundary as an exception.
 */

export type ErrorCode =
  | 'INVALID_INPUT'
  | 'UNKNOWN_METHOD'
  | 'NOT_FOUND'
  | 'CARD_MODIFIED'
  | 'CONFLICT'
  | 'UNAUTHORIZED'
  | 'INTERNAL';

export interface ApiError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** An error a handler raises on purpose; the dispatcher turns it into `{ok: false}`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** Why a database file could not be opened. The file is left exactly as it was found. */
export type StoreErrorKind = 'too-new' | 'corrupt' | 'unavailable';

export class StoreError extends Error {
  constructor(
    readonly kind: StoreErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

/**
 * Turns a problem at a path of the parsed value into a DeckError with file, line, card id and
 * field, and zod's issues into the short messages an author reads.
 */
import type { z } from 'zod';
import type { DeckError } from './errors';
import { fieldName, type Positions, type ValuePath } from './positions';

export class Locator {
  constructor(
    private readonly file: string,
    private readonly positions: Positions,
    /** The raw parsed value, to read card ids and tell missing fields from wrong ones. */
    private readonly raw: unknown,
  ) {}

  at(path: ValuePath, message: string, line = this.positions.lineOf(path)): DeckError {
    const error: DeckError = { file: this.file, line, message };
    if (path[0] === 'cards' && typeof path[1] === 'number') {
      const id = readId(valueAt(this.raw, path.slice(0, 2)));
      if (id !== undefined) error.cardId = id;
      const field = fieldName(path.slice(2));
      if (field !== undefined) error.field = field;
      else if (id === undefined) error.field = fieldName(path.slice(0, 2));
    } else {
      const field = fieldName(path);
      if (field !== undefined) error.field = field;
    }
    return error;
  }

  fromIssue(issue: z.core.$ZodIssue): DeckError[] {
    const path = issue.path as PropertyKey[];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => this.at([...path, key], 'unknown field'));
    }
    const value = valueAt(this.raw, path);
    // zod reports an unknown discriminator as a union issue carrying the allowed values.
    const allowed = issue.code === 'invalid_union' ? (issue as { options?: unknown }).options : undefined;
    if (Array.isArray(allowed)) {
      const options = allowed.join(', ');
      const message = value === undefined ? `required (one of ${options})` : `${JSON.stringify(value)} is not one of ${options}`;
      return [this.at(path, message)];
    }
    if (issue.code === 'invalid_type') {
      const message = value === undefined ? 'required' : `must be ${article(issue.expected)}, not ${describe(value)}`;
      return [this.at(path, message)];
    }
    return [this.at(path, issue.message)];
  }
}

export function valueAt(root: unknown, path: ValuePath): unknown {
  let value = root;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

function readId(card: unknown): string | undefined {
  const id = valueAt(card, ['id']);
  return typeof id === 'string' && id !== '' ? id : undefined;
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function describe(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  return article(typeof value);
}

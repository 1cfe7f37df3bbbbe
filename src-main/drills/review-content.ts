/**
 * A command drill as the daily review would show it, for when the review queue takes command
 * cards (src-main/store/repos/review.ts QUEUED_NOTE_KINDS): the task only — the terminal and
 * the check run through the `drill:*` methods with the same card id, and the review records the
 * drill's grade with `review:answer` as for any card.
 */
import type { CheckMode } from '../decks/schema';
import type { DrillKind } from './api-types';
import { parseCommandNote } from './service';

export interface CommandCardContent {
  kind: 'command';
  prompt: string;
  scenario: string;
  check: CheckMode;
  drill: DrillKind;
  template?: string;
}

/** The stored note of a command card as review content; null when the note is not a drill. */
export function commandCardContent(content: unknown): CommandCardContent | null {
  const note = parseCommandNote(content);
  if (!note) return null;
  return {
    kind: 'command',
    prompt: note.prompt,
    scenario: note.scenario,
    check: note.check,
    drill: note.read ? 'read' : note.template !== undefined ? 'complete' : 'write',
    ...(note.template !== undefined ? { template: note.template } : {}),
  };
}

/** The drill terminal's bounds: whatever a learner types, the line finishes and stays small. */

/** Loop iterations allowed in one line, all loops together. */
export const MAX_LOOP_ITERATIONS = 10_000;
/** `$( $( … ) )` nesting allowed. */
export const MAX_SUBSTITUTION_DEPTH = 10;
/** Characters one line may produce and expand, all commands together (`X=$X$X` in a loop doubles fast). */
export const MAX_LINE_CHARS = 4_000_000;

/** Thrown when a line exceeds MAX_LINE_CHARS: the whole line stops, as if interrupted. */
export class LineLimitError extends Error {
  constructor() {
    super(`output limit of ${MAX_LINE_CHARS} characters reached (drill terminal limit)`);
  }
}

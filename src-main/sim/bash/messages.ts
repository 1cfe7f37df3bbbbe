/**
 * The drill terminal's own wording, kept in one place: what bash says, plus one line telling the
 * learner what this terminal can run.
 */

/** The commands this terminal runs besides kubectl, as the hint lists them. */
export const HINT =
  '(this drill terminal runs kubectl and a few shell tools: cat, ls, grep, head, tail, wc, sort, uniq, cut, tr, sed, awk, xargs, base64, jq, echo, printf, seq, for-loops, pipes and > redirects)';

/** `bash: curl: command not found` and the hint (exit 127). */
export function commandNotFound(name: string): string {
  return `bash: ${name}: command not found\n${HINT}\n`;
}

/** A shell construct bash has but the drill terminal does not run (parse-time refusal, exit 2). */
export function unsupportedConstruct(what: string): string {
  return `${what}: not available in the drill terminal\n${HINT}`;
}

/** Bash's prefix for its own errors. */
export function bashError(message: string): string {
  return `bash: ${message}\n`;
}

/** A loop over a missing program would repeat the hint on every turn: one is enough. */
export function hintOnce(stderr: string): string {
  const line = HINT + '\n';
  const first = stderr.indexOf(line);
  if (first < 0) return stderr;
  const head = stderr.slice(0, first + line.length);
  return head + stderr.slice(first + line.length).split(line).join('');
}

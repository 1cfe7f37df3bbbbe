/**
 * The drill shell's syntax tree: the subset of POSIX shell grammar a learner types around kubectl.
 *
 *   list     := and_or ((';' | newline) and_or)*
 *   and_or   := pipeline (('&&' | '||') pipeline)*
 *   pipeline := ['!'] command ('|' command)*
 *   command  := for_clause | simple_command
 */

/** One piece of a word; `quoted` pieces are neither split into fields nor globbed. */
export type WordPart =
  | { kind: 'literal'; text: string; quoted: boolean }
  /** `$NAME`, `${NAME}`, `${#NAME}` (length), `${NAME:-word}` and the other default forms (word taken literally). */
  | { kind: 'variable'; name: string; quoted: boolean; modifier?: { op: '#' | ':-' | '-' | ':=' | '=' | ':+' | '+'; word: string } }
  /** `$(...)` or backticks: the source is parsed when the word is expanded. */
  | { kind: 'command'; source: string; quoted: boolean }
  /** `$((...))`: integer arithmetic. */
  | { kind: 'arithmetic'; source: string; quoted: boolean };

export interface Word {
  parts: WordPart[];
  /** The word as typed, for error messages (`bash: $X: ambiguous redirect`). */
  raw: string;
}

/** `<<` is a here-document: its target word is the document's body, expanded like a double-quoted string unless the delimiter was quoted. */
export type RedirectOp = '>' | '>>' | '<' | '>&' | '&>' | '&>>' | '<<';

export interface Redirect {
  /** The redirected descriptor (1 stdout, 2 stderr, 0 stdin); `&>` redirects both 1 and 2. */
  fd: number;
  op: RedirectOp;
  target: Word;
}

export interface Assignment {
  name: string;
  value: Word;
}

export interface SimpleCommand {
  kind: 'simple';
  assignments: Assignment[];
  words: Word[];
  redirects: Redirect[];
}

export interface ForCommand {
  kind: 'for';
  variable: string;
  /** The words after `in`; null when `in` is left out (loops over no positional parameters here). */
  items: Word[] | null;
  body: List;
  redirects: Redirect[];
}

export type Command = SimpleCommand | ForCommand;

export interface Pipeline {
  negated: boolean;
  commands: Command[];
}

export interface AndOr {
  first: Pipeline;
  rest: { op: '&&' | '||'; pipeline: Pipeline }[];
}

export interface List {
  items: AndOr[];
}

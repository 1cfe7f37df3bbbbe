/**
 * Splits a shell line into words and operators, keeping each word's quoting so that expansion can
 * later tell `$X` (split into fields) from `"$X"` (one field). Quoting rules as POSIX sh: '…' is
 * literal; "…" allows $NAME, ${NAME}, $(…), $((…)), `…` and backslash before $ ` " \ newline; an
 * unquoted backslash escapes the next character; `#` at the start of a word begins a comment.
 */
import type { RedirectOp, Word, WordPart } from './ast';

export type Token =
  | { kind: 'word'; word: Word }
  | { kind: 'op'; text: string }
  | { kind: 'redirect'; fd: number; op: RedirectOp }
  | { kind: 'newline' };

export type LexResult = { ok: true; tokens: Token[] } | { ok: false; error: string };

/** Longest first, so `&&` wins over `&` and `>>` over `>`. */
const OPERATORS = ['&&', '||', ';;', '<<<', '|&', '|', ';', '&', '(', ')'];
const BLANK = ' \t\r';
const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;
const SPECIAL_PARAMS = '?#$!@*-0123456789';

class LexError extends Error {}

function eof(closer: string): LexError {
  return new LexError(`unexpected EOF while looking for matching \`${closer}'`);
}

export function lex(line: string): LexResult {
  try {
    return { ok: true, tokens: new Lexer(line).run() };
  } catch (e) {
    if (e instanceof LexError) return { ok: false, error: e.message };
    throw e;
  }
}

class Lexer {
  private i = 0;
  private readonly tokens: Token[] = [];
  private parts: WordPart[] = [];
  private inWord = false;
  private wordStart = 0;
  /** Here-documents whose bodies start after the next newline. */
  private pendingDocs: { word: Word; delimiter: string; stripTabs: boolean; expand: boolean }[] = [];

  constructor(private readonly src: string) {}

  run(): Token[] {
    const s = this.src;
    while (this.i < s.length) {
      const ch = s[this.i]!;
      if (BLANK.includes(ch)) {
        this.flush();
        this.i++;
      } else if (ch === '\n') {
        this.flush();
        this.tokens.push({ kind: 'newline' });
        this.i++;
        this.readHereDocs();
      } else if (ch === '#' && !this.inWord) {
        while (this.i < s.length && s[this.i] !== '\n') this.i++;
      } else if (!this.inWord && this.redirectAhead()) {
        // handled inside redirectAhead
      } else if (this.operatorAhead()) {
        // handled inside operatorAhead
      } else {
        this.wordChar();
      }
    }
    this.flush();
    // A document still open at the end of input ends there (bash warns and carries on).
    this.readHereDocs();
    return this.tokens;
  }

  /** `<<EOF`, `<<-EOF`, `<<'EOF'`: the delimiter now, the body after the line ends. */
  private hereDoc(): void {
    const s = this.src;
    let j = this.i + 2;
    const stripTabs = s[j] === '-';
    if (stripTabs) j++;
    while (s[j] === ' ' || s[j] === '\t') j++;
    let delimiter = '';
    let quoted = false;
    while (j < s.length && !' \t\n;|&<>()'.includes(s[j]!)) {
      const c = s[j]!;
      if (c === "'" || c === '"') {
        const end = s.indexOf(c, j + 1);
        if (end < 0) throw eof(c);
        delimiter += s.slice(j + 1, end);
        quoted = true;
        j = end + 1;
      } else if (c === '\\' && j + 1 < s.length) {
        delimiter += s[j + 1];
        quoted = true;
        j += 2;
      } else {
        delimiter += c;
        j++;
      }
    }
    if (delimiter === '') throw new LexError(`syntax error near unexpected token \`${s[j] === undefined || s[j] === '\n' ? 'newline' : s[j]}'`);
    const word: Word = { parts: [], raw: s.slice(this.i, j) };
    this.tokens.push({ kind: 'redirect', fd: 0, op: '<<' });
    this.tokens.push({ kind: 'word', word });
    this.pendingDocs.push({ word, delimiter, stripTabs, expand: !quoted });
    this.i = j;
  }

  private readHereDocs(): void {
    const s = this.src;
    for (const doc of this.pendingDocs) {
      let body = '';
      while (this.i < s.length) {
        const nl = s.indexOf('\n', this.i);
        const end = nl < 0 ? s.length : nl;
        let line = s.slice(this.i, end);
        this.i = nl < 0 ? s.length : nl + 1;
        if (doc.stripTabs) line = line.replace(/^\t+/, '');
        if (line === doc.delimiter) break;
        body += line + '\n';
      }
      doc.word.parts = doc.expand ? new Lexer(body).bodyParts() : [{ kind: 'literal', text: body, quoted: true }];
    }
    this.pendingDocs = [];
  }

  /** A here-document body: like a double-quoted string, except that `"` is an ordinary character. */
  private bodyParts(): WordPart[] {
    const s = this.src;
    while (this.i < s.length) {
      const c = s[this.i]!;
      if (c === '\\' && this.i + 1 < s.length && '$`\\\n'.includes(s[this.i + 1]!)) {
        if (s[this.i + 1] !== '\n') this.literal(s[this.i + 1]!, true);
        this.i += 2;
      } else if (c === '$') this.dollar(true);
      else if (c === '`') this.backquote(true);
      else {
        this.literal(c, true);
        this.i++;
      }
    }
    return mergeLiterals(this.parts.length ? this.parts : [{ kind: 'literal', text: '', quoted: true }]);
  }

  private begin(): void {
    if (!this.inWord) {
      this.inWord = true;
      this.wordStart = this.i;
    }
  }

  private flush(): void {
    if (!this.inWord) return;
    this.tokens.push({ kind: 'word', word: { parts: mergeLiterals(this.parts), raw: this.src.slice(this.wordStart, this.i) } });
    this.parts = [];
    this.inWord = false;
  }

  private literal(text: string, quoted: boolean): void {
    this.parts.push({ kind: 'literal', text, quoted });
  }

  /** `>`, `>>`, `2>`, `2>&1`, `>&2`, `&>`, `<`; a digit right before `>`/`<` names the descriptor. */
  private redirectAhead(): boolean {
    if (this.src.startsWith('<<', this.i) && !this.src.startsWith('<<<', this.i)) {
      this.hereDoc();
      return true;
    }
    const m = /^(\d?)(&>>|&>|>>|>&|>\||>|<&|<(?![<(]))/.exec(this.src.slice(this.i, this.i + 4));
    if (!m) return false;
    const [all, digit, opText] = m as unknown as [string, string, string];
    if (opText.startsWith('&') && digit) return false;
    const op: RedirectOp = opText === '>|' ? '>' : opText === '<&' ? '<' : (opText as RedirectOp);
    const fd = digit ? Number(digit) : opText.startsWith('<') ? 0 : 1;
    this.tokens.push({ kind: 'redirect', fd, op });
    this.i += all.length;
    return true;
  }

  private operatorAhead(): boolean {
    for (const op of OPERATORS) {
      if (this.src.startsWith(op, this.i)) {
        this.flush();
        this.tokens.push({ kind: 'op', text: op });
        this.i += op.length;
        return true;
      }
    }
    if (this.inWord && /^[<>]/.test(this.src[this.i]!)) {
      // `a>b` ends the word `a` before the redirect.
      this.flush();
      return this.redirectAhead();
    }
    return false;
  }

  private wordChar(): void {
    const s = this.src;
    const ch = s[this.i]!;
    this.begin();
    if (ch === "'") {
      const end = s.indexOf("'", this.i + 1);
      if (end < 0) throw eof("'");
      this.literal(s.slice(this.i + 1, end), true);
      this.i = end + 1;
    } else if (ch === '"') {
      this.doubleQuoted();
    } else if (ch === '\\') {
      // A backslash before a newline (or at the end) continues the line: it vanishes.
      const next = s[this.i + 1];
      if (next !== undefined && next !== '\n') this.literal(next, true);
      this.i += 2;
    } else if (ch === '$') {
      this.dollar(false);
    } else if (ch === '`') {
      this.backquote(false);
    } else {
      this.literal(ch, false);
      this.i++;
    }
  }

  private doubleQuoted(): void {
    const s = this.src;
    this.i++;
    while (true) {
      if (this.i >= s.length) throw eof('"');
      const c = s[this.i]!;
      if (c === '"') {
        this.i++;
        // `""` is still a (quoted, empty) word.
        this.literal('', true);
        return;
      }
      if (c === '\\' && this.i + 1 < s.length && '$`"\\\n'.includes(s[this.i + 1]!)) {
        if (s[this.i + 1] !== '\n') this.literal(s[this.i + 1]!, true);
        this.i += 2;
      } else if (c === '$') {
        this.dollar(true);
      } else if (c === '`') {
        this.backquote(true);
      } else {
        this.literal(c, true);
        this.i++;
      }
    }
  }

  private dollar(quoted: boolean): void {
    const s = this.src;
    const next = s[this.i + 1];
    if (next === "'" && !quoted) {
      this.ansiC();
    } else if (s.startsWith('$((', this.i)) {
      const end = matchingParen(s, this.i + 2);
      if (end < 0 || s[end + 1] !== ')') throw eof(')');
      this.parts.push({ kind: 'arithmetic', source: s.slice(this.i + 3, end), quoted });
      this.i = end + 2;
    } else if (next === '(') {
      const end = matchingParen(s, this.i + 1);
      if (end < 0) throw eof(')');
      this.parts.push({ kind: 'command', source: s.slice(this.i + 2, end), quoted });
      this.i = end + 1;
    } else if (next === '{') {
      const end = s.indexOf('}', this.i + 2);
      if (end < 0) throw eof('}');
      const body = s.slice(this.i + 2, end);
      const m = /^(#?)([A-Za-z_][A-Za-z0-9_]*|[?#$!@*0-9])(?:(:-|-|:=|=|:\+|\+)([\s\S]*))?$/.exec(body);
      if (!m || (m[1] && m[3])) throw new LexError(`\${${body}}: bad substitution`);
      const [, length, name, op, word] = m as unknown as [string, string, string, string | undefined, string | undefined];
      const modifier = length ? { op: '#' as const, word: '' } : op ? { op: op as ':-', word: word ?? '' } : undefined;
      this.parts.push({ kind: 'variable', name, quoted, ...(modifier ? { modifier } : {}) });
      this.i = end + 1;
    } else if (next !== undefined && NAME_START.test(next)) {
      let j = this.i + 1;
      while (j < s.length && NAME_CHAR.test(s[j]!)) j++;
      this.parts.push({ kind: 'variable', name: s.slice(this.i + 1, j), quoted });
      this.i = j;
    } else if (next !== undefined && SPECIAL_PARAMS.includes(next)) {
      this.parts.push({ kind: 'variable', name: next, quoted });
      this.i += 2;
    } else {
      this.literal('$', quoted);
      this.i++;
    }
  }

  /** `$'a\tb\n'`: single quotes with backslash escapes, as in `tr -d $'\n'`. */
  private ansiC(): void {
    const s = this.src;
    let j = this.i + 2;
    let text = '';
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', e: '\x1b', f: '\f', v: '\v', '0': '\0' };
    while (true) {
      if (j >= s.length) throw eof("'");
      const c = s[j]!;
      if (c === "'") break;
      if (c === '\\' && j + 1 < s.length) {
        const n = s[j + 1]!;
        text += simple[n] ?? '\\' + n;
        j += 2;
        continue;
      }
      text += c;
      j++;
    }
    this.literal(text, true);
    this.i = j + 1;
  }

  private backquote(quoted: boolean): void {
    const s = this.src;
    let j = this.i + 1;
    let source = '';
    while (true) {
      if (j >= s.length) throw eof('`');
      const c = s[j]!;
      if (c === '`') break;
      if (c === '\\' && j + 1 < s.length && '$`\\'.includes(s[j + 1]!)) {
        source += s[j + 1];
        j += 2;
        continue;
      }
      source += c;
      j++;
    }
    this.parts.push({ kind: 'command', source, quoted });
    this.i = j + 1;
  }
}

/**
 * The index of the `)` closing the `(` at `open`, skipping quoted text and nested parentheses;
 * -1 when the line ends first.
 */
export function matchingParen(s: string, open: number): number {
  let depth = 0;
  let i = open;
  while (i < s.length) {
    const c = s[i]!;
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === "'") {
      const end = s.indexOf("'", i + 1);
      if (end < 0) return -1;
      i = end + 1;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      while (j < s.length && s[j] !== '"') j += s[j] === '\\' ? 2 : 1;
      if (j >= s.length) return -1;
      i = j + 1;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth === 0) return i;
    }
    i++;
  }
  return -1;
}

function mergeLiterals(parts: WordPart[]): WordPart[] {
  const out: WordPart[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (p.kind === 'literal' && last?.kind === 'literal' && last.quoted === p.quoted) {
      out[out.length - 1] = { ...last, text: last.text + p.text };
    } else out.push(p);
  }
  return out;
}

/** The word's text when it has no expansions and no quoting: how reserved words and names are recognised. */
export function plainText(word: Word): string | undefined {
  if (word.parts.length !== 1) return undefined;
  const p = word.parts[0]!;
  return p.kind === 'literal' && !p.quoted ? p.text : undefined;
}

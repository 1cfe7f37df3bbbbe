/**
 * From tokens to the syntax tree (ast.ts). Errors are bash's own wording
 * (`syntax error near unexpected token `|'`), and constructs the drill terminal does not run
 * (while, if, case, subshells, background jobs, here-documents) are refused by name.
 */
import type { AndOr, Assignment, Command, ForCommand, List, Pipeline, Redirect, SimpleCommand, Word } from './ast';
import { lex, plainText, type Token } from './lexer';
import { unsupportedConstruct } from './messages';

export type ParseResult = { ok: true; list: List } | { ok: false; message: string };

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/;
const UNSUPPORTED_KEYWORDS = new Set(['while', 'until', 'if', 'case', 'select', 'function']);
const UNSUPPORTED_OPS: Record<string, string> = {
  '&': 'background jobs (&)',
  '(': 'subshells ( … )',
  '<<<': 'here-strings (<<<)',
  '|&': 'the |& pipe',
};

class ParseError extends Error {}

function unexpected(tok: Token | undefined): ParseError {
  if (!tok) return new ParseError('syntax error: unexpected end of file');
  const text = tok.kind === 'newline' ? 'newline' : tok.kind === 'op' ? tok.text : tok.kind === 'redirect' ? '>' : tok.word.raw;
  return new ParseError(`syntax error near unexpected token \`${text}'`);
}

export function parse(line: string): ParseResult {
  const lexed = lex(line);
  if (!lexed.ok) return { ok: false, message: lexed.error };
  try {
    const p = new Parser(lexed.tokens);
    const list = p.list([]);
    if (!p.atEnd()) throw unexpected(p.peek());
    return { ok: true, list };
  } catch (e) {
    if (e instanceof ParseError) return { ok: false, message: e.message };
    throw e;
  }
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  atEnd(): boolean {
    return this.i >= this.tokens.length;
  }

  peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private next(): Token | undefined {
    return this.tokens[this.i++];
  }

  private isOp(text: string): boolean {
    const t = this.peek();
    return t?.kind === 'op' && t.text === text;
  }

  private isKeyword(word: string): boolean {
    const t = this.peek();
    return t?.kind === 'word' && plainText(t.word) === word;
  }

  private skipNewlines(): void {
    while (this.peek()?.kind === 'newline') this.i++;
  }

  /** A list up to the end of input, or up to one of `terminators` (reserved words such as `done`). */
  list(terminators: string[]): List {
    const items: AndOr[] = [];
    this.skipNewlines();
    while (!this.atEnd() && !terminators.some((t) => this.isKeyword(t))) {
      items.push(this.andOr());
      const t = this.peek();
      if (t === undefined) break;
      if (t.kind === 'newline' || (t.kind === 'op' && t.text === ';')) {
        this.i++;
        this.skipNewlines();
        continue;
      }
      if (t.kind === 'op' && UNSUPPORTED_OPS[t.text]) throw new ParseError(unsupportedConstruct(UNSUPPORTED_OPS[t.text]!));
      if (terminators.some((k) => this.isKeyword(k))) break;
      throw unexpected(t);
    }
    return { items };
  }

  private andOr(): AndOr {
    const first = this.pipeline();
    const rest: AndOr['rest'] = [];
    while (this.isOp('&&') || this.isOp('||')) {
      const op = (this.next() as { text: '&&' | '||' }).text;
      this.skipNewlines();
      rest.push({ op, pipeline: this.pipeline() });
    }
    return { first, rest };
  }

  private pipeline(): Pipeline {
    let negated = false;
    if (this.isKeyword('!')) {
      this.i++;
      negated = true;
    }
    const commands: Command[] = [this.command()];
    while (this.isOp('|')) {
      this.i++;
      this.skipNewlines();
      commands.push(this.command());
    }
    return { negated, commands };
  }

  private command(): Command {
    const t = this.peek();
    if (t === undefined) throw unexpected(t);
    if (t.kind === 'op') {
      if (UNSUPPORTED_OPS[t.text]) throw new ParseError(unsupportedConstruct(UNSUPPORTED_OPS[t.text]!));
      throw unexpected(t);
    }
    if (t.kind === 'newline') throw unexpected(t);
    if (t.kind === 'word') {
      const w = plainText(t.word);
      if (w === 'for') return this.forCommand();
      if (w !== undefined && UNSUPPORTED_KEYWORDS.has(w)) throw new ParseError(unsupportedConstruct(`\`${w}\``));
      if (w === 'do' || w === 'done' || w === 'then' || w === 'fi' || w === 'esac' || w === 'in') throw unexpected(t);
      if (w === '{' || w === '}') throw new ParseError(unsupportedConstruct('command groups { … }'));
    }
    return this.simpleCommand();
  }

  private forCommand(): ForCommand {
    this.i++; // for
    const nameTok = this.next();
    const variable = nameTok?.kind === 'word' ? plainText(nameTok.word) : undefined;
    if (variable === undefined || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(variable)) {
      if (nameTok?.kind === 'word') throw new ParseError(`\`${nameTok.word.raw}': not a valid identifier`);
      throw unexpected(nameTok);
    }
    let items: Word[] | null = null;
    this.skipNewlines();
    if (this.isKeyword('in')) {
      this.i++;
      items = [];
      while (this.peek()?.kind === 'word') items.push((this.next() as { word: Word }).word);
    }
    if (this.isOp(';') || this.peek()?.kind === 'newline') this.i++;
    this.skipNewlines();
    if (!this.isKeyword('do')) throw unexpected(this.peek());
    this.i++;
    const body = this.list(['done']);
    if (!this.isKeyword('done')) throw unexpected(this.peek());
    this.i++;
    if (body.items.length === 0) throw new ParseError("syntax error near unexpected token `done'");
    return { kind: 'for', variable, items, body, redirects: this.redirects() };
  }

  private redirects(): Redirect[] {
    const out: Redirect[] = [];
    while (this.peek()?.kind === 'redirect') out.push(this.redirect());
    return out;
  }

  private redirect(): Redirect {
    const r = this.next() as Extract<Token, { kind: 'redirect' }>;
    const target = this.next();
    if (target?.kind !== 'word') throw unexpected(target);
    return { fd: r.fd, op: r.op, target: target.word };
  }

  private simpleCommand(): SimpleCommand {
    const assignments: Assignment[] = [];
    const words: Word[] = [];
    const redirects: Redirect[] = [];
    while (true) {
      const t = this.peek();
      if (t?.kind === 'redirect') {
        redirects.push(this.redirect());
      } else if (t?.kind === 'word') {
        this.i++;
        const assignment = words.length === 0 ? asAssignment(t.word) : undefined;
        if (assignment) assignments.push(assignment);
        else words.push(t.word);
      } else break;
    }
    return { kind: 'simple', assignments, words, redirects };
  }
}

/** `NAME=value` before the command name: the name must be unquoted. */
function asAssignment(word: Word): Assignment | undefined {
  const first = word.parts[0];
  if (first?.kind !== 'literal' || first.quoted) return undefined;
  const m = ASSIGNMENT.exec(first.text);
  if (!m) return undefined;
  const rest = first.text.slice(m[0].length);
  const parts = [...(rest ? [{ ...first, text: rest }] : []), ...word.parts.slice(1)];
  return { name: m[1]!, value: { parts, raw: word.raw.slice(m[0].length) } };
}

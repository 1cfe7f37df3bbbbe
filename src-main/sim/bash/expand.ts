/**
 * Word expansion in POSIX order: parameters, command substitution and arithmetic; then field
 * splitting of unquoted results on blanks; then pathname expansion (`*.yaml`) against the
 * virtual files, leaving a pattern that matches nothing as typed (bash's default).
 */
import type { Word } from './ast';
import { evaluateArithmetic } from './arithmetic';
import type { VirtualFs } from './fs';
import { HOME } from './fs';

export interface ExpansionHost {
  variable(name: string): string;
  isSet(name: string): boolean;
  /** `${X:=word}` assigns as it expands. */
  assign(name: string, value: string): void;
  /** Runs `$(…)`; returns its standard output (trailing newlines already removed). */
  substitute(source: string): string;
  /** Where expansion errors go (bash prints them and carries on). */
  error(message: string): void;
  readonly fs: VirtualFs;
}

interface Field {
  text: string;
  exists: boolean;
  glob: boolean;
}

export function expandWords(words: readonly Word[], host: ExpansionHost): string[] {
  return words.flatMap((w) => expandWord(w, host));
}

/** One word → zero or more fields. */
export function expandWord(word: Word, host: ExpansionHost): string[] {
  const fields: Field[] = [];
  let cur: Field = { text: '', exists: false, glob: false };
  word.parts.forEach((part, index) => {
    if (part.kind === 'literal') {
      let text = part.text;
      if (index === 0 && !part.quoted && (text === '~' || text.startsWith('~/'))) text = HOME + text.slice(1);
      cur.text += text;
      cur.exists = true;
      if (!part.quoted && /[*?[]/.test(text)) cur.glob = true;
      return;
    }
    const value = expansionValue(part, host);
    if (part.quoted) {
      cur.text += value;
      cur.exists = true;
      return;
    }
    value.split(/[ \t\n]+/).forEach((piece, k) => {
      if (k > 0) {
        if (cur.exists) fields.push(cur);
        cur = { text: '', exists: false, glob: false };
      }
      if (piece) {
        cur.text += piece;
        cur.exists = true;
      }
    });
  });
  if (cur.exists) fields.push(cur);
  return fields.flatMap((f) => (f.glob ? glob(f.text, host.fs) : [f.text]));
}

/** A word expanded without field splitting or globbing, as assignments (`X=$(…)`) are. */
export function expandToString(word: Word, host: ExpansionHost): string {
  return word.parts.map((p) => (p.kind === 'literal' ? p.text : expansionValue(p, host))).join('');
}

function expansionValue(part: Exclude<Word['parts'][number], { kind: 'literal' }>, host: ExpansionHost): string {
  switch (part.kind) {
    case 'variable': {
      const value = host.variable(part.name);
      const m = part.modifier;
      if (!m) return value;
      if (m.op === '#') return String([...value].length);
      const set = m.op.startsWith(':') ? value !== '' : host.isSet(part.name);
      if (m.op.endsWith('+')) return set ? m.word : '';
      if (set) return value;
      if (m.op.endsWith('=')) host.assign(part.name, m.word);
      return m.word;
    }
    case 'command':
      return host.substitute(part.source);
    case 'arithmetic': {
      // Variables inside $(( )) may themselves be $X or $(…): expand the source as a double-quoted word first.
      const r = evaluateArithmetic(part.source, (name) => host.variable(name));
      if (r.ok) return String(r.value);
      host.error(r.error);
      return '';
    }
  }
}

function glob(pattern: string, fs: VirtualFs): string[] {
  const slash = pattern.lastIndexOf('/');
  const dir = slash >= 0 ? pattern.slice(0, slash) : '';
  const base = slash >= 0 ? pattern.slice(slash + 1) : pattern;
  if (/[*?[]/.test(dir)) return [pattern];
  const re = globRegex(base);
  if (!re || !fs.isDir(dir === '' ? '.' : dir)) return [pattern];
  const matches = fs
    .list(dir === '' ? '.' : dir)
    .map((e) => e.name)
    .filter((name) => re.test(name) && (base.startsWith('.') || !name.startsWith('.')));
  if (matches.length === 0) return [pattern];
  return matches.map((m) => (slash >= 0 ? `${dir}/${m}` : m));
}

function globRegex(pattern: string): RegExp | undefined {
  let src = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') src += '.*';
    else if (c === '?') src += '.';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) src += '\\[';
      else {
        let body = pattern.slice(i + 1, end);
        if (body.startsWith('!')) body = '^' + body.slice(1);
        src += '[' + body.replace(/\\/g, '\\\\') + ']';
        i = end;
      }
    } else src += c.replace(/[.+^${}()|\\\]]/g, '\\$&');
  }
  try {
    return new RegExp(`^${src}$`);
  } catch {
    return undefined;
  }
}

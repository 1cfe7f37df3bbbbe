/**
 * JSON as jq reads and writes it: a stream of values (several documents one after another, as
 * `kubectl get -o json` in a loop produces), with jq's parse-error wording and line numbers;
 * output in jq's layouts (2-space indent, `-c` compact, `--tab`, `-S` sorted keys).
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function isObject(v: Json): v is { [key: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** An object that treats every key, `__proto__` included, as data. */
export function newObject(): { [key: string]: Json } {
  return Object.create(null) as { [key: string]: Json };
}

export interface ParsedValue {
  value: Json;
  /** The input line the value ends on (jq reads line by line): its `(at <stdin>:N)`. */
  line: number;
}

export interface StreamResult {
  values: ParsedValue[];
  /** jq's message for the first malformed text, after the values before it. */
  error?: string;
}

/** Nesting jq accepts before refusing input (jq allows 10000; 512 keeps the pure parser within any stack). */
const MAX_DEPTH = 512;

class JsonError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

export function parseJsonStream(text: string): StreamResult {
  const values: ParsedValue[] = [];
  const p = new JsonParser(text);
  // Lines counted incrementally: a stream of many small documents stays linear.
  let counted = 0;
  let line = 1;
  try {
    while (true) {
      p.skipWs();
      if (p.i >= text.length) break;
      const value = p.value(0);
      for (; counted < p.i; counted++) if (text.charCodeAt(counted) === 10) line++;
      values.push({ value, line });
    }
    return { values };
  } catch (e) {
    if (!(e instanceof JsonError)) throw e;
    const { line, column } = position(text, e.at);
    return { values, error: `jq: parse error: ${e.message} at line ${line}, column ${column}` };
  }
}

function position(text: string, at: number): { line: number; column: number } {
  let line = 1;
  let col = 0;
  for (let k = 0; k < at && k < text.length; k++) {
    if (text[k] === '\n') {
      line++;
      col = 0;
    } else col++;
  }
  return { line, column: col };
}

class JsonParser {
  i = 0;
  constructor(private readonly s: string) {}

  skipWs(): void {
    while (this.i < this.s.length && ' \t\n\r'.includes(this.s[this.i]!)) this.i++;
  }

  value(depth: number): Json {
    if (depth > MAX_DEPTH) throw new JsonError('Exceeds depth limit for parsing', this.i);
    this.skipWs();
    const c = this.s[this.i];
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth);
    if (c === '"') return this.string();
    if (c === undefined) throw new JsonError('Unfinished JSON term at EOF', this.i);
    return this.literal();
  }

  private object(depth: number): Json {
    const obj = newObject();
    this.i++;
    this.skipWs();
    if (this.s[this.i] === '}') {
      this.i++;
      return obj;
    }
    while (true) {
      this.skipWs();
      if (this.s[this.i] !== '"') throw this.unexpected('Object keys must be strings');
      const key = this.string();
      this.skipWs();
      if (this.s[this.i] !== ':') throw this.unexpected("Objects must consist of key:value pairs");
      this.i++;
      obj[key] = this.value(depth + 1);
      this.skipWs();
      const c = this.s[this.i];
      this.i++;
      if (c === '}') return obj;
      if (c !== ',') throw this.unexpected("Expected separator between values", c === undefined);
    }
  }

  private array(depth: number): Json {
    const arr: Json[] = [];
    this.i++;
    this.skipWs();
    if (this.s[this.i] === ']') {
      this.i++;
      return arr;
    }
    while (true) {
      arr.push(this.value(depth + 1));
      this.skipWs();
      const c = this.s[this.i];
      this.i++;
      if (c === ']') return arr;
      if (c !== ',') throw this.unexpected('Expected separator between values', c === undefined);
    }
  }

  private unexpected(message: string, atEnd = this.i >= this.s.length): JsonError {
    return new JsonError(atEnd ? 'Unfinished JSON term at EOF' : message, Math.min(this.i + 1, this.s.length));
  }

  private string(): string {
    let out = '';
    let j = this.i + 1;
    while (true) {
      const c = this.s[j];
      if (c === undefined) throw new JsonError('Unfinished JSON term at EOF', this.s.length);
      if (c === '"') break;
      if (c === '\\') {
        const n = this.s[j + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (n !== undefined && n in simple) {
          out += simple[n];
          j += 2;
        } else if (n === 'u' && /^[0-9a-fA-F]{4}$/.test(this.s.slice(j + 2, j + 6))) {
          out += String.fromCharCode(parseInt(this.s.slice(j + 2, j + 6), 16));
          j += 6;
        } else throw new JsonError('Invalid escape', j + 2);
        continue;
      }
      out += c;
      j++;
    }
    this.i = j + 1;
    return out;
  }

  /** A bare token: true, false, null or a number, ended by a blank or a structural character. */
  private literal(): Json {
    let j = this.i;
    while (j < this.s.length && !' \t\n\r[]{},:"'.includes(this.s[j]!)) j++;
    const tok = this.s.slice(this.i, j);
    // jq reports the column after the character that ended the token.
    const at = j < this.s.length ? j + 1 : j;
    if (tok === '') throw new JsonError(this.s[j] === ']' || this.s[j] === '}' ? 'Unmatched \'' + this.s[j] + '\'' : "Expected value before ','", at);
    this.i = j;
    if (tok === 'true') return true;
    if (tok === 'false') return false;
    if (tok === 'null') return null;
    if (/^-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?$/.test(tok)) return Number(tok);
    if (/^(nan|NaN)$/.test(tok)) return null;
    throw new JsonError(/^[tfn]/.test(tok) ? 'Invalid literal' : 'Invalid numeric literal', at);
  }
}

export interface DumpOptions {
  compact?: boolean;
  tab?: boolean;
  indent?: number;
  sortKeys?: boolean;
}

/** A value as jq prints it. */
export function dump(value: Json, opts: DumpOptions = {}): string {
  const unit = opts.tab ? '\t' : ' '.repeat(opts.indent ?? 2);
  const pretty = !opts.compact && unit !== '';
  const go = (v: Json, indent: string): string => {
    if (v === null) return 'null';
    if (typeof v === 'boolean') return String(v);
    if (typeof v === 'number') return dumpNumber(v);
    if (typeof v === 'string') return dumpString(v);
    const inner = indent + unit;
    if (Array.isArray(v)) {
      if (v.length === 0) return '[]';
      if (!pretty) return '[' + v.map((x) => go(x, inner)).join(',') + ']';
      return '[\n' + v.map((x) => inner + go(x, inner)).join(',\n') + '\n' + indent + ']';
    }
    let keys = Object.keys(v);
    if (opts.sortKeys) keys = keys.sort(compareKeys);
    if (keys.length === 0) return '{}';
    if (!pretty) return '{' + keys.map((k) => dumpString(k) + ':' + go(v[k]!, inner)).join(',') + '}';
    return '{\n' + keys.map((k) => inner + dumpString(k) + ': ' + go(v[k]!, inner)).join(',\n') + '\n' + indent + '}';
  };
  return go(value, '');
}

/** jq orders keys by their code points. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function dumpNumber(n: number): string {
  if (Number.isNaN(n)) return 'null';
  if (n === Infinity) return '1.7976931348623157e+308';
  if (n === -Infinity) return '-1.7976931348623157e+308';
  return String(n);
}

export function dumpString(s: string): string {
  return JSON.stringify(s).replace(/\u007f/g, '\\u007f');
}

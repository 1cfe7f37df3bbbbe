/**
 * YAML exactly as kubectl prints it (`-o yaml`): sigs.k8s.io/yaml marshals through JSON into
 * go-yaml v2, so map keys are sorted, block sequences sit at their key's indentation, strings that
 * would read as another type are double-quoted, strings that plain style cannot carry are
 * single-quoted, multi-line strings use literal blocks (`|`, `|-`, `|+`), and long plain or quoted
 * scalars are folded at spaces past column 80 (the emitter's best_width).
 */

const BEST_WIDTH = 80;

export function toYaml(value: unknown): string {
  const lines: string[] = [];
  if (isMap(value)) {
    if (Object.keys(value).length === 0) return '{}\n';
    emitMap(value, 0, lines);
  } else if (Array.isArray(value)) {
    if (value.length === 0) return '[]\n';
    emitSeq(value, 0, lines);
  } else lines.push(scalar(value, 0, 0));
  return lines.join('\n') + '\n';
}

function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** JSON round trip semantics: undefined fields vanish, as encoding/json omits them. */
function entries(m: Record<string, unknown>): Array<[string, unknown]> {
  return Object.keys(m)
    .filter((k) => m[k] !== undefined)
    .sort(compareKeys)
    .map((k) => [k, m[k]]);
}

/**
 * go-yaml v2's keyList.Less (sorted.go), which orders the keys of the map sigs.k8s.io/yaml hands it:
 * rune by rune; two letters compare as runes; a non-letter sorts before a letter; runs of digits
 * compare as numbers.
 */
function compareKeys(a: string, b: string): number {
  const ar = [...a];
  const br = [...b];
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) continue;
    const al = isLetter(ar[i]!);
    const bl = isLetter(br[i]!);
    if (al && bl) return ar[i]! < br[i]! ? -1 : 1;
    if (al || bl) return bl ? -1 : 1;
    let an = 0;
    let bn = 0;
    if (ar[i] === '0' || br[i] === '0') {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]!); j--) {
        if (ar[j] !== '0') { an = 1; bn = 1; break; }
      }
    }
    let ai = i;
    let bi = i;
    for (; ai < ar.length && isDigit(ar[ai]!); ai++) an = an * 10 + Number(ar[ai]);
    for (; bi < br.length && isDigit(br[bi]!); bi++) bn = bn * 10 + Number(br[bi]);
    if (an !== bn) return an < bn ? -1 : 1;
    if (ai !== bi) return ai < bi ? -1 : 1;
    return ar[i]! < br[i]! ? -1 : 1;
  }
  return ar.length - br.length;
}

function isLetter(c: string): boolean {
  return /\p{L}/u.test(c);
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

function emitMap(m: Record<string, unknown>, indent: number, lines: string[]): void {
  const pad = ' '.repeat(indent);
  for (const [k, v] of entries(m)) {
    const key = scalar(k, indent, indent, true);
    emitValue(`${pad}${key}:`, v, indent, lines, true);
  }
}

function emitSeq(s: unknown[], indent: number, lines: string[]): void {
  const pad = ' '.repeat(indent);
  for (const item of s) {
    if (isMap(item) && entries(item).length > 0) {
      // The first key shares the dash line; the rest align under it.
      const sub: string[] = [];
      emitMap(item, indent + 2, sub);
      sub[0] = `${pad}- ${sub[0]!.slice(indent + 2)}`;
      lines.push(...sub);
    } else if (Array.isArray(item) && item.length > 0) {
      const sub: string[] = [];
      emitSeq(item, indent + 2, sub);
      sub[0] = `${pad}- ${sub[0]!.slice(indent + 2)}`;
      lines.push(...sub);
    } else emitValue(`${pad}-`, item, indent, lines, false);
  }
}

/** `prefix` is `key:` or `-`; values go on the same line or, for collections, below it. */
function emitValue(prefix: string, v: unknown, indent: number, lines: string[], inMap: boolean): void {
  if (isMap(v)) {
    if (entries(v).length === 0) lines.push(`${prefix} {}`);
    else {
      lines.push(prefix);
      emitMap(v, indent + 2, lines);
    }
    return;
  }
  if (Array.isArray(v)) {
    if (v.length === 0) lines.push(`${prefix} []`);
    else {
      lines.push(prefix);
      // go-yaml v2 does not indent a sequence under a mapping key.
      emitSeq(v, inMap ? indent : indent + 2, lines);
    }
    return;
  }
  if (typeof v === 'string' && v.includes('\n') && literalAllowed(v)) {
    lines.push(`${prefix} ${literalHeader(v, indent + 2)}`);
    const body = v.endsWith('\n') ? v.replace(/\n+$/, (m) => m.slice(1)) : v;
    const pad = ' '.repeat(indent + 2);
    for (const l of body.split('\n')) lines.push(l === '' ? '' : pad + l);
    return;
  }
  const col = prefix.length + 1;
  lines.push(`${prefix} ${scalar(v, indent + 2, col)}`);
}

function literalHeader(v: string, _indent: number): string {
  const indicator = v.startsWith(' ') || v.startsWith('\n') ? '2' : '';
  let chomp = '-';
  if (v.endsWith('\n')) chomp = v.endsWith('\n\n') || v === '\n' ? '+' : '';
  return `|${indicator}${chomp}`;
}

/** Literal blocks cannot carry trailing spaces on a line, a space before a line break, or control characters. */
function literalAllowed(v: string): boolean {
  if (/ \n| $/.test(v)) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff]/.test(v)) return false;
  return true;
}

function scalar(v: unknown, indent: number, column: number, isKey = false): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return formatNumber(v);
  const s = String(v);
  if (s.includes('\n')) return doubleQuoted(s, indent, column, !isKey);
  if (!resolvesToString(s)) return doubleQuoted(s, indent, column, !isKey);
  const a = analyze(s);
  if (a.plain) return fold(s, indent, column, !isKey);
  if (a.singleQuoted) return singleQuoted(s, indent, column, !isKey);
  return doubleQuoted(s, indent, column, !isKey);
}

/** JSON numbers as Go's encoding/json → float64 → yaml would write them. */
function formatNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  if (!Number.isFinite(n)) return Number.isNaN(n) ? '.nan' : n > 0 ? '.inf' : '-.inf';
  const s = String(n);
  return s.includes('e') ? s.replace(/e([+-])(\d)$/, 'e$10$2') : s;
}

const BOOL_OR_NULL = new Set([
  'y', 'Y', 'yes', 'Yes', 'YES', 'n', 'N', 'no', 'No', 'NO', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE',
  'on', 'On', 'ON', 'off', 'Off', 'OFF', '~', 'null', 'Null', 'NULL', '', '<<',
]);

/** go-yaml v2's resolve(): would this plain text read back as something other than a string? */
function resolvesToString(s: string): boolean {
  if (BOOL_OR_NULL.has(s)) return false;
  if (/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(s)) return false;
  if (/^[-+]?(0b[01_]+|0x[0-9a-fA-F_]+|0[0-7_]+|[0-9_]+)$/.test(s) && /[0-9]/.test(s)) return false;
  if (/^[-+]?\.(inf|Inf|INF)$/.test(s) || /^\.(nan|NaN|NAN)$/.test(s)) return false;
  // Base-60 floats ("1:20") are quoted too.
  if (/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/.test(s)) return false;
  // Timestamps: 2006-01-02, 2006-01-02T15:04:05Z and friends.
  if (/^\d{4}-\d\d?-\d\d?(?:(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?)?$/.test(s)) return false;
  return true;
}

/** The emitter's scalar analysis (yaml_emitter_analyze_scalar) for single-line strings. */
function analyze(s: string): { plain: boolean; singleQuoted: boolean } {
  let plain = true;
  let single = true;
  if (s.startsWith('---') || s.startsWith('...')) plain = false;
  const first = s[0]!;
  if ('#,[]{}&*!|>\'"%@`'.includes(first)) plain = false;
  if ((first === '?' || first === ':' || first === '-') && (s.length === 1 || s[1] === ' ')) plain = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const next = s[i + 1];
    if (c === ':' && (next === undefined || next === ' ')) plain = false;
    if (c === '#' && i > 0 && s[i - 1] === ' ') plain = false;
    const code = c.codePointAt(0)!;
    // eslint-disable-next-line no-control-regex
    if ((code < 0x20 && c !== '\t') || code === 0x7f || c === '\ufeff' || (code >= 0x80 && code <= 0x9f)) {
      plain = false;
      single = false;
    }
    if (c === '\t') { plain = false; single = false; }
  }
  if (s.startsWith(' ') || s.endsWith(' ')) plain = false;
  return { plain, singleQuoted: single };
}

/** Plain scalars break at a space once past the best width (never two spaces, never the last). */
function fold(s: string, indent: number, column: number, allowBreaks: boolean): string {
  if (!allowBreaks || column + s.length <= BEST_WIDTH || !s.includes(' ')) return s;
  let out = '';
  let col = column;
  const pad = ' '.repeat(indent);
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === ' ' && col > BEST_WIDTH && s[i + 1] !== ' ' && i > 0 && s[i - 1] !== ' ' && i < s.length - 1) {
      out += '\n' + pad;
      col = indent;
      continue;
    }
    out += c;
    col++;
  }
  return out;
}

function singleQuoted(s: string, indent: number, column: number, allowBreaks: boolean): string {
  const body = s.replaceAll("'", "''");
  if (!allowBreaks) return `'${body}'`;
  return `'${fold(body, indent, column + 1, true)}'`;
}

function doubleQuoted(s: string, indent: number, column: number, allowBreaks: boolean): string {
  let out = '"';
  let col = column + 1;
  const pad = ' '.repeat(indent);
  const chars = [...s];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const code = c.codePointAt(0)!;
    let piece: string;
    if (c === '"') piece = '\\"';
    else if (c === '\\') piece = '\\\\';
    else if (c === '\n') piece = '\\n';
    else if (c === '\t') piece = '\\t';
    else if (c === '\r') piece = '\\r';
    else if (code === 0) piece = '\\0';
    else if (code === 0x07) piece = '\\a';
    else if (code === 0x08) piece = '\\b';
    else if (code === 0x0b) piece = '\\v';
    else if (code === 0x0c) piece = '\\f';
    else if (code === 0x1b) piece = '\\e';
    else if (code === 0x85) piece = '\\N';
    else if (code === 0xa0) piece = '\\_';
    else if (code === 0x2028) piece = '\\L';
    else if (code === 0x2029) piece = '\\P';
    else if (code < 0x20 || code === 0x7f || (code >= 0x80 && code <= 0x9f) || code === 0xfeff) piece = '\\x' + code.toString(16).toUpperCase().padStart(2, '0');
    else if (c === ' ' && allowBreaks && col > BEST_WIDTH && i > 0 && i < chars.length - 1) {
      // A folded space: the line ends here; a following space would be escaped.
      out += '\n' + pad;
      col = indent;
      if (chars[i + 1] === ' ') { out += '\\'; col++; }
      continue;
    } else piece = c;
    out += piece;
    col += piece.length;
  }
  return out + '"';
}

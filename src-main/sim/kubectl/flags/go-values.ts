/**
 * Go's strconv and time parsers, as pflag calls them, with their exact error texts: kubectl
 * prints them verbatim (`strconv.ParseInt: parsing "abc": invalid syntax`).
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const TRUE = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const FALSE = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);

export function parseBool(s: string): Parsed<boolean> {
  if (TRUE.has(s)) return { ok: true, value: true };
  if (FALSE.has(s)) return { ok: true, value: false };
  return { ok: false, error: `strconv.ParseBool: parsing ${goQuote(s)}: invalid syntax` };
}

/** strconv.ParseInt(s, 0, bits): optional sign, 0x/0o/0b prefixes, a leading 0 for octal, `_` between digits after a prefix. */
export function parseInt(s: string, bits = 64, fn = 'ParseInt'): Parsed<number> {
  const syntax = { ok: false as const, error: `strconv.${fn}: parsing ${goQuote(s)}: invalid syntax` };
  const m = /^([+-]?)(0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|0[0-7_]*|[1-9][0-9]*)$/.exec(s);
  if (!m) return syntax;
  const [, sign, body] = m as unknown as [string, string, string];
  let digits: string;
  let radix: number;
  if (/^0[xX]/.test(body)) { digits = body.slice(2); radix = 16; }
  else if (/^0[bB]/.test(body)) { digits = body.slice(2); radix = 2; }
  else if (/^0[oO]/.test(body)) { digits = body.slice(2); radix = 8; }
  else if (body.length > 1 && body.startsWith('0')) { digits = body.slice(1); radix = 8; }
  else { digits = body; radix = 10; }
  if (digits.includes('_')) {
    if (radix === 10 || /^_|_$|__/.test(digits)) return syntax;
    digits = digits.replaceAll('_', '');
  }
  if (digits === '') return syntax;
  const magnitude = BigInt(radix === 10 ? digits : `0${{ 16: 'x', 2: 'b', 8: 'o' }[radix]}${digits}`);
  const value = sign === '-' ? -magnitude : magnitude;
  const limit = 1n << BigInt(bits - 1);
  if (value >= limit || value < -limit) return { ok: false, error: `strconv.${fn}: parsing ${goQuote(s)}: value out of range` };
  return { ok: true, value: Number(value) };
}

/** strconv.Atoi: decimal only, as kubectl uses it for `run --port`. */
export function atoi(s: string): Parsed<number> {
  if (!/^[+-]?\d+$/.test(s)) return { ok: false, error: `strconv.Atoi: parsing ${goQuote(s)}: invalid syntax` };
  const n = Number(s);
  if (!Number.isSafeInteger(n)) return { ok: false, error: `strconv.Atoi: parsing ${goQuote(s)}: value out of range` };
  return { ok: true, value: n };
}

const UNIT_MS: Record<string, number> = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, 'μs': 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** time.ParseDuration, in milliseconds: "300ms", "-1.5h", "2h45m". */
export function parseDuration(s: string): Parsed<number> {
  const bad = { ok: false as const, error: `time: invalid duration ${goQuote(s)}` };
  let rest = s;
  let sign = 1;
  if (rest.startsWith('-') || rest.startsWith('+')) { sign = rest.startsWith('-') ? -1 : 1; rest = rest.slice(1); }
  if (rest === '0') return { ok: true, value: 0 };
  if (rest === '') return bad;
  let total = 0;
  const part = /^(\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h)/;
  while (rest) {
    const m = part.exec(rest);
    if (!m) {
      if (/^(\d+\.?\d*|\.\d+)$/.test(rest)) return { ok: false, error: `time: missing unit in duration ${goQuote(s)}` };
      const u = /^(\d+\.?\d*|\.\d+)(\D+)/.exec(rest);
      if (u) return { ok: false, error: `time: unknown unit ${goQuote(u[2]!)} in duration ${goQuote(s)}` };
      return bad;
    }
    total += Number(m[1]) * UNIT_MS[m[2]!]!;
    rest = rest.slice(m[0].length);
  }
  return { ok: true, value: sign * total };
}

/** Go's %q for the plain strings kubectl quotes: escapes quotes, backslashes and control characters. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (code < 0x20 || code === 0x7f) out += '\\x' + code.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + '"';
}

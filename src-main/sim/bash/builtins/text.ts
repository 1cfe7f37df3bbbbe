/** head, tail, wc, sort, uniq, cut, tr: GNU coreutils' line and field tools over piped text or files. */
import { byteLength } from './utf8';
import { checkFlags, fail, has, lines, parseArgs, readInputs, unlines, value, type Tool, type ToolCall } from './types';

function countArg(call: ToolCall, raw: string | undefined, what: string): number | string | undefined {
  if (raw === undefined) return undefined;
  if (!/^[-+]?\d+$/.test(raw)) return `${call.name}: invalid number of ${what}: ‘${raw}’`;
  return Number(raw);
}

function headOrTail(call: ToolCall, pick: (xs: string[], n: number, fromStart: boolean) => string[]): ReturnType<Tool> {
  const p = parseArgs(call.args, ['-n', '--lines'], { numericShort: true });
  const bad = checkFlags(call, p, ['-n', '--lines', '-q', '-f', '-F', '--follow']);
  if (bad) return bad;
  const raw = value(p, '-n', '--lines', '-#');
  const n = countArg(call, raw, 'lines');
  if (typeof n === 'string') return fail(n);
  const fromStart = raw?.startsWith('+') ?? false;
  const input = readInputs(call, p.operands);
  const headers = input.perFile.length > 1 && !has(p, '-q');
  const out = input.perFile.map((f, i) => {
    const body = unlines(pick(lines(f.text), n ?? 10, fromStart));
    const name = f.name === '-' ? 'standard input' : f.name;
    return headers ? `${i ? '\n' : ''}==> ${name} <==\n${body}` : body;
  });
  return { exitCode: input.missing ? 1 : 0, stdout: out.join(''), stderr: input.errors };
}

/** `head -n -3` prints all but the last three lines. */
export const head: Tool = (call) => headOrTail(call, (xs, n) => (n < 0 ? xs.slice(0, Math.max(0, xs.length + n)) : xs.slice(0, n)));

/** `tail -n +3` starts at line three; `-f` prints what is there (the drill terminal's files do not grow). */
export const tail: Tool = (call) =>
  headOrTail(call, (xs, n, fromStart) => (fromStart ? xs.slice(Math.max(0, n - 1)) : n === 0 ? [] : xs.slice(-Math.abs(n))));

export const wc: Tool = (call) => {
  const p = parseArgs(call.args, []);
  const bad = checkFlags(call, p, ['-l', '-w', '-c', '-m', '--lines', '--words', '--bytes', '--chars']);
  if (bad) return bad;
  let want = { l: has(p, '-l', '--lines'), w: has(p, '-w', '--words'), c: has(p, '-c', '--bytes', '-m', '--chars') };
  if (!want.l && !want.w && !want.c) want = { l: true, w: true, c: true };
  const input = readInputs(call, p.operands);
  const count = (t: string) => [
    ...(want.l ? [(t.match(/\n/g) ?? []).length] : []),
    ...(want.w ? [t.split(/\s+/).filter(Boolean).length] : []),
    ...(want.c ? [has(p, '-m', '--chars') ? [...t].length : byteLength(t)] : []),
  ];
  const rows = input.perFile.map((f) => ({ counts: count(f.text), name: f.name === '-' && p.operands.length === 0 ? '' : f.name }));
  if (rows.length > 1) rows.push({ counts: rows.reduce((acc, r) => acc.map((v, i) => v + r.counts[i]!), rows[0]!.counts.map(() => 0)), name: 'total' });
  const columns = rows[0]?.counts.length ?? 0;
  // GNU pads every count to one width: 7 when reading a pipe, else the widest total's digits.
  const width = columns === 1 && rows.length === 1 ? 0 : p.operands.length === 0 ? 7 : Math.max(...rows.map((r) => Math.max(...r.counts.map((c) => String(c).length))));
  const stdout = rows.map((r) => r.counts.map((c) => String(c).padStart(width)).join(' ') + (r.name ? ` ${r.name}` : '') + '\n').join('');
  return { exitCode: input.missing ? 1 : 0, stdout, stderr: input.errors };
};

interface SortKey {
  start: number;
  end?: number;
  numeric: boolean;
  reverse: boolean;
}

function leadingNumber(s: string): number {
  const m = /^\s*[-+]?(\d+\.?\d*|\.\d+)/.exec(s);
  return m ? Number(m[0]) : 0;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const sort: Tool = (call) => {
  const p = parseArgs(call.args, ['-k', '--key', '-t', '--field-separator', '-o']);
  const bad = checkFlags(call, p, ['-n', '-r', '-u', '-k', '--key', '-t', '--field-separator', '-f', '-b', '-s', '-h', '-V', '-o', '--numeric-sort', '--reverse', '--unique', '--ignore-case']);
  if (bad) return bad;
  const numeric = has(p, '-n', '--numeric-sort', '-h', '-V');
  const reverse = has(p, '-r', '--reverse');
  const fold = has(p, '-f', '--ignore-case');
  const sep = value(p, '-t', '--field-separator');
  const keys: SortKey[] = [];
  for (const f of p.flags.filter((x) => x.name === '-k' || x.name === '--key')) {
    const m = /^(\d+)(?:\.\d+)?([a-zA-Z]*)(?:,(\d+)(?:\.\d+)?([a-zA-Z]*))?$/.exec(f.value ?? '');
    if (!m || Number(m[1]) === 0) return fail(`sort: invalid number at field start: invalid count at start of ‘${f.value}’`, 2);
    const opts = (m[2] ?? '') + (m[4] ?? '');
    keys.push({ start: Number(m[1]), ...(m[3] ? { end: Number(m[3]) } : {}), numeric: opts.includes('n') || opts.includes('h') || numeric, reverse: opts.includes('r') !== reverse });
  }
  const input = readInputs(call, p.operands);
  const fieldsOf = (line: string) => (sep !== undefined ? line.split(sep) : line.trim().split(/\s+/));
  const keyText = (line: string, k: SortKey) => fieldsOf(line).slice(k.start - 1, k.end ?? undefined).join(sep ?? ' ');
  const cmpBy = (a: string, b: string, isNumeric: boolean) => {
    if (isNumeric) return leadingNumber(a) - leadingNumber(b);
    return fold ? compareText(a.toLowerCase(), b.toLowerCase()) : compareText(a, b);
  };
  const effective: SortKey[] = keys.length ? keys : [{ start: 1, numeric, reverse }];
  const compare = (a: string, b: string): number => {
    for (const k of effective) {
      const c = keys.length ? cmpBy(keyText(a, k), keyText(b, k), k.numeric) : cmpBy(a, b, k.numeric);
      if (c !== 0) return k.reverse ? -c : c;
    }
    if (has(p, '-s')) return 0;
    // GNU's last resort: the whole lines, byte by byte (reversed with -r).
    const c = compareText(a, b);
    return reverse ? -c : c;
  };
  let sorted = [...lines(input.text)].sort(compare);
  if (has(p, '-u', '--unique')) sorted = sorted.filter((l, i) => i === 0 || effective.some((k) => (keys.length ? cmpBy(keyText(l, k), keyText(sorted[i - 1]!, k), k.numeric) : cmpBy(l, sorted[i - 1]!, k.numeric)) !== 0));
  const out = unlines(sorted);
  const target = value(p, '-o');
  if (target !== undefined) {
    call.fs.write(target, out);
    return { exitCode: input.missing ? 2 : 0, stdout: '', stderr: input.errors };
  }
  return { exitCode: input.missing ? 2 : 0, stdout: out, stderr: input.errors };
};

export const uniq: Tool = (call) => {
  const p = parseArgs(call.args, []);
  const bad = checkFlags(call, p, ['-c', '-d', '-u', '-i', '--count', '--repeated', '--unique', '--ignore-case']);
  if (bad) return bad;
  const input = readInputs(call, p.operands.slice(0, 1));
  const same = (a: string, b: string) => (has(p, '-i', '--ignore-case') ? a.toLowerCase() === b.toLowerCase() : a === b);
  const groups: { line: string; count: number }[] = [];
  for (const l of lines(input.text)) {
    const last = groups[groups.length - 1];
    if (last && same(last.line, l)) last.count++;
    else groups.push({ line: l, count: 1 });
  }
  const shown = groups.filter((g) => (has(p, '-d', '--repeated') ? g.count > 1 : has(p, '-u', '--unique') ? g.count === 1 : true));
  const stdout = shown.map((g) => (has(p, '-c', '--count') ? `${String(g.count).padStart(7)} ${g.line}\n` : `${g.line}\n`)).join('');
  return { exitCode: input.missing ? 1 : 0, stdout, stderr: input.errors };
};

/** A cut list (`1,3`, `2-`, `-3`) as a membership test on 1-based positions. */
function parseList(list: string): ((n: number) => boolean) | undefined {
  const ranges: [number, number][] = [];
  for (const part of list.split(',')) {
    const m = /^(\d*)-(\d*)$|^(\d+)$/.exec(part);
    if (!m || part === '-') return undefined;
    if (m[3]) ranges.push([Number(m[3]), Number(m[3])]);
    else ranges.push([m[1] ? Number(m[1]) : 1, m[2] ? Number(m[2]) : Infinity]);
  }
  if (ranges.some(([a]) => a === 0)) return undefined;
  return (n) => ranges.some(([a, b]) => n >= a && n <= b);
}

export const cut: Tool = (call) => {
  const p = parseArgs(call.args, ['-d', '-f', '-c', '-b', '--delimiter', '--fields', '--characters', '--bytes']);
  const bad = checkFlags(call, p, ['-d', '-f', '-c', '-b', '-s', '--delimiter', '--fields', '--characters', '--bytes', '--only-delimited']);
  if (bad) return bad;
  const fieldList = value(p, '-f', '--fields');
  const charList = value(p, '-c', '--characters', '-b', '--bytes');
  if (fieldList === undefined && charList === undefined) return fail("cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.");
  const delim = value(p, '-d', '--delimiter') ?? '\t';
  if ([...delim].length !== 1) return fail("cut: the delimiter must be a single character\nTry 'cut --help' for more information.");
  const inList = parseList((fieldList ?? charList)!);
  if (!inList) return fail(`cut: invalid field value ‘${fieldList ?? charList}’\nTry 'cut --help' for more information.`);
  const input = readInputs(call, p.operands);
  const out: string[] = [];
  for (const l of lines(input.text)) {
    if (charList !== undefined) {
      out.push([...l].filter((_, i) => inList(i + 1)).join(''));
    } else if (!l.includes(delim)) {
      if (!has(p, '-s', '--only-delimited')) out.push(l);
    } else out.push(l.split(delim).filter((_, i) => inList(i + 1)).join(delim));
  }
  return { exitCode: input.missing ? 1 : 0, stdout: unlines(out), stderr: input.errors };
};

const CLASSES: Record<string, string> = {
  lower: 'abcdefghijklmnopqrstuvwxyz',
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  digit: '0123456789',
  space: ' \t\n\r\f\v',
  blank: ' \t',
  punct: '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~',
};
CLASSES.alpha = CLASSES.lower! + CLASSES.upper!;
CLASSES.alnum = CLASSES.alpha + CLASSES.digit!;

/** tr's SET notation: ranges, backslash escapes, [:classes:]. */
function expandSet(set: string): string[] | string {
  const out: string[] = [];
  const chars: string[] = [];
  for (let i = 0; i < set.length; i++) {
    const c = set[i]!;
    if (c === '[' && set[i + 1] === ':') {
      const end = set.indexOf(':]', i + 2);
      const cls = end > 0 ? CLASSES[set.slice(i + 2, end)] : undefined;
      if (end > 0 && cls === undefined) return `tr: invalid character class ‘${set.slice(i + 2, end)}’`;
      if (cls !== undefined) {
        // Marked so that a class member never becomes the end of a range (`[:lower:]-z`).
        chars.push(...cls.split('').map((x) => '\u0000' + x));
        i = end + 1;
        continue;
      }
    }
    if (c === '\\' && i + 1 < set.length) {
      const n = set[++i]!;
      chars.push(({ n: '\n', t: '\t', r: '\r', '\\': '\\' } as Record<string, string>)[n] ?? n);
    } else chars.push(c);
  }
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c.startsWith('\u0000')) out.push(c.slice(1));
    else if (chars[i + 1] === '-' && i + 2 < chars.length) {
      const a = c.codePointAt(0)!;
      const b = chars[i + 2]!.replace('\u0000', '').codePointAt(0)!;
      if (b < a) return `tr: range-endpoints of ‘${c}-${chars[i + 2]}’ are in reverse collating sequence order`;
      for (let k = a; k <= b && out.length < 65536; k++) out.push(String.fromCodePoint(k));
      i += 2;
    } else out.push(c);
  }
  return out;
}

export const tr: Tool = (call) => {
  const p = parseArgs(call.args, []);
  const bad = checkFlags(call, p, ['-d', '-s', '-c', '-C', '--delete', '--squeeze-repeats']);
  if (bad) return bad;
  const del = has(p, '-d', '--delete');
  const squeeze = has(p, '-s', '--squeeze-repeats');
  const [s1, s2] = p.operands;
  if (s1 === undefined) return fail("tr: missing operand\nTry 'tr --help' for more information.");
  if (!del && !squeeze && s2 === undefined) return fail(`tr: missing operand after ‘${s1}’\nTry 'tr --help' for more information.`);
  const set1 = expandSet(s1);
  if (typeof set1 === 'string') return fail(set1);
  const set2 = s2 === undefined ? [] : expandSet(s2);
  if (typeof set2 === 'string') return fail(set2);
  const complement = has(p, '-c', '-C');
  const inSet1 = (ch: string) => set1.includes(ch) !== complement;
  let out = '';
  let prev = '';
  for (const ch of call.stdin) {
    let c: string | undefined = ch;
    if (del && inSet1(ch)) c = undefined;
    else if (!del && s2 !== undefined && inSet1(ch)) {
      const idx = complement ? set2.length - 1 : set1.indexOf(ch);
      c = set2[Math.min(idx, set2.length - 1)] ?? ch;
    }
    if (c === undefined) continue;
    const squeezeSet = del ? set2 : s2 !== undefined ? set2 : set1;
    if (squeeze && c === prev && squeezeSet.includes(c)) continue;
    out += c;
    prev = c;
  }
  return { exitCode: 0, stdout: out, stderr: '' };
};

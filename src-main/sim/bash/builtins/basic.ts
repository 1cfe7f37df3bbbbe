/** echo, printf, seq, true, false, clear: the tools that make text from their arguments. */
import { fail, ok, type Tool } from './types';

/** Numbers seq prints at most (drill terminal limit: the output stays small). */
export const MAX_SEQ_NUMBERS = 100_000;

/** Backslash escapes of `echo -e`, printf's format and `%b`; `\c` stops all output. */
function unescape(s: string): { text: string; stop: boolean } {
  let text = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c !== '\\' || i + 1 >= s.length) {
      text += c;
      continue;
    }
    const n = s[++i]!;
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', a: '\x07', b: '\b', f: '\f', v: '\v', e: '\x1b', '"': '"' };
    if (n in simple) text += simple[n];
    else if (n === 'c') return { text, stop: true };
    else if (n === '0' || n === 'x') {
      const m = (n === '0' ? /^[0-7]{0,3}/ : /^[0-9a-fA-F]{1,2}/).exec(s.slice(i + 1))![0];
      text += String.fromCharCode(parseInt(m || '0', n === '0' ? 8 : 16));
      i += m.length;
    } else text += '\\' + n;
  }
  return { text, stop: false };
}

export const echo: Tool = ({ args }) => {
  let newline = true;
  let escapes = false;
  let i = 0;
  for (; i < args.length && /^-[neE]+$/.test(args[i]!); i++) {
    for (const f of args[i]!.slice(1)) {
      if (f === 'n') newline = false;
      else escapes = f === 'e';
    }
  }
  const joined = args.slice(i).join(' ');
  if (!escapes) return ok(joined + (newline ? '\n' : ''));
  const u = unescape(joined);
  return ok(u.text + (newline && !u.stop ? '\n' : ''));
};

export const printf: Tool = ({ args }) => {
  if (args.length === 0) return fail('printf: usage: printf [-v var] format [arguments]', 2);
  const [format, ...rest] = args as [string, ...string[]];
  let out = '';
  let stderr = '';
  let code = 0;
  let argi = 0;
  do {
    let consumed = false;
    const spec = /%([-+ 0#]*)(\d*)(?:\.(\d+))?([sdifxXobcq%])/g;
    let last = 0;
    let m: RegExpExecArray | null;
    let piece = '';
    while ((m = spec.exec(format))) {
      piece += unescape(format.slice(last, m.index)).text;
      last = spec.lastIndex;
      const [, flags = '', width = '', precision, conv] = m as unknown as [string, string, string, string | undefined, string];
      if (conv === '%') {
        piece += '%';
        continue;
      }
      consumed = true;
      const arg = rest[argi++] ?? '';
      let s: string;
      if (conv === 's' || conv === 'q') s = precision !== undefined ? arg.slice(0, Number(precision)) : arg;
      else if (conv === 'b') s = unescape(arg).text;
      else if (conv === 'c') s = arg.slice(0, 1);
      else {
        const n = arg === '' ? 0 : Number(arg);
        if (Number.isNaN(n)) {
          stderr += `bash: printf: ${arg}: invalid number\n`;
          code = 1;
        }
        const v = Number.isNaN(n) ? 0 : n;
        if (conv === 'f') s = v.toFixed(precision !== undefined ? Number(precision) : 6);
        else if (conv === 'x') s = Math.trunc(v).toString(16);
        else if (conv === 'X') s = Math.trunc(v).toString(16).toUpperCase();
        else if (conv === 'o') s = Math.trunc(v).toString(8);
        else s = String(Math.trunc(v));
      }
      // Widths beyond a screenful are a typo, not a layout: cap them so that output stays small.
      const w = Math.min(Number(width || 0), 10_000);
      if (s.length < w) s = flags.includes('-') ? s.padEnd(w) : flags.includes('0') && conv !== 's' ? s.padStart(w, '0') : s.padStart(w);
      piece += s;
    }
    const tail = unescape(format.slice(last));
    out += piece + tail.text;
    if (tail.stop || !consumed) break;
  } while (argi < rest.length);
  return { exitCode: code, stdout: out, stderr };
};

export const seq: Tool = ({ args }) => {
  let sep = '\n';
  let equalWidth = false;
  const nums: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-s' || a === '--separator') sep = args[++i] ?? '\n';
    else if (a.startsWith('-s') && a.length > 2) sep = a.slice(2);
    else if (a === '-w' || a === '--equal-width') equalWidth = true;
    else nums.push(a);
  }
  if (nums.length === 0 || nums.length > 3) {
    return fail(nums.length === 0 ? "seq: missing operand\nTry 'seq --help' for more information." : `seq: extra operand '${nums[3]}'\nTry 'seq --help' for more information.`);
  }
  const bad = nums.find((n) => !/^[-+]?(\d+\.?\d*|\.\d+)$/.test(n));
  if (bad !== undefined) return fail(`seq: invalid floating point argument: '${bad}'\nTry 'seq --help' for more information.`);
  const [first, step, last] = nums.length === 1 ? ['1', '1', nums[0]!] : nums.length === 2 ? [nums[0]!, '1', nums[1]!] : (nums as [string, string, string]);
  if (Number(step) === 0) return fail(`seq: invalid Zero increment value: '${step}'\nTry 'seq --help' for more information.`);
  const decimals = Math.max(...[first, step].map((n) => (n.includes('.') ? n.length - n.indexOf('.') - 1 : 0)));
  const a = Number(first);
  const d = Number(step);
  const b = Number(last);
  const out: string[] = [];
  let stderr = '';
  for (let k = 0; d > 0 ? a + k * d <= b + 1e-9 : a + k * d >= b - 1e-9; k++) {
    if (out.length >= MAX_SEQ_NUMBERS) {
      stderr = `seq: stopped after ${MAX_SEQ_NUMBERS} numbers (drill terminal limit)\n`;
      break;
    }
    out.push((a + k * d).toFixed(decimals));
  }
  if (equalWidth) {
    const w = Math.max(0, ...out.map((s) => s.replace('-', '').length));
    for (let i = 0; i < out.length; i++) out[i] = out[i]!.startsWith('-') ? '-' + out[i]!.slice(1).padStart(w, '0') : out[i]!.padStart(w, '0');
  }
  return { exitCode: stderr ? 1 : 0, stdout: out.length ? out.join(sep) + '\n' : '', stderr };
};

export const trueTool: Tool = () => ok();
export const falseTool: Tool = () => ({ exitCode: 1, stdout: '', stderr: '' });
/** The terminal clears itself when it sees `clear`; the shell prints nothing. */
export const clear: Tool = () => ok();

/**
 * A small sed for editing manifests on the way to kubectl: `s/old/new/[gip]` (any delimiter,
 * `&` and `\1` in the replacement), `/re/d`, `Nd`, `N,Md`, `p` with -n, `-e` several times,
 * `-E`/`-r`, and `-i` to edit a virtual file in place. Anything else is refused clearly.
 */
import { posixToJs } from './grep';
import { fail, lines, type Tool } from './types';

type Address = { kind: 'line'; n: number } | { kind: 'last' } | { kind: 'regex'; re: RegExp };
interface SedCommand {
  from?: Address;
  to?: Address;
  op: 's' | 'd' | 'p';
  re?: RegExp;
  replacement?: string;
  print?: boolean;
}

class SedError extends Error {}

function parseScript(script: string, extended: boolean): SedCommand[] {
  const commands: SedCommand[] = [];
  let i = 0;
  const s = script;
  const regexUntil = (delim: string, flags: string): RegExp => {
    let body = '';
    while (i < s.length && s[i] !== delim) {
      if (s[i] === '\\' && s[i + 1] === delim) {
        body += delim;
        i += 2;
      } else if (s[i] === '\\' && i + 1 < s.length) {
        body += s[i]! + s[i + 1]!;
        i += 2;
      } else body += s[i++];
    }
    if (s[i] !== delim) throw new SedError(`-e expression #1, char ${i}: unterminated address regex`);
    i++;
    try {
      return new RegExp(posixToJs(body, extended), flags);
    } catch {
      throw new SedError(`-e expression #1, char ${i}: Invalid preceding regular expression`);
    }
  };
  const address = (): Address | undefined => {
    if (/\d/.test(s[i] ?? '')) {
      const m = /^\d+/.exec(s.slice(i))![0];
      i += m.length;
      return { kind: 'line', n: Number(m) };
    }
    if (s[i] === '$') {
      i++;
      return { kind: 'last' };
    }
    if (s[i] === '/') {
      i++;
      return { kind: 'regex', re: regexUntil('/', '') };
    }
    return undefined;
  };
  while (i < s.length) {
    while (i < s.length && /[\s;]/.test(s[i]!)) i++;
    if (i >= s.length) break;
    const cmd: Partial<SedCommand> = {};
    const from = address();
    if (from) {
      cmd.from = from;
      if (s[i] === ',') {
        i++;
        const to = address();
        if (!to) throw new SedError(`-e expression #1, char ${i}: unexpected \`,'`);
        cmd.to = to;
      }
    }
    const c = s[i++];
    if (c === 'd' || c === 'p') cmd.op = c;
    else if (c === 's') {
      const delim = s[i++];
      if (delim === undefined || delim === '\n' || delim === '\\') throw new SedError(`-e expression #1, char ${i}: unterminated \`s' command`);
      const start = i;
      regexUntil(delim, '');
      const pattern = s.slice(start, i - 1);
      let replacement = '';
      while (i < s.length && s[i] !== delim) {
        if (s[i] === '\\' && i + 1 < s.length) {
          replacement += s[i]! + s[i + 1]!;
          i += 2;
        } else replacement += s[i++];
      }
      if (s[i] !== delim) throw new SedError(`-e expression #1, char ${i}: unterminated \`s' command`);
      i++;
      let flags = '';
      while (i < s.length && /[gipI0-9]/.test(s[i]!)) flags += s[i++];
      cmd.op = 's';
      try {
        cmd.re = new RegExp(posixToJs(pattern.split('\\' + delim).join(delim), extended), (flags.includes('g') ? 'g' : '') + (/[iI]/.test(flags) ? 'i' : ''));
      } catch {
        throw new SedError(`-e expression #1, char ${i}: Invalid preceding regular expression`);
      }
      cmd.replacement = replacement;
      cmd.print = flags.includes('p');
    } else throw new SedError(c === undefined ? `-e expression #1, char ${i}: missing command` : `-e expression #1, char ${i}: unknown command: \`${c}' (the drill terminal's sed runs s, d and p)`);
    commands.push(cmd as SedCommand);
  }
  return commands;
}

/** The replacement text with `&`, `\1`…`\9`, `\n` and `\t` resolved for one match. */
function replacementFor(template: string, match: string, groups: (string | undefined)[]): string {
  let out = '';
  for (let i = 0; i < template.length; i++) {
    const c = template[i]!;
    if (c === '&') out += match;
    else if (c === '\\' && i + 1 < template.length) {
      const n = template[++i]!;
      if (/[1-9]/.test(n)) out += groups[Number(n) - 1] ?? '';
      else out += n === 'n' ? '\n' : n === 't' ? '\t' : n;
    } else out += c;
  }
  return out;
}

function matches(a: Address, line: string, n: number, last: boolean): boolean {
  if (a.kind === 'line') return n === a.n;
  if (a.kind === 'last') return last;
  return a.re.test(line);
}

export const sed: Tool = (call) => {
  const scripts: string[] = [];
  const files: string[] = [];
  let quiet = false;
  let inPlace = false;
  let extended = false;
  for (let i = 0; i < call.args.length; i++) {
    const a = call.args[i]!;
    if (a === '-e' || a === '--expression') scripts.push(call.args[++i] ?? '');
    else if (a === '-n' || a === '--quiet' || a === '--silent') quiet = true;
    else if (a === '-i' || a.startsWith('-i') || a === '--in-place') inPlace = true;
    else if (a === '-E' || a === '-r' || a === '--regexp-extended') extended = true;
    else if (/^-[nEr]+$/.test(a)) {
      quiet ||= a.includes('n');
      extended ||= /[Er]/.test(a);
    } else if (a.startsWith('-') && a !== '-') return fail(`sed: invalid option -- '${a.slice(1, 2)}'\nUsage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...`, 1);
    else if (scripts.length === 0 && !call.args.slice(0, i).some((x) => x === '-e' || x === '--expression')) scripts.push(a);
    else files.push(a);
  }
  if (scripts.length === 0) return fail('Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...', 1);
  let program: SedCommand[];
  try {
    program = scripts.flatMap((s) => parseScript(s, extended));
  } catch (e) {
    return fail(`sed: ${(e as Error).message}`, 1);
  }
  const edit = (text: string): string => {
    const input = lines(text);
    const ranges = program.map(() => ({ active: false }));
    let out = '';
    input.forEach((original, idx) => {
      let line = original;
      const n = idx + 1;
      const last = idx === input.length - 1;
      let deleted = false;
      for (const [k, cmd] of program.entries()) {
        let selected = true;
        if (cmd.from && cmd.to) {
          const r = ranges[k]!;
          if (r.active) {
            selected = true;
            if (matches(cmd.to, line, n, last) || (cmd.to.kind === 'line' && n >= cmd.to.n)) r.active = false;
          } else if (matches(cmd.from, line, n, last)) {
            selected = true;
            r.active = !(cmd.to.kind === 'line' && cmd.to.n <= n);
          } else selected = false;
        } else if (cmd.from) selected = matches(cmd.from, line, n, last);
        if (!selected) continue;
        if (cmd.op === 'd') {
          deleted = true;
          break;
        }
        if (cmd.op === 'p') out += line + '\n';
        else {
          const re = cmd.re!;
          re.lastIndex = 0;
          const changed = line.replace(re, (m: string, ...rest: unknown[]) => replacementFor(cmd.replacement!, m, rest.slice(0, -2) as (string | undefined)[]));
          if (changed !== line && cmd.print) out += changed + '\n';
          line = changed;
        }
      }
      if (!deleted && !quiet) out += line + '\n';
    });
    return out;
  };
  if (inPlace) {
    if (files.length === 0) return fail('sed: no input files', 1);
    let stderr = '';
    for (const f of files) {
      const text = call.fs.read(f);
      if (text === undefined) stderr += `sed: can't read ${f}: No such file or directory\n`;
      else call.fs.write(f, edit(text));
    }
    return { exitCode: stderr ? 2 : 0, stdout: '', stderr };
  }
  let stderr = '';
  let text = '';
  for (const f of files.length ? files : ['-']) {
    const t = f === '-' ? call.stdin : call.fs.read(f);
    if (t === undefined) stderr += `sed: can't read ${f}: No such file or directory\n`;
    else text += t;
  }
  return { exitCode: stderr ? 2 : 0, stdout: edit(text), stderr };
};

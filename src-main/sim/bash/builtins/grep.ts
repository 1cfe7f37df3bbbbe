/**
 * grep with the options learners pipe kubectl into: -i -v -c -n -o -w -q -l -h -E -F -e, basic and
 * extended regular expressions translated to JavaScript's, POSIX classes included.
 */
import { checkFlags, fail, has, lines, parseArgs, readInputs, type Tool } from './types';

const POSIX_CLASSES: Record<string, string> = {
  alpha: 'A-Za-z', digit: '0-9', alnum: 'A-Za-z0-9', upper: 'A-Z', lower: 'a-z', space: '\\s', blank: ' \\t', punct: '!-\\/:-@\\[-`{-~', xdigit: '0-9A-Fa-f',
};

/**
 * A POSIX regular expression in JavaScript syntax. In a basic expression (grep without -E)
 * `+ ? | ( ) { }` are literal and their backslashed forms are the operators.
 */
export function posixToJs(pattern: string, extended: boolean): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '[') {
      let j = i + 1;
      if (pattern[j] === '^') j++;
      if (pattern[j] === ']') j++;
      while (j < pattern.length && pattern[j] !== ']') j += pattern.startsWith('[:', j) ? Math.max(pattern.indexOf(':]', j) + 2 - j, 1) : 1;
      if (j >= pattern.length) {
        out += '\\[';
        continue;
      }
      const body = pattern.slice(i + 1, j).replace(/\[:(\w+):\]/g, (m, name: string) => POSIX_CLASSES[name] ?? m).replace(/\\/g, '\\\\');
      out += '[' + body + ']';
      i = j;
      continue;
    }
    if (c === '\\' && i + 1 < pattern.length) {
      const n = pattern[++i]!;
      if (!extended && '+?|(){}'.includes(n)) out += n;
      else if ('wWsSbB<>'.includes(n)) out += n === '<' || n === '>' ? '\\b' : '\\' + n;
      else out += /[0-9A-Za-z]/.test(n) && !/[1-9]/.test(n) ? n : '\\' + n;
      continue;
    }
    if (!extended && '+?|(){}'.includes(c)) out += '\\' + c;
    else if (c === '/') out += '\\/';
    else out += c;
  }
  return out;
}

export const grep: Tool = (call) => {
  const p = parseArgs(call.args, ['-e', '--regexp', '-m', '--max-count', '-A', '-B', '-C']);
  const known = ['-i', '-v', '-c', '-n', '-o', '-w', '-x', '-q', '-s', '-l', '-h', '-H', '-E', '-F', '-G', '-e', '-m', '-A', '-B', '-C', '-r', '-R', '--color', '--colour', '--regexp', '--max-count', '--ignore-case', '--invert-match', '--count', '--line-number', '--only-matching', '--word-regexp', '--quiet', '--silent', '--extended-regexp', '--fixed-strings', '--files-with-matches'];
  const bad = checkFlags(call, p, known);
  if (bad) return bad;
  const patterns = p.flags.filter((f) => f.name === '-e' || f.name === '--regexp').map((f) => f.value!);
  const operands = [...p.operands];
  if (patterns.length === 0) {
    const first = operands.shift();
    if (first === undefined) return fail("Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.", 2);
    patterns.push(...first.split('\n'));
  }
  const fixed = has(p, '-F', '--fixed-strings');
  const extended = has(p, '-E', '--extended-regexp');
  const word = has(p, '-w', '--word-regexp');
  const whole = has(p, '-x');
  let re: RegExp;
  try {
    const sources = patterns.map((pat) => (fixed ? pat.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') : posixToJs(pat, extended)));
    let src = sources.map((s) => `(?:${s})`).join('|');
    if (word) src = `(?<![A-Za-z0-9_])(?:${src})(?![A-Za-z0-9_])`;
    if (whole) src = `^(?:${src})$`;
    re = new RegExp(src, has(p, '-i', '--ignore-case') ? 'gi' : 'g');
  } catch {
    return fail('grep: Invalid regular expression', 2);
  }
  const invert = has(p, '-v', '--invert-match');
  const max = Number(p.flags.find((f) => f.name === '-m' || f.name === '--max-count')?.value ?? Infinity);
  const input = readInputs(call, operands);
  const withNames = (operands.length > 1 || has(p, '-H')) && !has(p, '-h');
  let stdout = '';
  let matchedAny = false;
  const onlyMatching = has(p, '-o', '--only-matching');
  const summary = has(p, '-c', '--count', '-q', '--quiet', '--silent', '-l', '--files-with-matches');
  const contextArg = (name: string) => Number(p.flags.filter((f) => f.name === name).pop()?.value ?? NaN);
  const around = contextArg('-C');
  const after = Number.isNaN(contextArg('-A')) ? (Number.isNaN(around) ? 0 : around) : contextArg('-A');
  const before = Number.isNaN(contextArg('-B')) ? (Number.isNaN(around) ? 0 : around) : contextArg('-B');
  for (const file of input.perFile) {
    const name = file.name === '-' ? '(standard input)' : file.name;
    const all = lines(file.text);
    // First which lines match (up to -m), then what to print: matches, their -A/-B context, `--` between groups.
    const hits: { index: number; matches: RegExpMatchArray[] }[] = [];
    for (const [i, line] of all.entries()) {
      if (hits.length >= max) break;
      re.lastIndex = 0;
      const matches = [...line.matchAll(re)].filter((m) => m[0] !== '' || !onlyMatching);
      re.lastIndex = 0;
      if ((matches.length > 0 || re.test(line)) !== invert) hits.push({ index: i, matches });
      re.lastIndex = 0;
    }
    if (hits.length > 0) matchedAny = true;
    if (has(p, '-l', '--files-with-matches')) {
      if (hits.length > 0) stdout += `${name}\n`;
      continue;
    }
    if (has(p, '-c', '--count')) {
      stdout += `${withNames ? name + ':' : ''}${hits.length}\n`;
      continue;
    }
    if (summary) continue;
    const line = (i: number, sep: string) => `${withNames ? name + sep : ''}${has(p, '-n', '--line-number') ? `${i + 1}${sep}` : ''}`;
    if (onlyMatching) {
      if (!invert) for (const h of hits) for (const m of h.matches) stdout += `${line(h.index, ':')}${m[0]}\n`;
      continue;
    }
    const isHit = new Set(hits.map((h) => h.index));
    const shown = new Set<number>();
    for (const h of hits) for (let k = Math.max(0, h.index - before); k <= Math.min(all.length - 1, h.index + after); k++) shown.add(k);
    let last = -1;
    for (const i of [...shown].sort((x, y) => x - y)) {
      if ((before > 0 || after > 0) && last >= 0 && i > last + 1) stdout += '--\n';
      stdout += `${line(i, isHit.has(i) ? ':' : '-')}${all[i]}\n`;
      last = i;
    }
  }
  if (has(p, '-q', '--quiet', '--silent')) stdout = '';
  const exitCode = input.missing && !has(p, '-s') ? 2 : matchedAny ? 0 : 1;
  return { exitCode, stdout, stderr: has(p, '-s') ? '' : input.errors.replace(/^(\w+): /gm, 'grep: ') };
};

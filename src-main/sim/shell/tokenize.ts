/**
 * Splits one command line into words the way a POSIX shell does, for the subset a learner types
 * at a kubectl prompt: blanks separate words; '…' is literal; "…" keeps everything but lets a
 * backslash escape $ ` " \ and newline; an unquoted backslash escapes the next character; an
 * unquoted # starting a word begins a comment. Variables ($X) are not expanded: the simulator has
 * no environment, so they stay as typed.
 *
 * Shell operators (pipes, redirects, lists, background) are reported, not run: part 2 of the
 * simulator adds them.
 */

export type Token = { kind: 'word'; text: string } | { kind: 'operator'; text: string };

export type TokenizeResult =
  | { ok: true; tokens: Token[] }
  | { ok: false; error: string };

const OPERATORS = ['&&', '||', '>>', '2>&1', '2>', '&>', '|', '>', '<', ';', '&'];
const BLANK = /[ \t\r\n]/;

export function tokenize(line: string): TokenizeResult {
  const tokens: Token[] = [];
  let word = '';
  let inWord = false;
  const flush = () => {
    if (inWord) tokens.push({ kind: 'word', text: word });
    word = '';
    inWord = false;
  };
  let i = 0;
  while (i < line.length) {
    const ch = line[i]!;
    if (BLANK.test(ch)) {
      flush();
      i++;
      continue;
    }
    if (ch === '#' && !inWord) break;
    if (ch === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) return { ok: false, error: "unexpected EOF while looking for matching `''" };
      word += line.slice(i + 1, end);
      inWord = true;
      i = end + 1;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let closed = false;
      while (j < line.length) {
        const c = line[j]!;
        if (c === '"') { closed = true; break; }
        if (c === '\\' && j + 1 < line.length && '$`"\\\n'.includes(line[j + 1]!)) {
          if (line[j + 1] !== '\n') word += line[j + 1];
          j += 2;
          continue;
        }
        word += c;
        j++;
      }
      if (!closed) return { ok: false, error: 'unexpected EOF while looking for matching `"\'' };
      inWord = true;
      i = j + 1;
      continue;
    }
    if (ch === '\\') {
      // A trailing backslash continues the line: nothing follows, so it vanishes.
      if (i + 1 < line.length && line[i + 1] !== '\n') word += line[i + 1];
      inWord = true;
      i += 2;
      continue;
    }
    const op = operatorAt(line, i, inWord);
    if (op) {
      flush();
      tokens.push({ kind: 'operator', text: op });
      i += op.length;
      continue;
    }
    word += ch;
    inWord = true;
    i++;
  }
  flush();
  return { ok: true, tokens };
}

function operatorAt(line: string, i: number, inWord: boolean): string | undefined {
  for (const op of OPERATORS) {
    // `2>` redirects only when the 2 starts a word: "x2>" is the word x2, then `>`.
    if (op.startsWith('2') && inWord) continue;
    if (line.startsWith(op, i)) return op;
  }
  return undefined;
}

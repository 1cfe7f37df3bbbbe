/**
 * Just enough POSIX shell for `sh -c '...'` inside a container: `;`, `&&`, `||` between simple
 * commands, single and double quotes, `$VAR` and `${VAR}` expansion. Pipes, redirections and
 * substitutions are reported as unsupported by the caller.
 */

export interface Step {
  /** How this command joins the previous one. */
  join: ';' | '&&' | '||';
  words: string[];
}

export function parseScript(script: string, env: ReadonlyMap<string, string>): Step[] | { unsupported: string } {
  const steps: Step[] = [];
  let join: Step['join'] = ';';
  let words: string[] = [];
  let word = '';
  let inWord = false;
  const flushWord = () => {
    if (inWord) words.push(word);
    word = '';
    inWord = false;
  };
  const flushStep = (next: Step['join']) => {
    flushWord();
    if (words.length) steps.push({ join, words });
    words = [];
    join = next;
  };
  const variable = (i: number): [string, number] => {
    if (script[i + 1] === '{') {
      const end = script.indexOf('}', i + 2);
      if (end < 0) return ['$', i];
      return [env.get(script.slice(i + 2, end)) ?? '', end];
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*|^\?/.exec(script.slice(i + 1));
    if (!m) return ['$', i];
    return [m[0] === '?' ? '0' : env.get(m[0]) ?? '', i + m[0].length];
  };
  for (let i = 0; i < script.length; i++) {
    const c = script[i]!;
    if (c === "'") {
      const end = script.indexOf("'", i + 1);
      if (end < 0) return { unsupported: 'unterminated quoted string' };
      word += script.slice(i + 1, end);
      inWord = true;
      i = end;
    } else if (c === '"') {
      inWord = true;
      let j = i + 1;
      for (; j < script.length && script[j] !== '"'; j++) {
        if (script[j] === '\\' && j + 1 < script.length && '"\\$`'.includes(script[j + 1]!)) word += script[++j];
        else if (script[j] === '$') {
          const [v, end] = variable(j);
          word += v;
          j = end;
        } else word += script[j];
      }
      if (j >= script.length) return { unsupported: 'unterminated quoted string' };
      i = j;
    } else if (c === '\\' && i + 1 < script.length) {
      word += script[++i];
      inWord = true;
    } else if (c === '$') {
      if (script[i + 1] === '(') return { unsupported: 'command substitution' };
      const [v, end] = variable(i);
      word += v;
      inWord = true;
      i = end;
    } else if (c === ' ' || c === '\t' || c === '\n') flushWord();
    else if (c === ';') flushStep(';');
    else if (c === '&' && script[i + 1] === '&') (flushStep('&&'), i++);
    else if (c === '|' && script[i + 1] === '|') (flushStep('||'), i++);
    else if ('|<>&`'.includes(c)) return { unsupported: c === '|' ? 'pipes' : c === '`' ? 'command substitution' : c === '&' ? 'background jobs' : 'redirections' };
    else {
      word += c;
      inWord = true;
    }
  }
  flushStep(';');
  return steps;
}

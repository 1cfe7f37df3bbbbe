/**
 * `$(( … ))`: integer arithmetic with + - * / % ( ) and variables, as loops like
 * `for i in $(seq 3); do echo $((i * 2)); done` use it. Unset or non-numeric variables count as 0.
 */
export type ArithResult = { ok: true; value: number } | { ok: false; error: string };

export function evaluateArithmetic(source: string, lookup: (name: string) => string | undefined): ArithResult {
  const tokens = source.match(/\s+|\d+|[A-Za-z_][A-Za-z0-9_]*|\$[A-Za-z_][A-Za-z0-9_]*|\*\*|[-+*/%()]|./g) ?? [];
  const toks = tokens.filter((t) => !/^\s+$/.test(t));
  let i = 0;
  const fail = (msg: string): never => {
    throw new Error(msg);
  };
  const primary = (): number => {
    const t = toks[i++];
    if (t === undefined) return fail('syntax error: operand expected');
    if (t === '(') {
      const v = sum();
      if (toks[i++] !== ')') fail(`syntax error: ')' expected`);
      return v;
    }
    if (t === '-') return -primary();
    if (t === '+') return primary();
    if (/^\d+$/.test(t)) return Number(t);
    if (/^\$?[A-Za-z_]/.test(t)) {
      const v = lookup(t.replace(/^\$/, ''))?.trim() ?? '';
      return /^-?\d+$/.test(v) ? Number(v) : 0;
    }
    return fail(`syntax error: operand expected (error token is "${toks.slice(i - 1).join(' ')}")`);
  };
  const product = (): number => {
    let v = primary();
    while (toks[i] === '*' || toks[i] === '/' || toks[i] === '%') {
      const op = toks[i++];
      const r = primary();
      if (op !== '*' && r === 0) fail('division by 0 (error token is "0")');
      v = op === '*' ? v * r : op === '/' ? Math.trunc(v / r) : v % r;
    }
    return v;
  };
  const sum = (): number => {
    let v = product();
    while (toks[i] === '+' || toks[i] === '-') {
      const op = toks[i++];
      const r = product();
      v = op === '+' ? v + r : v - r;
    }
    return v;
  };
  try {
    if (toks.length === 0) return { ok: true, value: 0 };
    const value = sum();
    if (i < toks.length) fail(`syntax error in expression (error token is "${toks.slice(i).join(' ')}")`);
    return { ok: true, value: Number.isSafeInteger(value) ? value : 0 };
  } catch (e) {
    return { ok: false, error: `${source}: ${(e as Error).message}` };
  }
}

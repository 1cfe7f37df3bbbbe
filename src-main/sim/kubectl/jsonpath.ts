/**
 * kubectl's JSONPath templates (`-o jsonpath='{.items[*].metadata.name}'`): text with `{…}`
 * expressions; fields, `[n]`, `[a:b]`, `[*]`, `..` (recursive), `[?(@.x=="y")]` filters, `range`
 * … `end`, and quoted literals (`{"\n"}`). Several results are joined with a space; maps and lists
 * print as compact JSON, as k8s.io/client-go/util/jsonpath does.
 */
import { CliError } from './errors';

type Step =
  | { t: 'field'; name: string }
  | { t: 'recursive'; name: string }
  | { t: 'index'; start?: number; end?: number; single: boolean }
  | { t: 'wild' }
  | { t: 'filter'; path: Step[]; op?: string; value?: unknown };

type Node =
  | { t: 'text'; text: string }
  | { t: 'expr'; steps: Step[] }
  | { t: 'range'; steps: Step[]; body: Node[] };

export function parseJsonPathTemplate(template: string): Node[] {
  const tokens: Array<{ text?: string; expr?: string }> = [];
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) { tokens.push({ text: template.slice(i) }); break; }
    if (open > i) tokens.push({ text: template.slice(i, open) });
    const close = findClose(template, open);
    if (close < 0) throw new CliError(`error parsing jsonpath ${template}, unclosed action`);
    tokens.push({ expr: template.slice(open + 1, close).trim() });
    i = close + 1;
  }
  const stack: Node[][] = [[]];
  const ranges: Array<{ steps: Step[] }> = [];
  for (const tok of tokens) {
    const cur = stack[stack.length - 1]!;
    if (tok.text !== undefined) { cur.push({ t: 'text', text: tok.text }); continue; }
    const e = tok.expr!;
    if (e.startsWith('range ')) {
      ranges.push({ steps: parsePath(e.slice(6).trim(), template) });
      stack.push([]);
    } else if (e === 'end') {
      if (ranges.length === 0) throw new CliError(`error parsing jsonpath ${template}, not in range, nothing to end`);
      const body = stack.pop()!;
      stack[stack.length - 1]!.push({ t: 'range', steps: ranges.pop()!.steps, body });
    } else if (/^".*"$/s.test(e) || /^'.*'$/s.test(e)) {
      cur.push({ t: 'text', text: unquote(e) });
    } else cur.push({ t: 'expr', steps: parsePath(e, template) });
  }
  if (ranges.length) throw new CliError(`error parsing jsonpath ${template}, unclosed range`);
  return stack[0]!;
}

function findClose(s: string, open: number): number {
  let quote = '';
  for (let j = open + 1; j < s.length; j++) {
    const c = s[j]!;
    if (quote) { if (c === '\\') j++; else if (c === quote) quote = ''; continue; }
    if (c === '"' || c === "'") quote = c;
    else if (c === '}') return j;
  }
  return -1;
}

function unquote(e: string): string {
  const body = e.slice(1, -1);
  return body.replace(/\\(.)/g, (_, c: string) => ({ n: '\n', t: '\t', r: '\r' })[c] ?? c);
}

function parsePath(expr: string, template: string): Step[] {
  const steps: Step[] = [];
  let s = expr.startsWith('$') ? expr.slice(1) : expr;
  const bad = () => new CliError(`error parsing jsonpath ${template}, unrecognized character in action: U+${(s.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')} '${s[0]}'`);
  while (s.length) {
    if (s.startsWith('..')) {
      const m = /^\.\.([\w-]+|\*)?/.exec(s)!;
      steps.push({ t: 'recursive', name: m[1] ?? '*' });
      s = s.slice(m[0].length);
    } else if (s.startsWith('.')) {
      // Field names may hold `/` and escaped dots: .metadata.annotations.deployment\.kubernetes\.io/revision
      const m = /^\.((?:[\w\-/]|\\\.)*|\*)/.exec(s)!;
      if (m[1] === '*') steps.push({ t: 'wild' });
      else if (m[1]) steps.push({ t: 'field', name: m[1].replaceAll('\\.', '.') });
      s = s.slice(m[0].length);
    } else if (s.startsWith('[')) {
      const close = findBracket(s);
      if (close < 0) throw bad();
      const inner = s.slice(1, close).trim();
      s = s.slice(close + 1);
      if (inner === '*' || inner === '') steps.push({ t: 'wild' });
      else if (inner.startsWith('?(') && inner.endsWith(')')) steps.push(parseFilter(inner.slice(2, -1).trim(), template));
      else if (/^'.*'$|^".*"$/.test(inner)) steps.push({ t: 'field', name: inner.slice(1, -1) });
      else {
        const m = /^(-?\d*)(?::(-?\d*))?$/.exec(inner);
        if (!m) throw bad();
        if (m[2] === undefined) steps.push({ t: 'index', start: Number(m[1]), single: true });
        else steps.push({ t: 'index', start: m[1] ? Number(m[1]) : undefined, end: m[2] ? Number(m[2]) : undefined, single: false });
      }
    } else if (/^[\w-]/.test(s) && steps.length === 0) {
      const m = /^[\w-]+/.exec(s)!;
      steps.push({ t: 'field', name: m[0] });
      s = s.slice(m[0].length);
    } else throw bad();
  }
  return steps;
}

function findBracket(s: string): number {
  let depth = 0;
  let quote = '';
  for (let j = 0; j < s.length; j++) {
    const c = s[j]!;
    if (quote) { if (c === quote) quote = ''; continue; }
    if (c === '"' || c === "'") quote = c;
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return j;
  }
  return -1;
}

function parseFilter(cond: string, template: string): Step {
  const m = /^@?(\S*?)\s*(==|!=|<=|>=|<|>|=~)\s*(.+)$/.exec(cond);
  if (!m) return { t: 'filter', path: parsePath(cond.replace(/^@/, ''), template) };
  const raw = m[3]!.trim();
  let value: unknown = raw;
  if (/^'.*'$|^".*"$/.test(raw)) value = raw.slice(1, -1);
  else if (/^-?\d+(\.\d+)?$/.test(raw)) value = Number(raw);
  else if (raw === 'true' || raw === 'false') value = raw === 'true';
  return { t: 'filter', path: parsePath(m[1]!, template), op: m[2], value };
}

function walk(values: unknown[], steps: Step[]): unknown[] {
  let cur = values;
  for (const st of steps) {
    const next: unknown[] = [];
    for (const v of cur) apply(st, v, next);
    cur = next;
  }
  return cur;
}

function apply(st: Step, v: unknown, out: unknown[]): void {
  switch (st.t) {
    case 'field':
      if (v && typeof v === 'object' && !Array.isArray(v) && st.name in (v as object)) out.push((v as Record<string, unknown>)[st.name]);
      return;
    case 'wild':
      if (Array.isArray(v)) out.push(...v);
      else if (v && typeof v === 'object') out.push(...Object.keys(v).sort().map((k) => (v as Record<string, unknown>)[k]));
      return;
    case 'index': {
      if (!Array.isArray(v)) return;
      const n = v.length;
      const norm = (i: number) => (i < 0 ? i + n : i);
      if (st.single) {
        const i = norm(st.start ?? 0);
        if (i >= 0 && i < n) out.push(v[i]);
        else throw new CliError('array index out of bounds: index ' + String(st.start) + ', length ' + n);
        return;
      }
      out.push(...v.slice(norm(st.start ?? 0), st.end === undefined ? n : norm(st.end)));
      return;
    }
    case 'recursive': {
      const visit = (x: unknown) => {
        if (Array.isArray(x)) x.forEach(visit);
        else if (x && typeof x === 'object') {
          const o = x as Record<string, unknown>;
          if (st.name === '*') out.push(...Object.values(o));
          else if (st.name in o) out.push(o[st.name]);
          Object.keys(o).sort().forEach((k) => visit(o[k]));
        }
      };
      visit(v);
      return;
    }
    case 'filter': {
      const items = Array.isArray(v) ? v : [v];
      for (const item of items) {
        const got = walk([item], st.path);
        if (st.op === undefined) { if (got.length && got[0] !== false && got[0] !== null) out.push(item); continue; }
        if (got.length === 0) continue;
        const a = got[0];
        const b = st.value;
        const ok =
          st.op === '==' ? a == b : st.op === '!=' ? a != b : st.op === '<' ? Number(a) < Number(b) : st.op === '>' ? Number(a) > Number(b) : st.op === '<=' ? Number(a) <= Number(b) : st.op === '>=' ? Number(a) >= Number(b) : new RegExp(String(b)).test(String(a));
        if (ok) out.push(item);
      }
    }
  }
}

function format(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return v === null ? 'null' : '';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

export function evalJsonPath(nodes: Node[], data: unknown): string {
  let out = '';
  for (const n of nodes) {
    if (n.t === 'text') out += n.text;
    else if (n.t === 'expr') out += walk([data], n.steps).map(format).join(' ');
    else {
      const items = walk([data], n.steps);
      const list = items.length === 1 && Array.isArray(items[0]) ? items[0] : items;
      for (const item of list) out += evalJsonPath(n.body, item);
    }
  }
  return out;
}

/** The separate results of a one-expression template (custom-columns joins them with commas). */
export function evalJsonPathValues(nodes: Node[], data: unknown): string[] {
  const out: string[] = [];
  for (const n of nodes) {
    if (n.t === 'expr') out.push(...walk([data], n.steps).map(format));
    else out.push(evalJsonPath([n], data));
  }
  return out;
}

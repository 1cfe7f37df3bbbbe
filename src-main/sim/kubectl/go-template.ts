/**
 * The part of Go's text/template that kubectl users type with `-o go-template=`: text,
 * `{{.field.path}}`, `{{range .list}}…{{end}}`, `{{"literal"}}`, `{{if .x}}…{{end}}` and
 * `{{index .map "key"}}`. Maps print as Go prints them (`map[k:v]`), lists as `[a b]`.
 */
import { CliError } from './errors';

type Node =
  | { t: 'text'; text: string }
  | { t: 'value'; path: string[]; index?: string }
  | { t: 'range' | 'if'; path: string[]; body: Node[]; orElse: Node[] };

export function renderGoTemplate(template: string, data: unknown): string {
  const tokens = template.split(/({{-?[\s\S]*?-?}})/).filter((t) => t !== '');
  const root: Node[] = [];
  const stack: Array<{ node: Node & { body: Node[]; orElse: Node[] }; inElse: boolean }> = [];
  const target = () => (stack.length ? (stack[stack.length - 1]!.inElse ? stack[stack.length - 1]!.node.orElse : stack[stack.length - 1]!.node.body) : root);
  for (const tok of tokens) {
    if (!tok.startsWith('{{')) { target().push({ t: 'text', text: tok }); continue; }
    const action = tok.replace(/^{{-?\s*/, '').replace(/\s*-?}}$/, '');
    let m: RegExpExecArray | null;
    if ((m = /^(range|if)\s+(\.[\w.]*)$/.exec(action))) {
      const node = { t: m[1] as 'range' | 'if', path: pathOf(m[2]!), body: [] as Node[], orElse: [] as Node[] };
      target().push(node);
      stack.push({ node, inElse: false });
    } else if (action === 'else') {
      if (!stack.length) throw parseError(template, 'unexpected {{else}}');
      stack[stack.length - 1]!.inElse = true;
    } else if (action === 'end') {
      if (!stack.length) throw parseError(template, 'unexpected {{end}}');
      stack.pop();
    } else if ((m = /^"((?:[^"\\]|\\.)*)"$/.exec(action))) {
      target().push({ t: 'text', text: JSON.parse(`"${m[1]}"`) as string });
    } else if ((m = /^(\.[\w.]*)$/.exec(action))) {
      target().push({ t: 'value', path: pathOf(m[1]!) });
    } else if ((m = /^index\s+(\.[\w.]*)\s+"([^"]*)"$/.exec(action))) {
      target().push({ t: 'value', path: pathOf(m[1]!), index: m[2]! });
    } else throw new CliError(`the go-template action {{${action}}} is not supported by the simulator yet`);
  }
  if (stack.length) throw parseError(template, 'unexpected EOF');
  return exec(root, data);
}

function parseError(template: string, why: string): CliError {
  return new CliError(`error parsing template ${template}, template: output:1: ${why}`);
}

function pathOf(expr: string): string[] {
  return expr.split('.').filter(Boolean);
}

function lookup(data: unknown, path: string[]): unknown {
  let cur = data;
  for (const p of path) {
    if (cur && typeof cur === 'object' && !Array.isArray(cur)) cur = (cur as Record<string, unknown>)[p];
    else return undefined;
  }
  return cur;
}

function goFormat(v: unknown): string {
  if (v === undefined || v === null) return '<no value>';
  if (Array.isArray(v)) return `[${v.map(goFormat).join(' ')}]`;
  if (typeof v === 'object') return `map[${Object.keys(v).sort().map((k) => `${k}:${goFormat((v as Record<string, unknown>)[k])}`).join(' ')}]`;
  return String(v);
}

function truthy(v: unknown): boolean {
  if (Array.isArray(v)) return v.length > 0;
  if (v && typeof v === 'object') return Object.keys(v).length > 0;
  return Boolean(v);
}

function exec(nodes: Node[], dot: unknown): string {
  let out = '';
  for (const n of nodes) {
    if (n.t === 'text') out += n.text;
    else if (n.t === 'value') {
      const v = lookup(dot, n.path);
      out += goFormat(n.index !== undefined && v && typeof v === 'object' ? (v as Record<string, unknown>)[n.index] : v);
    } else if (n.t === 'if') out += exec(truthy(lookup(dot, n.path)) ? n.body : n.orElse, dot);
    else {
      const v = lookup(dot, n.path);
      const items = Array.isArray(v) ? v : v && typeof v === 'object' ? Object.keys(v).sort().map((k) => (v as Record<string, unknown>)[k]) : [];
      out += items.length ? items.map((item) => exec(n.body, item)).join('') : exec(n.orElse, dot);
    }
  }
  return out;
}

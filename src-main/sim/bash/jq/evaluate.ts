/**
 * Runs a jq filter: every expression maps one input to a list of outputs (jq's generators,
 * computed eagerly; inputs are kubectl documents, so lists stay small). Runtime errors carry
 * jq's wording and stop the current input, as in jq.
 */
import { BUILTINS } from './builtins';
import { isObject, newObject, type Json } from './json';
import type { Node } from './syntax';
import { type Env, JqRuntimeError, MAX_OUTPUTS, type Path, arith, compare, deletePaths, described, envObject, equal, errDump, fail, format, getPath, index, iterate, recurseAll, recursePaths, setPath, slice, tostring, truthy, typeName } from './values';

export { JqRuntimeError, truthy } from './values';
export { isDefined } from './builtins';

export class Evaluator {
  private outputs = 0;

  constructor(private readonly envVars: ReadonlyMap<string, string>) {}

  run(node: Node, input: Json, vars: Env): Json[] {
    return this.eval(node, input, vars);
  }

  private count<T>(xs: T[]): T[] {
    this.outputs += xs.length;
    if (this.outputs > MAX_OUTPUTS * 10) fail(`too many results (drill terminal limit)`);
    return xs;
  }

  private eval(node: Node, input: Json, vars: Env): Json[] {
    switch (node.kind) {
      case 'identity':
        return [input];
      case 'recurse':
        return this.count(recurseAll(input));
      case 'field':
        return this.eval(node.target, input, vars).map((v) => index(v, node.name));
      case 'index':
        return this.eval(node.target, input, vars).flatMap((v) => this.eval(node.index, input, vars).map((k) => index(v, k)));
      case 'slice':
        return this.eval(node.target, input, vars).flatMap((v) => {
          const froms = node.from ? this.eval(node.from, input, vars) : [null];
          const tos = node.to ? this.eval(node.to, input, vars) : [null];
          return froms.flatMap((f) => tos.map((t) => slice(v, numOrNull(f), numOrNull(t))));
        });
      case 'iterate':
        return this.count(this.eval(node.target, input, vars).flatMap((v) => iterate(v)));
      case 'try':
        try {
          return this.eval(node.body, input, vars);
        } catch (e) {
          if (!(e instanceof JqRuntimeError) || e.message.includes('drill terminal limit')) throw e;
          return node.handler ? this.eval(node.handler, e.value, vars) : [];
        }
      case 'literal':
        return [node.value];
      case 'string':
        return this.interpolate(node.parts, node.format, input, vars);
      case 'format':
        return [format(node.name, input)];
      case 'pipe':
        return this.count(this.eval(node.left, input, vars).flatMap((v) => this.eval(node.right, v, vars)));
      case 'comma':
        return this.count([...this.eval(node.left, input, vars), ...this.eval(node.right, input, vars)]);
      case 'neg':
        return this.eval(node.body, input, vars).map((v) => (typeof v === 'number' ? -v : fail(`${described(v)} cannot be negated`)));
      case 'array':
        return [node.body ? this.eval(node.body, input, vars) : []];
      case 'object':
        return this.object(node.entries, input, vars);
      case 'var':
        return [this.variable(node.name, vars)];
      case 'bind':
        return this.count(this.eval(node.source, input, vars).flatMap((v) => this.eval(node.body, input, new Map([...vars, [node.name, v]]))));
      case 'if':
        return this.eval(node.cond, input, vars).flatMap((c) => (truthy(c) ? this.eval(node.then, input, vars) : node.else ? this.eval(node.else, input, vars) : [input]));
      case 'reduce': {
        let accs = this.eval(node.init, input, vars);
        for (const item of this.eval(node.source, input, vars)) {
          const scope = new Map([...vars, [node.name, item]]);
          accs = accs.flatMap((acc) => this.eval(node.update, acc, scope)).slice(-1);
        }
        return accs;
      }
      case 'binary':
        return this.binary(node.op, node.left, node.right, input, vars);
      case 'call':
        return this.call(node.name, node.args, input, vars);
    }
  }

  private variable(name: string, vars: Env): Json {
    if (name === 'ENV' && !vars.has('ENV')) return envObject(this.envVars);
    if (name === '__loc__') {
      const o = newObject();
      o.file = '<stdin>';
      o.line = 1;
      return o;
    }
    const v = vars.get(name);
    if (v === undefined) fail(`$${name} is not defined`);
    return v as Json;
  }

  private interpolate(parts: (string | Node)[], fmt: string | undefined, input: Json, vars: Env): Json[] {
    let results = [''];
    for (const part of parts) {
      if (typeof part === 'string') results = results.map((r) => r + part);
      else {
        const values = this.eval(part, input, vars);
        results = results.flatMap((r) => values.map((v) => r + (fmt ? String(format(fmt, v)) : tostring(v))));
      }
    }
    return results;
  }

  private object(entries: { key: Node; value: Node }[], input: Json, vars: Env): Json[] {
    let results: { [k: string]: Json }[] = [newObject()];
    for (const entry of entries) {
      const ks = this.eval(entry.key, input, vars);
      const vs = this.eval(entry.value, input, vars);
      const next: { [k: string]: Json }[] = [];
      for (const r of results) {
        for (const k of ks) {
          if (typeof k !== 'string') fail(`Object keys must be strings`);
          for (const v of vs) {
            const o = Object.assign(newObject(), r);
            o[k] = v;
            next.push(o);
          }
        }
      }
      results = this.count(next);
    }
    return results;
  }

  private binary(op: string, left: Node, right: Node, input: Json, vars: Env): Json[] {
    if (op === 'and' || op === 'or') {
      return this.eval(left, input, vars).flatMap((l) => {
        if (op === 'and' && !truthy(l)) return [false];
        if (op === 'or' && truthy(l)) return [true];
        return this.eval(right, input, vars).map((r) => truthy(r));
      });
    }
    if (op === '//') {
      let ls: Json[] = [];
      try {
        ls = this.eval(left, input, vars).filter(truthy);
      } catch (e) {
        if (!(e instanceof JqRuntimeError)) throw e;
      }
      return ls.length ? ls : this.eval(right, input, vars);
    }
    if (op.endsWith('=') && !['==', '!=', '<=', '>='].includes(op)) return [this.assign(op, left, right, input, vars)];
    const rs = this.eval(right, input, vars);
    const ls = this.eval(left, input, vars);
    const out: Json[] = [];
    for (const r of rs) {
      for (const l of ls) {
        switch (op) {
          case '==': out.push(equal(l, r)); break;
          case '!=': out.push(!equal(l, r)); break;
          case '<': out.push(compare(l, r) < 0); break;
          case '<=': out.push(compare(l, r) <= 0); break;
          case '>': out.push(compare(l, r) > 0); break;
          case '>=': out.push(compare(l, r) >= 0); break;
          default: out.push(arith(op, l, r));
        }
      }
    }
    return this.count(out);
  }

  private assign(op: string, left: Node, right: Node, input: Json, vars: Env): Json {
    const paths = this.paths(left, input, vars);
    if (op === '|=') {
      let out = input;
      for (const p of paths) {
        const next = this.eval(right, getPath(out, p), vars);
        out = next.length ? setPath(out, p, next[0]!) : deletePaths(out, [p]);
      }
      return out;
    }
    const values = this.eval(right, input, vars);
    const value = values[values.length - 1] ?? null;
    let out = input;
    for (const p of paths) {
      const cur = getPath(out, p);
      const arithOp = op === '=' ? null : op.slice(0, -1);
      const next = arithOp === null ? value : arithOp === '//' ? (truthy(cur) ? cur : value) : arith(arithOp, cur, value);
      out = setPath(out, p, next);
    }
    return out;
  }

  /** The paths a path expression denotes (`.a.b`, `.items[]`, `select(…)`): for `del`, `path`, `=` and `|=`. */
  paths(node: Node, input: Json, vars: Env): Path[] {
    const rel = (n: Node, base: Path): Path[] => {
      const at = getPath(input, base);
      switch (n.kind) {
        case 'identity':
          return [base];
        case 'field':
          return rel(n.target, base).map((p) => [...p, n.name]);
        case 'index':
          return rel(n.target, base).flatMap((p) =>
            this.eval(n.index, input, vars).map((k) => {
              if (typeof k !== 'string' && typeof k !== 'number') fail(`Cannot update field at object index of ${typeName(getPath(input, p))}`);
              return [...p, k as string | number];
            }),
          );
        case 'iterate':
          return rel(n.target, base).flatMap((p) => {
            const v = getPath(input, p);
            if (v === null) return [];
            if (Array.isArray(v)) return v.map((_, i) => [...p, i]);
            if (isObject(v)) return Object.keys(v).map((k) => [...p, k]);
            return fail(`Cannot iterate over ${described(v)}`);
          });
        case 'pipe':
          return rel(n.left, base).flatMap((p) => rel(n.right, p));
        case 'comma':
          return [...rel(n.left, base), ...rel(n.right, base)];
        case 'try':
          try {
            return rel(n.body, base);
          } catch (e) {
            if (e instanceof JqRuntimeError) return [];
            throw e;
          }
        case 'if':
          return this.eval(n.cond, at, vars).flatMap((c) => (truthy(c) ? rel(n.then, base) : n.else ? rel(n.else, base) : [base]));
        case 'recurse':
          return recursePaths(at).map((p) => [...base, ...p]);
        case 'call':
          if (n.name === 'select' && n.args.length === 1) return this.eval(n.args[0]!, at, vars).some(truthy) ? [base] : [];
          if (n.name === 'empty' && n.args.length === 0) return [];
          if ((n.name === 'first' || n.name === 'last') && n.args.length === 0) return [[...base, n.name === 'first' ? 0 : -1]];
          if (n.name === 'getpath' && n.args.length === 1) return this.eval(n.args[0]!, at, vars).map((p) => [...base, ...(p as Path)]);
          return fail(`Invalid path expression with result ${errDump(this.eval(n, at, vars)[0] ?? null)}`);
        default:
          return fail(`Invalid path expression with result ${errDump(this.eval(n, at, vars)[0] ?? null)}`);
      }
    };
    return rel(node, []);
  }

  private call(name: string, args: Node[], input: Json, vars: Env): Json[] {
    const arity = args.length;
    const f = BUILTINS[`${name}/${arity}`];
    if (!f) fail(`${name}/${arity} is not defined`);
    return f!(this, input, args, vars);
  }

  /** For builtins: evaluate an argument against a value. */
  evalArg(node: Node, input: Json, vars: Env): Json[] {
    return this.eval(node, input, vars);
  }

  get env(): ReadonlyMap<string, string> {
    return this.envVars;
  }
}

function numOrNull(v: Json): number | null {
  if (v === null) return null;
  if (typeof v !== 'number') return fail(`Start and end indices of an array slice must be numbers`);
  return v;
}

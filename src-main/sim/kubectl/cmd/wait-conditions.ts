/**
 * The conditions `kubectl wait --for` understands (kubectl/pkg/cmd/wait: conditionFuncFor), as
 * pure checks of one object's current state: `delete`, `create`, `condition=NAME[=VALUE]`
 * (compared case-insensitively, default value true) and `jsonpath={EXPR}[=VALUE]`.
 */
import type { KObject } from '../../api/types';
import { CliError } from '../errors';
import { evalJsonPathValues, parseJsonPathTemplate } from '../jsonpath';

export type Check = { met: true } | { met: false } | { error: string };

export interface WaitCondition {
  kind: 'delete' | 'create' | 'condition' | 'jsonpath';
  /** Whether the object, or its absence (`undefined`), satisfies the condition. */
  check(obj: KObject | undefined): Check;
}

/** splitJSONPathInput: splits on single `=`, keeping `==` (filter comparisons) inside the parts. */
function splitOnSingleEquals(input: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < input.length; i++) {
    if (input[i] === '=') {
      if (input[i + 1] === '=') {
        cur += '==';
        i++;
        continue;
      }
      out.push(cur);
      cur = '';
      continue;
    }
    cur += input[i];
  }
  out.push(cur);
  return out;
}

/** get's RelaxedJSONPathExpression: `.a.b`, `a.b` and `{.a.b}` all mean `{.a.b}`. */
function relaxed(expr: string): string {
  if (expr.startsWith('{') && expr.endsWith('}')) return expr;
  const inner = expr.replace(/^\{/, '').replace(/\}$/, '');
  return `{${inner.startsWith('.') ? inner : `.${inner}`}}`;
}

function conditionCheck(name: string, value: string): WaitCondition['check'] {
  return (obj) => {
    if (!obj) return { met: false };
    const conditions = ((obj.status as { conditions?: Array<{ type?: string; status?: string; observedGeneration?: number }> } | undefined)?.conditions ?? []);
    const generation = obj.metadata.generation;
    const met = conditions.some(
      (c) =>
        (c.type ?? '').toLowerCase() === name.toLowerCase() &&
        (c.status ?? '').toLowerCase() === value.toLowerCase() &&
        // A condition observed for an older generation does not count yet (wait.go checks it too).
        !(c.observedGeneration !== undefined && generation !== undefined && c.observedGeneration < generation),
    );
    return { met };
  };
}

function jsonPathCheck(input: string): WaitCondition['check'] {
  const parts = splitOnSingleEquals(input);
  if (parts.length < 1 || parts.length > 2) {
    throw new CliError("jsonpath wait format must be --for=jsonpath='{.status.readyReplicas}'=3 or --for=jsonpath='{.status.readyReplicas}'");
  }
  if (parts[0] === '') throw new CliError('jsonpath expression cannot be empty');
  const template = parseJsonPathTemplate(relaxed(parts[0]!));
  let want: string | undefined;
  if (parts.length === 2) {
    want = parts[1]!.replace(/^['"]+|['"]+$/g, '');
    if (want === '') throw new CliError("jsonpath wait has to have a value after equal sign, like --for=jsonpath='{.status.readyReplicas}'=3");
  }
  return (obj) => {
    if (!obj) return { met: false };
    const values = evalJsonPathValues(template, obj).filter((v) => v !== '');
    if (values.length === 0) return { met: false };
    if (values.length > 1) return { error: 'given jsonpath expression matches more than one value' };
    if (want === undefined) return { met: true };
    const v = values[0]!;
    if (v.startsWith('{') || v.startsWith('[')) return { error: 'jsonpath leads to a nested object or list which is not supported' };
    return { met: v.trim() === want };
  };
}

export function parseWaitCondition(forFlag: string): WaitCondition {
  const lower = forFlag.toLowerCase();
  if (lower === 'delete') return { kind: 'delete', check: (obj) => ({ met: obj === undefined }) };
  if (lower === 'create') return { kind: 'create', check: (obj) => ({ met: obj !== undefined }) };
  if (forFlag.startsWith('condition=')) {
    const rest = forFlag.slice('condition='.length);
    const eq = rest.indexOf('=');
    return { kind: 'condition', check: conditionCheck(eq >= 0 ? rest.slice(0, eq) : rest, eq >= 0 ? rest.slice(eq + 1) : 'true') };
  }
  if (forFlag.startsWith('jsonpath=')) return { kind: 'jsonpath', check: jsonPathCheck(forFlag.slice('jsonpath='.length)) };
  throw new CliError(`unrecognized condition: ${JSON.stringify(forFlag)}`);
}

/**
 * Tab completion like kubectl's shell completion (`kubectl __complete`): subcommands, flags of
 * the command, resource types (plural and short names), object names from the cluster (for
 * `TYPE NAME` and `TYPE/NAME`), namespaces after -n, and the values of -o and --dry-run.
 * Returns whole candidate words for the word under the cursor (the end of the line).
 */
import { RESOURCES, resolveResource } from '../api/registry';
import type { Cluster } from '../cluster/cluster';
import { commandTree, findChild, type CommandNode } from './command-tree';
import { tokenize } from '../shell/tokenize';

/** Commands whose first argument is a resource type, then names. */
const RESOURCE_VERBS = new Set(['get', 'describe', 'delete', 'label', 'annotate', 'scale', 'expose', 'edit', 'patch', 'rollout status', 'rollout history', 'rollout undo', 'rollout restart', 'rollout pause', 'rollout resume', 'set image', 'set env', 'set resources', 'autoscale', 'wait', 'explain']);
/** Commands whose first argument is a pod name. */
const POD_VERBS = new Set(['logs', 'exec', 'attach', 'port-forward', 'cp']);
const NODE_VERBS = new Set(['cordon', 'uncordon', 'drain', 'taint']);

const VALUES: Record<string, string[]> = {
  output: ['json', 'yaml', 'wide', 'name', 'custom-columns=', 'jsonpath=', 'go-template='],
  'dry-run': ['none', 'client', 'server'],
  restart: ['Always', 'OnFailure', 'Never'],
  type: ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'],
  cascade: ['background', 'foreground', 'orphan'],
};

export interface CompletionContext {
  cluster: Cluster;
  namespace: string;
}

export function complete(line: string, ctx: CompletionContext): string[] {
  const t = tokenize(line);
  if (!t.ok) return [];
  const words = t.tokens.filter((x) => x.kind === 'word').map((x) => x.text);
  const endsWithSpace = /\s$/.test(line) || line === '';
  const current = endsWithSpace ? '' : words.pop() ?? '';
  if (words[0] === 'sudo') words.shift();
  if (words.length === 0) return ['kubectl'].filter((w) => w.startsWith(current));
  words.shift();
  const { node, positional, namespace, pendingFlag } = walk(words, ctx.namespace);
  const match = (xs: Iterable<string>) => [...new Set(xs)].filter((x) => x.startsWith(current)).sort();
  if (pendingFlag) return match(valuesFor(pendingFlag, ctx, namespace));
  if (current.startsWith('-')) {
    const eq = current.indexOf('=');
    if (current.startsWith('--') && eq > 0) {
      const name = current.slice(2, eq);
      return valuesFor(name, ctx, namespace).map((v) => `--${name}=${v}`).filter((x) => x.startsWith(current)).sort();
    }
    return match(node.flags.all().flatMap((f) => [`--${f.name}`, ...(f.short ? [`-${f.short}`] : [])]));
  }
  if (node.children.length > 0 && positional.length === 0) {
    return match(node.children.filter((c) => c.name !== 'options').map((c) => c.name));
  }
  const path = node.path;
  if (POD_VERBS.has(path) && positional.length === 0) return match(names(ctx, 'pods', namespace));
  if (NODE_VERBS.has(path) && positional.length === 0) return match(names(ctx, 'nodes', namespace));
  if (RESOURCE_VERBS.has(path)) {
    if (current.includes('/')) {
      const type = current.slice(0, current.indexOf('/'));
      return match(names(ctx, type, namespace).map((n) => `${type}/${n}`));
    }
    if (positional.length === 0) return match(RESOURCES.flatMap((r) => [r.name, ...r.shortNames]));
    const type = positional[0]!;
    if (!type.includes('/')) return match(names(ctx, type.split(',')[0]!, namespace));
  }
  return [];
}

function walk(words: string[], defaultNs: string): { node: CommandNode; positional: string[]; namespace: string; pendingFlag?: string } {
  let node = commandTree();
  const positional: string[] = [];
  let namespace = defaultNs;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.startsWith('-') && w.length > 1) {
      const long = w.startsWith('--');
      const body = long ? w.slice(2) : w.slice(1);
      const eq = body.indexOf('=');
      const spec = long ? node.flags.lookup(eq >= 0 ? body.slice(0, eq) : body) : node.flags.lookupShort(body[0]!);
      if (!spec) continue;
      let value: string | undefined;
      if (eq >= 0) value = body.slice(eq + 1);
      else if (!long && body.length > 1) value = body.slice(1);
      else if (spec.noOptDefault === undefined) {
        if (i + 1 >= words.length) return { node, positional, namespace, pendingFlag: spec.name };
        value = words[++i];
      }
      if (spec.name === 'namespace' && value) namespace = value;
      continue;
    }
    const child = positional.length === 0 ? findChild(node, w) : undefined;
    if (child) node = child;
    else positional.push(w);
  }
  return { node, positional, namespace };
}

function valuesFor(flag: string, ctx: CompletionContext, namespace: string): string[] {
  if (flag === 'namespace') return names(ctx, 'namespaces', namespace);
  return VALUES[flag] ?? [];
}

function names(ctx: CompletionContext, type: string, namespace: string): string[] {
  const rt = resolveResource(type);
  if (!rt) return [];
  try {
    return ctx.cluster.list(rt, rt.namespaced ? namespace : undefined).map((o) => o.metadata.name);
  } catch {
    return [];
  }
}

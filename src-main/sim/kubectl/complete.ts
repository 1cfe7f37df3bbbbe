/**
 * Tab completion as kubectl's shell completion (`kubectl __complete`) offers it: the program,
 * verbs and subcommands, resource types (plural and short names, only those the verb takes),
 * object names read from the cluster (for `TYPE NAME` and `TYPE/NAME`, in the namespace the line
 * names), flags of the command, and values of a few flags (namespaces, output formats, service
 * types, virtual files…). The one completion engine: the REPL (`npm run sim`) and the drill
 * terminal both call it.
 */
import { RESOURCES, resolveResource, type ResourceType } from '../api/registry';
import type { Cluster } from '../cluster/cluster';
import { tokenize } from '../shell/tokenize';
import { analyzeArgv, flagNameOf, takesSeparateValue } from './analyze-argv';

/** What completion reads: the cluster, the current context's namespace, the working directory's files. */
export interface CompletionSource {
  readonly cluster: Cluster;
  readonly namespace: string;
  readonly files: ReadonlyMap<string, string>;
}

export interface Completion {
  /** Where the word being completed starts in the line. */
  from: number;
  /** Every way to finish that word, sorted (empty: nothing to offer). */
  candidates: string[];
  /** The line with the completion applied: the unique candidate plus a space, or the common prefix. */
  line: string;
}

const PROGRAMS = ['kubectl'];
const KUBECTL = new Set(['kubectl', 'k']);

const FLAG_VALUES: Record<string, readonly string[]> = {
  output: ['json', 'yaml', 'wide', 'name', 'jsonpath=', 'custom-columns=', 'go-template=', 'jsonpath-as-json='],
  'dry-run': ['none', 'client', 'server'],
  restart: ['Always', 'OnFailure', 'Never'],
  type: ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'],
  cascade: ['background', 'foreground', 'orphan'],
};

const SCALABLE = ['deployments', 'replicasets', 'statefulsets', 'replicationcontrollers'];
const ROLLABLE = ['deployments', 'daemonsets', 'statefulsets'];
const WITH_POD_TEMPLATE = ['deployments', 'daemonsets', 'statefulsets', 'replicasets', 'pods', 'cronjobs', 'jobs'];

/** Commands whose positional arguments are resources (`TYPE NAME` or `TYPE/NAME`), and which types they take. */
const RESOURCE_COMMANDS: Record<string, readonly string[] | 'all'> = {
  get: 'all', describe: 'all', delete: 'all', edit: 'all', label: 'all', annotate: 'all', patch: 'all', explain: 'all', wait: 'all',
  scale: SCALABLE,
  autoscale: SCALABLE,
  expose: ['deployments', 'pods', 'replicasets', 'replicationcontrollers', 'services'],
  'rollout history': ROLLABLE,
  'rollout status': ROLLABLE,
  'rollout undo': ROLLABLE,
  'rollout restart': ROLLABLE,
  'rollout pause': ['deployments'],
  'rollout resume': ['deployments'],
  'set image': WITH_POD_TEMPLATE,
  'set env': WITH_POD_TEMPLATE,
  'set resources': WITH_POD_TEMPLATE,
};

/** Commands whose first argument is a pod name (logs also takes `TYPE/NAME`). */
const POD_COMMANDS = new Set(['logs', 'exec', 'attach', 'port-forward', 'cp']);
const NODE_COMMANDS = new Set(['cordon', 'uncordon', 'drain', 'taint', 'top node']);

/** A word the shell would rewrite (quotes, escapes, variables) cannot be completed by prefix. */
const SHELL_SYNTAX = /['"\\$`]/;

/** Completes the last word of `line` (the cursor is at its end). Never throws. */
export function completeLine(line: string, source: CompletionSource): Completion {
  const endsWithBlank = /\s$/.test(line) || line === '';
  const current = endsWithBlank ? '' : line.slice(line.search(/\S+$/));
  const from = line.length - current.length;
  try {
    return finish(line, from, current, candidatesFor(line, endsWithBlank, current, source));
  } catch {
    return finish(line, from, current, []);
  }
}

function candidatesFor(line: string, endsWithBlank: boolean, current: string, source: CompletionSource): readonly string[] {
  const t = tokenize(line);
  if (!t.ok || SHELL_SYNTAX.test(current)) return [];
  // Only the command after the last pipe or list operator: `kubectl get po | kubectl get no<Tab>`.
  const lastOperator = t.tokens.map((x) => x.kind).lastIndexOf('operator');
  const words = t.tokens.slice(lastOperator + 1).map((x) => x.text);
  if (!endsWithBlank) words.pop();
  if (words[0] === 'sudo') words.shift();
  if (words.length === 0) return PROGRAMS;
  if (!KUBECTL.has(words[0]!)) return [];

  const argv = words.slice(1);
  const cmd = analyzeArgv(argv);
  const last = argv[argv.length - 1];
  const namespace = cmd.flags.has('all-namespaces') ? undefined : (cmd.flags.get('namespace') ?? source.namespace);

  // The value of a flag: `-n <Tab>`, `--output=<Tab>`.
  if (last?.startsWith('-') && last.length > 1 && takesSeparateValue(cmd.node, last) && !current.startsWith('-')) {
    return flagValues(flagNameOf(cmd.node, last), source);
  }
  if (current.startsWith('--') && current.includes('=')) {
    const head = current.slice(0, current.indexOf('=') + 1);
    return flagValues(current.slice(2, head.length - 1), source).map((v) => head + v);
  }
  // Flag names, long and short, by prefix as cobra offers them (`-` lists both, `-o` is itself).
  if (current.startsWith('-')) return cmd.node.flags.all().flatMap((f) => [`--${f.name}`, ...(f.short ? [`-${f.short}`] : [])]);

  if (cmd.positionals.length === 0 && cmd.node.children.length > 0) {
    return cmd.node.children.map((c) => c.name).filter((n) => n !== 'options');
  }
  if (POD_COMMANDS.has(cmd.path) && cmd.positionals.length === 0) {
    return current.includes('/') ? typedNames(current, source, namespace) : namesOf('pods', source, namespace);
  }
  if (NODE_COMMANDS.has(cmd.path)) return namesOf('nodes', source, undefined);
  const types = RESOURCE_COMMANDS[cmd.path];
  if (!types) return [];
  if (current.includes('/')) return typedNames(current, source, namespace);
  if (cmd.positionals.length === 0) return typeWords(types);
  if (cmd.path === 'explain') return [];
  const first = cmd.positionals[0]!;
  if (first.includes('/')) return []; // TYPE/NAME forms carry their own names
  const rt = resolveResource(first.split(',')[0]!);
  return rt ? namesOf(rt, source, namespace).filter((n) => !cmd.positionals.includes(n)) : [];
}

function flagValues(name: string, source: CompletionSource): readonly string[] {
  if (name === 'namespace') return namesOf('namespaces', source, undefined);
  if (name === 'filename') return [...source.files.keys()];
  return FLAG_VALUES[name] ?? [];
}

/** Resource type words a learner may type: plural names and short names. */
function typeWords(types: readonly string[] | 'all'): string[] {
  const rts = types === 'all' ? RESOURCES : RESOURCES.filter((rt) => types.includes(rt.name));
  return rts.flatMap((rt) => [rt.name, ...rt.shortNames]);
}

/** Names of the objects of a type (not those already being deleted); none for an unknown type. */
function namesOf(type: ResourceType | string, source: CompletionSource, namespace: string | undefined): string[] {
  const rt = typeof type === 'string' ? resolveResource(type) : type;
  if (!rt) return [];
  return source.cluster
    .list(rt, rt.namespaced ? namespace : undefined)
    .filter((o) => !o.metadata.deletionTimestamp)
    .map((o) => o.metadata.name);
}

/** `deploy/pi<Tab>` → `deploy/pingpong`: the type as typed, names of that type. */
function typedNames(current: string, source: CompletionSource, namespace: string | undefined): string[] {
  const typed = current.slice(0, current.indexOf('/'));
  return namesOf(typed, source, namespace).map((n) => `${typed}/${n}`);
}

function finish(line: string, from: number, current: string, all: readonly string[]): Completion {
  const candidates = [...new Set(all.filter((c) => c.startsWith(current)))].sort();
  if (candidates.length === 1) {
    const only = candidates[0]!;
    // `jsonpath=` and `deploy/` go on being typed: no space after them.
    const open = only.endsWith('=') || only.endsWith('/');
    return { from, candidates, line: line.slice(0, from) + only + (open ? '' : ' ') };
  }
  const prefix = commonPrefix(candidates);
  return { from, candidates, line: prefix.length > current.length ? line.slice(0, from) + prefix : line };
}

function commonPrefix(words: readonly string[]): string {
  if (words.length === 0) return '';
  let p = words[0]!;
  for (const w of words) while (!w.startsWith(p)) p = p.slice(0, -1);
  return p;
}

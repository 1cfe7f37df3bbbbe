/**
 * Tab completion as kubectl's shell completion offers it: the program, verbs and subcommands,
 * resource types (names and short names), object names read from the learner's own copy of the
 * cluster (in the namespace the line names), flags of the command, and values of a few flags
 * (namespaces, output formats, service types, virtual files).
 */
import type { Simulator } from '../sim';
import { RESOURCES, resolveResource, type ResourceType } from '../sim/api/registry';
import { analyzeArgv, takesSeparateValue } from './command';

export interface Completion {
  /** Where the word being completed starts in the line. */
  from: number;
  /** Every way to finish that word (empty: nothing to offer). */
  candidates: string[];
  /** The line with the completion applied: the unique candidate plus a space, or the common prefix. */
  line: string;
}

const PROGRAMS = ['kubectl'];
const OUTPUT_FORMATS = ['json', 'yaml', 'wide', 'name', 'jsonpath=', 'custom-columns=', 'go-template=', 'jsonpath-as-json='];
const SERVICE_TYPES = ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'];

/** Commands whose positional arguments are resources (`TYPE NAME` or `TYPE/NAME`), and which types they take. */
const RESOURCE_COMMANDS: Record<string, readonly string[] | 'all'> = {
  get: 'all', describe: 'all', delete: 'all', edit: 'all', label: 'all', annotate: 'all', patch: 'all', explain: 'all', wait: 'all',
  scale: ['deployments', 'replicasets', 'statefulsets', 'replicationcontrollers'],
  autoscale: ['deployments', 'replicasets', 'statefulsets', 'replicationcontrollers'],
  expose: ['deployments', 'pods', 'replicasets', 'replicationcontrollers', 'services'],
  'rollout history': ['deployments', 'daemonsets', 'statefulsets'],
  'rollout status': ['deployments', 'daemonsets', 'statefulsets'],
  'rollout undo': ['deployments', 'daemonsets', 'statefulsets'],
  'rollout restart': ['deployments', 'daemonsets', 'statefulsets'],
  'rollout pause': ['deployments'],
  'rollout resume': ['deployments'],
  'set image': ['deployments', 'daemonsets', 'statefulsets', 'replicasets', 'pods', 'cronjobs', 'jobs'],
  'set env': ['deployments', 'daemonsets', 'statefulsets', 'replicasets', 'pods', 'cronjobs', 'jobs'],
  'set resources': ['deployments', 'daemonsets', 'statefulsets', 'replicasets', 'pods', 'cronjobs', 'jobs'],
};

/** Commands whose first argument is a pod name (logs also takes `TYPE/NAME`). */
const POD_COMMANDS = new Set(['logs', 'exec', 'attach', 'port-forward', 'cp']);
const NODE_COMMANDS = new Set(['cordon', 'uncordon', 'drain', 'taint', 'top node']);

export function complete(line: string, sim: Simulator): Completion {
  const words = line.split(/\s+/).filter(Boolean);
  const current = /\s$/.test(line) || line === '' ? '' : words.pop()!;
  const from = line.length - current.length;
  const done = (all: readonly string[]) => finish(line, from, current, all.filter((c) => c.startsWith(current)));

  if (words.length === 0) return done(PROGRAMS);
  if (words[0] !== 'kubectl' && words[0] !== 'k') return done([]);
  const argv = words.slice(1);
  const cmd = analyzeArgv(argv);
  const last = argv[argv.length - 1];
  const namespace = cmd.flags.has('all-namespaces') ? undefined : (cmd.flags.get('namespace') ?? sim.namespace);

  // The value of a flag: `-n <Tab>`, `--output=<Tab>`.
  if (last && last.startsWith('-') && takesSeparateValue(cmd.node, last) && !current.startsWith('-')) {
    return done(flagValues(flagName(cmd.node, last), sim));
  }
  if (current.startsWith('--') && current.includes('=')) {
    const name = current.slice(2, current.indexOf('='));
    const head = current.slice(0, current.indexOf('=') + 1);
    return done(flagValues(name, sim).map((v) => head + v));
  }
  if (current.startsWith('-')) {
    const long = cmd.node.flags.all().map((f) => `--${f.name}`);
    return done(current === '-' ? [...long, ...cmd.node.flags.all().flatMap((f) => (f.short ? [`-${f.short}`] : []))] : long);
  }

  if (cmd.positionals.length === 0 && cmd.node.children.length > 0) {
    return done(cmd.node.children.map((c) => c.name).filter((n) => n !== 'options'));
  }
  if (POD_COMMANDS.has(cmd.path) && cmd.positionals.length === 0) {
    if (current.includes('/')) return done(typedNames(current, sim, namespace));
    return done(namesOf('pods', sim, namespace));
  }
  if (NODE_COMMANDS.has(cmd.path)) return done(namesOf('nodes', sim, undefined));
  const types = RESOURCE_COMMANDS[cmd.path];
  if (!types) return done([]);
  if (current.includes('/')) return done(typedNames(current, sim, namespace));
  if (cmd.positionals.length === 0 || cmd.path === 'explain') {
    return cmd.positionals.length === 0 ? done(typeWords(types)) : done([]);
  }
  const first = cmd.positionals[0]!;
  if (first.includes('/')) return done([]); // TYPE/NAME forms carry their own names
  const rt = resolveResource(first.split(',')[0]!);
  return done(rt ? namesOf(rt, sim, namespace).filter((n) => !cmd.positionals.includes(n)) : []);
}

function flagName(node: Parameters<typeof takesSeparateValue>[0], word: string): string {
  if (word.startsWith('--')) return word.slice(2);
  return node.flags.lookupShort(word[1]!)?.name ?? word.slice(1);
}

function flagValues(name: string, sim: Simulator): string[] {
  switch (name) {
    case 'namespace':
      return namesOf('namespaces', sim, undefined);
    case 'output':
      return OUTPUT_FORMATS;
    case 'type':
      return SERVICE_TYPES;
    case 'filename':
      return [...sim.files.keys()].sort();
    case 'dry-run':
      return ['none', 'client', 'server'];
    default:
      return [];
  }
}

/** Resource type words a learner may type: plural names and short names, sorted. */
function typeWords(types: readonly string[] | 'all'): string[] {
  const rts = types === 'all' ? RESOURCES : RESOURCES.filter((rt) => types.includes(rt.name));
  return [...new Set(rts.flatMap((rt) => [rt.name, ...rt.shortNames]))].sort();
}

function namesOf(type: ResourceType | string, sim: Simulator, namespace: string | undefined): string[] {
  try {
    return sim.cluster
      .list(type, namespace)
      .filter((o) => !o.metadata.deletionTimestamp)
      .map((o) => o.metadata.name);
  } catch {
    return [];
  }
}

/** `deploy/pi<Tab>` → `deploy/pingpong`: the type as typed, names of that type. */
function typedNames(current: string, sim: Simulator, namespace: string | undefined): string[] {
  const slash = current.indexOf('/');
  const typed = current.slice(0, slash);
  const rt = resolveResource(typed);
  return rt ? namesOf(rt, sim, namespace).map((n) => `${typed}/${n}`) : [];
}

function finish(line: string, from: number, current: string, candidates: string[]): Completion {
  const unique = [...new Set(candidates)];
  if (unique.length === 1) {
    const only = unique[0]!;
    const open = only.endsWith('=') || only.endsWith('/');
    return { from, candidates: unique, line: line.slice(0, from) + only + (open ? '' : ' ') };
  }
  const prefix = commonPrefix(unique);
  return { from, candidates: unique, line: prefix.length > current.length ? line.slice(0, from) + prefix : line };
}

function commonPrefix(words: readonly string[]): string {
  if (words.length === 0) return '';
  let p = words[0]!;
  for (const w of words) while (!w.startsWith(p)) p = p.slice(0, -1);
  return p;
}

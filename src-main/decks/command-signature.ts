/**
 * A loose fingerprint of a command line, for deciding whether a command written in a study note is
 * practised by some card: same tool, same verb (and subverb), same resource type, and the flags the
 * note uses. Names, values and placeholders (`<nombre del pod>`) are ignored, short and long forms
 * are folded together (`po`/`pods`, `deploy/x`/`deployment x`, `-o`/`--output`), and the typos the
 * notes are known for are read as what they meant (`kuberclt create deplyment`).
 *
 * It is an authoring aid, not a parser of kubectl: when in doubt it errs towards "different".
 */

export interface CommandSignature {
  tool: string;
  /** `get`, `create deployment`, `rollout undo`, `config set-context`, `compose up`… */
  verb: string;
  /** Canonical plural resource (`pods`, `deployments`) when the command names one. */
  resource?: string;
  /** Long flag names, without values: `--output`, `--selector`. */
  flags: string[];
}

const TOOL_TYPOS: Record<string, string> = {
  kuberclt: 'kubectl',
  kubctl: 'kubectl',
  kukectl: 'kubectl',
  minekube: 'minikube',
  docer: 'docker',
};

const TOOLS = new Set(['kubectl', 'docker', 'helm', 'minikube', 'kubeadm', 'kind']);

/** The verbs each tool has: a line whose second word is not one of them is prose, not a command. */
export const TOOL_VERBS: Record<string, Set<string>> = {
  kubectl: new Set(('get describe create run expose scale delete apply logs exec port-forward proxy label annotate rollout set ' +
    'edit patch explain api-resources api-versions config auth version cluster-info top cp attach replace wait diff kustomize').split(' ')),
  docker: new Set(('run logs log ps container containers image images pull push build tag inspect stop start rm rmi network ' +
    'system stats login logout compose exec volume top').split(' ')),
  helm: new Set('init search inspect show install upgrade uninstall delete create repo list status rollback'.split(' ')),
  minikube: new Set('start stop status delete service dashboard addons config image ssh tunnel ip'.split(' ')),
  kubeadm: new Set('init join reset token upgrade'.split(' ')),
  kind: new Set('create delete get load'.split(' ')),
  'docker-compose': new Set('up down ps exec config images top build push pull logs run stop start restart rm'.split(' ')),
};

/** Verbs whose first argument is a subcommand rather than a resource. */
const SUBCOMMAND_VERBS: Record<string, Set<string>> = {
  kubectl: new Set(['create', 'rollout', 'config', 'auth', 'set', 'top', 'certificate']),
  docker: new Set(['container', 'containers', 'image', 'network', 'system', 'volume', 'compose']),
  helm: new Set(['repo', 'search', 'show', 'inspect']),
  minikube: new Set(['addons', 'config', 'image']),
  kind: new Set(['create', 'delete', 'get']),
};

/** Verbs whose positional argument is a pod (or `type/name`), never a resource type. */
const POD_VERBS = new Set(['logs', 'exec', 'port-forward', 'attach', 'cp']);

const RESOURCE_ALIASES: Record<string, string> = {};
for (const [canonical, aliases] of Object.entries({
  pods: ['po', 'pod'],
  deployments: ['deploy', 'deployment', 'deplyment', 'deplyments', 'deployments.apps', 'deployments.app', 'deployment.apps'],
  replicasets: ['rs', 'replicaset', 'replicasets.apps'],
  services: ['svc', 'service'],
  nodes: ['no', 'node'],
  namespaces: ['ns', 'namespace'],
  events: ['ev', 'event'],
  endpoints: ['ep'],
  configmaps: ['cm', 'configmap'],
  secrets: ['secret'],
  serviceaccounts: ['sa', 'serviceaccount'],
  daemonsets: ['ds', 'daemonset', 'daemonsets.apps'],
  jobs: ['job'],
  cronjobs: ['cj', 'cronjob'],
  rolebindings: ['rolebinding'],
  clusterrolebindings: ['clusterrolebinding'],
  roles: ['role'],
  clusterroles: ['clusterrole'],
  all: [],
})) {
  RESOURCE_ALIASES[canonical] = canonical;
  for (const alias of aliases) RESOURCE_ALIASES[alias] = canonical;
}

/** Subcommand names written with short names (`create deploy`, `create sa`). */
const SUBCOMMAND_ALIASES: Record<string, string> = {
  deploy: 'deployment',
  deplyment: 'deployment',
  ns: 'namespace',
  svc: 'service',
  cm: 'configmap',
  sa: 'serviceaccount',
  cj: 'cronjob',
};

const SHORT_FLAGS: Record<string, string> = {
  '-o': '--output',
  '-l': '--selector',
  '-n': '--namespace',
  '-A': '--all-namespaces',
  '-w': '--watch',
  '-c': '--container',
  '-p': '--publish',
  '-d': '--detach',
  '-t': '--tag',
  '-a': '--all',
  '-r': '--recursive',
};

/** Flags that take a value as the next word when written without `=`. */
const VALUE_FLAGS = new Set([
  '--output', '--selector', '--namespace', '--filename', '--image', '--replicas', '--port', '--type', '--tail',
  '--container', '--revision', '--to-revision', '--sort-by', '--from-file', '--from-literal', '--clusterrole',
  '--serviceaccount', '--schedule', '--restart', '--tcp', '--node-port', '--as', '--kubeconfig', '--context',
  '--patch', '--labels', '--publish', '--name', '--tag', '--set', '--config', '--driver', '--network', '-p', '--drive',
  '--apiserver-advertise-address', '--profile', '--token', '--discovery-token-ca-cert-hash', '--server', '--user', '--template',
]);

/** Flags that only say where or how to connect; they do not change what a command practises. */
const IGNORED_FLAGS = new Set(['--namespace', '--kubeconfig', '--context', '--server', '--user']);

/**
 * What a note's command uses that today's tools no longer have, and what the cards teach instead;
 * undefined when nothing in it is obsolete.
 */
export function obsoleteUse(sig: CommandSignature): string | undefined {
  const has = (flag: string) => sig.flags.includes(flag);
  if (sig.tool === 'kubectl') {
    if (has('--export')) return '`get --export` was removed in kubectl 1.18: `-o yaml`, then drop the generated fields';
    if (has('--generator')) return '`run --generator` was removed: `kubectl run` always creates a Pod';
    if (sig.verb === 'run' && has('--replicas')) return '`run --replicas` was removed: `kubectl create deployment … --replicas`';
    if (sig.verb === 'run' && has('--serviceaccount')) return '`run --serviceaccount` was removed: `--overrides` or a manifest with serviceAccountName';
    if (has('--record')) return '`--record` is deprecated: the `kubernetes.io/change-cause` annotation';
  }
  if (sig.tool === 'helm') {
    if (sig.verb === 'init') return '`helm init` (Tiller) is Helm 2: Helm 3 needs no set-up in the cluster';
    if (sig.verb === 'search') return 'plain `helm search` is Helm 2: `helm search hub` or `helm search repo`';
    if (sig.verb.startsWith('inspect')) return '`helm inspect` is Helm 2: `helm show`';
  }
  return undefined;
}

/** Flags no card needs to repeat for a command to count as practised. */
const OBSOLETE_FLAGS = new Set(['--export', '--generator', '--record', '--serviceaccount']);

export function commandSignature(line: string): CommandSignature | null {
  // A `$(...)` argument is a value computed by another command: its flags are not this one's.
  const words = splitWords(line.replace(/\$\([^()]*\)/g, 'VALUE'));
  while (words[0] === 'sudo') words.shift();
  const first = words.shift();
  if (first === undefined) return null;
  // `./kubectl` (a downloaded binary) is still kubectl; `docker-compose` is `docker compose`.
  const base = first.toLowerCase().split('/').pop()!;
  let tool = TOOL_TYPOS[base] ?? base;
  const next = words[0] ?? '';
  const startsWithVerb = TOOL_VERBS[tool]?.has(next) || (tool === 'kubectl' && /^--?[a-zA-Z]/.test(next));
  if (!startsWithVerb) return null;
  if (tool === 'docker-compose') {
    tool = 'docker';
    words.unshift('compose');
  }
  if (!TOOLS.has(tool)) return null;

  const positional: string[] = [];
  const flags = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word === '--') break;
    if (word.startsWith('-') && word.length > 1) {
      const [rawName, inlineValue] = splitFlag(word);
      const name = normalizeFlag(rawName, tool, positional[0]);
      for (const n of name) if (!IGNORED_FLAGS.has(n)) flags.add(n);
      if (inlineValue === undefined && name.some((n) => VALUE_FLAGS.has(n)) && i + 1 < words.length) i++;
      continue;
    }
    positional.push(word);
  }

  const head = positional.shift();
  if (head === undefined) return { tool, verb: '', flags: [...flags].sort() };
  const verbWords = [SUBCOMMAND_ALIASES[head.toLowerCase()] ?? head.toLowerCase()];
  if (SUBCOMMAND_VERBS[tool]?.has(verbWords[0]!) && positional.length > 0 && takesSubcommand(tool, verbWords[0]!, positional[0]!)) {
    const sub = positional.shift()!.toLowerCase();
    if (!/^[a-z][a-z0-9-]*$/.test(sub)) return null;
    verbWords.push(SUBCOMMAND_ALIASES[sub] ?? sub);
    if (verbWords.join(' ') === 'create secret' && positional[0] !== undefined) verbWords.push(positional.shift()!);
  }
  let verb = verbWords.join(' ');
  if (tool === 'docker') verb = DOCKER_VERBS[verb] ?? verb;
  const signature: CommandSignature = { tool, verb, flags: [...flags].sort() };
  if (tool === 'kubectl') {
    const resource = resourceOf(verbWords, positional);
    if (resource !== undefined) signature.resource = resource;
  }
  return signature;
}

/** `helm search prometheus` (Helm 2) has no subcommand; `helm search hub prometheus` does. */
function takesSubcommand(tool: string, verb: string, word: string): boolean {
  if (tool === 'helm' && verb === 'search') return word === 'hub' || word === 'repo';
  if (tool === 'helm' && (verb === 'show' || verb === 'inspect')) return ['all', 'chart', 'readme', 'values', 'crds'].includes(word);
  return true;
}

/** Docker's older top-level verbs and aliases, folded into the management-command form. */
const DOCKER_VERBS: Record<string, string> = {
  ps: 'container ls',
  rm: 'container rm',
  stop: 'container stop',
  start: 'container start',
  logs: 'container logs',
  stats: 'container stats',
  'container ps': 'container ls',
  'container list': 'container ls',
  images: 'image ls',
  rmi: 'image rm',
  'image remove': 'image rm',
  log: 'container logs',
  'containers ls': 'container ls',
  pull: 'image pull',
  push: 'image push',
  build: 'image build',
  tag: 'image tag',
};

function resourceOf(verbWords: string[], positional: string[]): string | undefined {
  const verb = verbWords[0]!;
  // `create deployment`, `config set-context`, `auth can-i`: the subcommand says what it acts on.
  if (verbWords.length > 1 && verb !== 'rollout' && verb !== 'set') return undefined;
  const arg = positional[0];
  if (POD_VERBS.has(verb)) {
    if (arg === undefined) return undefined;
    return arg.includes('/') ? canonicalResource(arg.split('/')[0]!) : 'pods';
  }
  if (arg === undefined || verb === 'run') return undefined;
  if (verb === 'explain') return canonicalResource(arg.split('.')[0]!);
  return canonicalResource(arg.includes('/') ? arg.split('/')[0]! : arg);
}

const KNOWN_RESOURCES = new Set(Object.values(RESOURCE_ALIASES));

/** The canonical plural of a resource word; undefined for placeholders and names (`type`, `<pod>`). */
function canonicalResource(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (lower.includes(',')) {
    const parts = lower.split(',').map(canonicalResource);
    return parts.every((p) => p !== undefined) ? parts.sort().join(',') : undefined;
  }
  const canonical = RESOURCE_ALIASES[lower] ?? lower;
  return KNOWN_RESOURCES.has(canonical) ? canonical : undefined;
}

function splitFlag(word: string): [string, string | undefined] {
  const eq = word.indexOf('=');
  return eq < 0 ? [word, undefined] : [word.slice(0, eq), word.slice(eq + 1)];
}

/** Long names for a flag word; combined short flags (`-ti`) become several. */
function normalizeFlag(name: string, tool: string, verb: string | undefined): string[] {
  if (name === '-f') {
    if (tool === 'kubectl' && verb === 'logs') return ['--follow'];
    if (tool === 'docker' && verb === 'logs') return ['--follow'];
    if (tool === 'docker' && verb === 'inspect') return ['--format'];
    if (tool === 'docker' && (verb === 'ps' || verb === 'images')) return ['--filter'];
    return ['--filename'];
  }
  if (/^-[a-zA-Z]{2,}$/.test(name)) {
    return [...name.slice(1)].map((c) => (c === 't' || c === 'i' ? (c === 't' ? '--tty' : '--stdin') : SHORT_FLAGS[`-${c}`] ?? `-${c}`));
  }
  if (tool === 'kubectl' && (name === '-t' || name === '-i')) return [name === '-t' ? '--tty' : '--stdin'];
  if (name === '--drive') return ['--driver'];
  if (tool === 'minikube' && name === '-p') return ['--profile'];
  return [SHORT_FLAGS[name] ?? name];
}

/** Whitespace split that keeps quoted parts of a word together and drops the quotes, like a shell. */
export function splitWords(line: string): string[] {
  const words: string[] = [];
  const closing: Record<string, string> = { '"': '"', "'": "'", '“': '”' };
  let word: string | null = null;
  let quote: string | null = null;
  for (const ch of line) {
    if (quote !== null) {
      if (ch === quote) quote = null;
      else word += ch;
    } else if (closing[ch] !== undefined) {
      quote = closing[ch]!;
      word ??= '';
    } else if (/\s/.test(ch)) {
      if (word !== null) words.push(word);
      word = null;
    } else {
      word = (word ?? '') + ch;
    }
  }
  if (word !== null) words.push(word);
  return words;
}

/**
 * Whether practising `card` practises `note`: same tool, verb and resource, and the card uses at
 * least the flags the note uses (obsolete flags aside, which no card teaches).
 */
export function covers(card: CommandSignature, note: CommandSignature): boolean {
  if (card.tool !== note.tool || card.verb !== note.verb) return false;
  if ((note.resource ?? '') !== (card.resource ?? '') && note.resource !== undefined) return false;
  const have = new Set(card.flags);
  return note.flags.filter((f) => !OBSOLETE_FLAGS.has(f)).every((f) => have.has(f));
}

/** Words the notes misspell inside commands, beyond the tool names (`create deplyment`). */
const WORD_TYPOS: Record<string, string> = { deplyment: 'deployment', deplyments: 'deployments' };

/**
 * The command with the notes' known typos written as meant (`kuberclt get po` → `kubectl get po`),
 * and the corrections made, so a card never teaches the typo. Only whole words are replaced.
 */
export function fixKnownTypos(line: string): { command: string; fixed: string[] } {
  const fixed: string[] = [];
  const command = line.replace(/(^|\s)([^\s]+)/g, (whole, space: string, word: string, offset: number) => {
    const lower = word.toLowerCase();
    const meant = (offset === 0 || /^\s*(?:sudo\s+)?$/.test(line.slice(0, offset + space.length)) ? TOOL_TYPOS[lower] : undefined) ?? WORD_TYPOS[lower];
    if (meant === undefined) return whole;
    fixed.push(`${word} → ${meant}`);
    return space + meant;
  });
  return { command, fixed };
}

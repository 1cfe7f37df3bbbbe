/**
 * A learner's command line as the drill engine sees it: which kubectl command it names (flags
 * may come before the verb, as cobra allows), its positional words and its flags. Used to tell
 * reading commands from writing ones and to complete a half-typed line.
 */
import { commandTree, findChild, type CommandNode } from '../sim/kubectl/command-tree';
import type { FlagSpec } from '../sim/kubectl/flags/flag-spec';
import { parseCommandLine } from '../sim/shell/command-line';

export interface AnalyzedCommand {
  node: CommandNode;
  /** `scale`, `rollout history`, `config view`; '' for bare `kubectl`. */
  path: string;
  positionals: string[];
  /** Long flag name (short ones resolved) → value (`'true'` for a bare bool). */
  flags: Map<string, string>;
}

function specFor(node: CommandNode, word: string): FlagSpec | undefined {
  if (word.startsWith('--')) return node.flags.lookup(word.slice(2).split('=')[0]!);
  return word.length >= 2 ? node.flags.lookupShort(word[1]!) : undefined;
}

/** Whether a flag word consumes the next word as its value (`-n default`, `--replicas 8`). */
export function takesSeparateValue(node: CommandNode, word: string): boolean {
  if (word.includes('=')) return false;
  if (word.startsWith('-') && !word.startsWith('--') && word.length > 2) return false; // -n=x or -ndefault
  const spec = specFor(node, word);
  // Unknown flags count as taking a value, as in cobra's stripFlags.
  return spec ? spec.noOptDefault === undefined : true;
}

/** Analyzes kubectl's argv (without `kubectl`). */
export function analyzeArgv(argv: readonly string[]): AnalyzedCommand {
  let node = commandTree();
  const positionals: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const w = argv[i]!;
    if (w === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (w.startsWith('-') && w.length > 1) {
      const spec = specFor(node, w);
      const name = spec?.name ?? w.replace(/^--?/, '').split('=')[0]!;
      if (w.includes('=')) flags.set(name, w.slice(w.indexOf('=') + 1));
      else if (!w.startsWith('--') && w.length > 2) flags.set(name, w.slice(2));
      else if (takesSeparateValue(node, w)) flags.set(name, argv[++i] ?? '');
      else flags.set(name, 'true');
      continue;
    }
    const child = positionals.length === 0 ? findChild(node, w) : undefined;
    if (child) node = child;
    else positionals.push(w);
  }
  return { node, path: node.path, positionals, flags };
}

/** Commands that never change the cluster (kubectl's reading verbs, and any dry run or help). */
const READING_COMMANDS = new Set([
  '', 'get', 'describe', 'logs', 'explain', 'api-resources', 'api-versions', 'version', 'cluster-info',
  'cluster-info dump', 'events', 'top', 'top pod', 'top node', 'options', 'completion', 'diff', 'wait',
  'auth can-i', 'auth whoami', 'config view', 'config get-contexts', 'config get-clusters', 'config get-users',
  'config current-context', 'rollout history', 'rollout status', 'plugin', 'plugin list', 'kustomize',
  // They act inside containers or forward traffic; no API object changes.
  'exec', 'attach', 'port-forward', 'proxy', 'cp',
]);

/** Whether a command line only reads (so running it never counts as an attempt at a changing task). */
export function isReadOnly(line: string): boolean {
  const parsed = parseCommandLine(line);
  if (parsed.kind === 'shell-error') {
    // A shell line (pipes, `;`, `&&`, loops): it reads only if every kubectl in it does. The split
    // is rough (it ignores quoting), which errs on the side of "writes" for odd lines.
    return line
      .split(/\|\||&&|[|;]/)
      .map((segment) => segment.trim().replace(/^(do|then|else)\s+/, '').replace(/\s+\d?>>?&?\s*\S+/g, ''))
      .filter((segment) => /^(sudo\s+)?(kubectl|k)\s/.test(segment))
      .every((segment) => parseCommandLine(segment).kind === 'kubectl' && isReadOnly(segment));
  }
  if (parsed.kind !== 'kubectl') return true;
  const cmd = analyzeArgv(parsed.argv);
  if (cmd.flags.has('help')) return true;
  const dryRun = cmd.flags.get('dry-run');
  if (dryRun !== undefined && dryRun !== 'none' && dryRun !== 'false') return true;
  return READING_COMMANDS.has(cmd.path) || (cmd.path === '' && cmd.positionals[0] === 'help');
}

/** The kubectl command path a line names (`scale`, `rollout undo`), or null when it is not kubectl. */
export function commandPathOf(line: string): string | null {
  const parsed = parseCommandLine(line);
  return parsed.kind === 'kubectl' ? analyzeArgv(parsed.argv).path : null;
}

/**
 * A learner's command line as the drill engine sees it: which kubectl command it names (flags
 * may come before the verb, as cobra allows), its positional words and its flags. Used to tell
 * reading commands from writing ones. (The argv analysis itself lives in sim/kubectl/analyze-argv.ts,
 * shared with Tab completion.)
 */
import { analyzeArgv } from '../sim/kubectl/analyze-argv';
import { parseCommandLine } from '../sim/shell/command-line';

export { analyzeArgv, takesSeparateValue, type AnalyzedCommand } from '../sim/kubectl/analyze-argv';

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

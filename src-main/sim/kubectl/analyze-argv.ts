/**
 * A kubectl argv read the way cobra reads it before running anything: which command it names
 * (flags may come before the verb), its positional words and its flags. Shared by Tab completion
 * and by the drill engine (telling reading commands from writing ones).
 */
import { commandTree, findChild, type CommandNode } from './command-tree';
import type { FlagSpec } from './flags/flag-spec';

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

/** The long name of a flag word (`-n` → `namespace`); unknown flags keep their own spelling. */
export function flagNameOf(node: CommandNode, word: string): string {
  return specFor(node, word)?.name ?? word.replace(/^--?/, '').split('=')[0]!;
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
      const name = flagNameOf(node, w);
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

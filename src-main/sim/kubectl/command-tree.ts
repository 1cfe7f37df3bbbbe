/**
 * kubectl's command tree (names, aliases, subcommands, flags) read from its own recorded help
 * texts, so the simulator knows every command and flag kubectl 1.32 has even where it does not
 * implement the command. Built once, lazily.
 */
import { FlagSet, parseFlagSpecs, type FlagSpec } from './flags/flag-spec';
import { HELP_TEXTS } from './help/help-texts';

export interface CommandNode {
  name: string;
  /** "create deployment"; "" for the root. */
  path: string;
  aliases: string[];
  /** In kubectl's order (the root's follows `kubectl --help` groups, as kubectl disables sorting). */
  children: CommandNode[];
  help: string;
  /** The command's own flags plus the global ones. */
  flags: FlagSet;
}

/**
 * Flags kubectl still accepts but hides from help because they are deprecated (`--record`, on the
 * commands that take it in 1.32, found with `kubectl <cmd> --record --help`).
 */
const RECORD: FlagSpec = { name: 'record', kind: 'bool', defaultText: 'false', noOptDefault: 'true', deprecated: '--record will be removed in the future' };
const HIDDEN_FLAGS: Record<string, FlagSpec[]> = Object.fromEntries(
  ['annotate', 'apply', 'apply edit-last-applied', 'autoscale', 'create', 'edit', 'expose', 'label', 'patch', 'run', 'scale', 'set image', 'set resources', 'set selector', 'set serviceaccount'].map((p) => [p, [RECORD]]),
);

let root: CommandNode | undefined;
let globals: FlagSpec[] | undefined;

/** The global flags (`kubectl options`). */
export function globalFlagSpecs(): FlagSpec[] {
  globals ??= parseFlagSpecs(HELP_TEXTS['options'] ?? '');
  return globals;
}

export function commandTree(): CommandNode {
  root ??= build('', '');
  return root;
}

function build(name: string, path: string): CommandNode {
  const help = HELP_TEXTS[path] ?? '';
  const own = optionsSection(help);
  const node: CommandNode = {
    name,
    path,
    aliases: aliasesOf(help, name),
    children: [],
    help,
    flags: new FlagSet([...parseFlagSpecs(own), ...(HIDDEN_FLAGS[path] ?? []), ...globalFlagSpecs()]),
  };
  for (const child of childNames(help)) {
    const childPath = path ? `${path} ${child}` : child;
    if (HELP_TEXTS[childPath] !== undefined) node.children.push(build(child, childPath));
  }
  if (path === '' && HELP_TEXTS['options'] !== undefined) {
    // `kubectl options` is a hidden command: not listed, but it runs.
    node.children.push({ name: 'options', path: 'options', aliases: [], children: [], help: HELP_TEXTS['options'], flags: new FlagSet(globalFlagSpecs()) });
  }
  return node;
}

/** The `Options:` section only: examples also contain `--flag=value` lines. */
function optionsSection(help: string): string {
  const start = help.indexOf('\nOptions:\n');
  if (start < 0) return '';
  const end = help.indexOf('\nUsage:\n', start);
  return help.slice(start, end < 0 ? undefined : end);
}

function aliasesOf(help: string, name: string): string[] {
  const m = /\nAliases:\n(.+)\n/.exec('\n' + help);
  if (!m) return [];
  return m[1]!.split(',').map((s) => s.trim()).filter((s) => s && s !== name);
}

function childNames(help: string): string[] {
  const names: string[] = [];
  const section = /(?:^|\n)(?:Available Commands|[A-Za-z ()]+Commands[A-Za-z ()]*):\n((?: {2}\S.*\n)+)/g;
  for (const m of help.matchAll(section)) {
    for (const line of m[1]!.split('\n')) {
      const n = line.trim().split(/\s+/)[0];
      if (n) names.push(n);
    }
  }
  return names;
}

export function findChild(node: CommandNode, word: string): CommandNode | undefined {
  return node.children.find((c) => c.name === word || c.aliases.includes(word));
}

export function commandByPath(path: string): CommandNode | undefined {
  let node: CommandNode | undefined = commandTree();
  for (const w of path.split(' ').filter(Boolean)) {
    node = node && findChild(node, w);
  }
  return node;
}

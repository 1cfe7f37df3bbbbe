/**
 * Runs one kubectl argv the way cobra does: finds the command (flags may come before the verb),
 * parses its flags with pflag's rules, answers --help, checks required flags, then runs the
 * verb. Every failure becomes kubectl's text on stderr with its exit code; nothing escapes.
 */
import type { CommandResult } from '../api/types';
import { formatStatusError, isStatusError } from '../api/errors';
import { commandTree, findChild, type CommandNode } from './command-tree';
import { FlagError, parseFlags } from './flags/parse-flags';
import { foldTemplateFlag } from './print-flags';
import type { FlagSet } from './flags/flag-spec';
import { CliError, ExitError } from './errors';
import { Output } from './output';
import type { Invocation, SimEnv } from './invocation';
import { VERBS } from './cmd';
import { notSupported, stubFor } from './cmd/unsupported';
import { checkKubeconfig } from './kubeconfig-check';
import { requestUserOverride } from './cmd/auth/request-user';
import { authorizingCluster } from '../rbac/authorizing-cluster';

/** Commands that never call the API as the impersonated user: auth asks its reviews itself; config is local. */
const IMPERSONATION_EXEMPT = /^(auth |config( |$)|version$|options$)/;

/** Commands with subcommands and no action of their own print their help on stderr, exit 1 (cmdutil.DefaultSubCommandRun(ErrOut)), except these. */
const GROUP_HELP_ON_STDOUT_EXIT_1 = new Set(['rollout']);
const GROUP_HELP_ON_STDOUT_EXIT_0 = new Set(['certificate']);

export function runKubectl(argv: readonly string[], env: SimEnv): CommandResult {
  const out = new Output();
  let exitCode = 0;
  try {
    execute(argv, env, out);
  } catch (e) {
    exitCode = 1;
    if (e instanceof ExitError) {
      out.out(e.stdout);
      out.err(e.stderr);
      exitCode = e.exitCode;
    } else if (e instanceof CliError) out.err(fatal(`error: ${e.message}`));
    else if (isStatusError(e)) out.err(`${formatStatusError(e)}\n`);
    else out.err(`error: ${e instanceof Error ? e.message : String(e)}\n`);
  }
  return { exitCode, stdout: out.stdout, stderr: out.stderr };
}

/** cmdutil's fatal(): the message plus a newline unless it already ends with one. */
function fatal(msg: string): string {
  return msg.endsWith('\n') ? msg : `${msg}\n`;
}

function execute(argv: readonly string[], env: SimEnv, out: Output): void {
  const root = commandTree();
  const { node, rest } = findCommand(root, argv);
  if (node === root) {
    const first = firstPositional(rest, root.flags);
    if (first !== undefined) {
      if (first === 'help') return helpCommand(rest.filter((a) => a !== 'help'), out);
      // kubectl looks for a plugin before cobra reports an unknown command; a flag first ends that search.
      if (argv[0]!.startsWith('-')) throw new ExitError(1, '', `Error: flags cannot be placed before plugin name: ${argv[0]}\n`);
      throw new CliError(`unknown command "${first}" for "kubectl"${suggestionsFor(root, first)}`);
    }
  }
  const path = node.path;
  let parsed;
  try {
    parsed = parseFlags(rest, node.flags);
  } catch (e) {
    if (e instanceof FlagError) throw new CliError(`${e.message}\nSee 'kubectl${path ? ' ' + path : ''} --help' for usage.`);
    throw e;
  }
  foldTemplateFlag(parsed.flags, node.flags);
  for (const notice of parsed.flags.deprecations()) out.err(notice);
  if (parsed.help || node === root) {
    out.out(node.help);
    return;
  }
  const verb = VERBS.get(path);
  const missing = (verb?.required ?? []).filter((f) => !parsed.flags.changed(f));
  if (missing.length) throw new CliError(`required flag(s) ${missing.map((f) => `"${f}"`).join(', ')} not set`);
  const inv: Invocation = { cmd: node, flags: parsed.flags, args: parsed.args, argsLenAtDash: parsed.argsLenAtDash, env, out };
  if (verb) {
    checkKubeconfig(inv, env.kubeconfig);
    // Impersonation (--as, --as-group) or a service-account token (--token): the verb's API calls
    // are authorized as that user (../rbac); the learner's own credentials are a cluster admin's.
    const asUser = IMPERSONATION_EXEMPT.test(path) ? undefined : requestUserOverride(inv);
    if (asUser) inv.env = { ...env, cluster: authorizingCluster(env.cluster, asUser, { updateVerb: path === 'replace' ? 'update' : 'patch', updateSubresource: path === 'scale' ? 'scale' : '' }) };
    return verb.run(inv);
  }
  const stub = stubFor(path);
  if (stub) stub(inv);
  else if (node.children.length > 0) return groupHelp(node, inv);
  notSupported(path);
}

/**
 * cobra's Find: descend while the first non-flag word names a subcommand. Flags are skipped with
 * the current command's flag set (a non-bool flag without `=` also skips its value), as cobra's
 * stripFlags does.
 */
function findCommand(root: CommandNode, argv: readonly string[]): { node: CommandNode; rest: string[] } {
  let node = root;
  let rest = [...argv];
  for (;;) {
    const idx = firstPositionalIndex(rest, node.flags);
    if (idx < 0) break;
    const child = findChild(node, rest[idx]!);
    if (!child) break;
    node = child;
    rest = [...rest.slice(0, idx), ...rest.slice(idx + 1)];
  }
  return { node, rest };
}

function firstPositional(args: readonly string[], flags: FlagSet): string | undefined {
  const i = firstPositionalIndex(args, flags);
  return i < 0 ? undefined : args[i];
}

function firstPositionalIndex(args: readonly string[], flags: FlagSet): number {
  for (let i = 0; i < args.length; i++) {
    const s = args[i]!;
    if (s === '--') return -1;
    if (s.startsWith('--')) {
      const body = s.slice(2);
      if (!body.includes('=') && !takesNoValue(flags.lookup(body))) i++;
    } else if (s.startsWith('-') && s.length > 1) {
      if (s.length === 2 && !takesNoValue(flags.lookupShort(s[1]!))) i++;
    } else return i;
  }
  return -1;
}

/** Unknown flags count as taking a value, as in cobra's stripFlags. */
function takesNoValue(spec: { noOptDefault?: string } | undefined): boolean {
  return spec?.noOptDefault !== undefined;
}

function groupHelp(node: CommandNode, inv: Invocation): void {
  if (inv.args.length > 0) throw new CliError(`unknown command "${inv.args[0]}"\nSee 'kubectl ${node.path} -h' for help and examples`);
  if (GROUP_HELP_ON_STDOUT_EXIT_0.has(node.path)) return inv.out.out(node.help);
  if (GROUP_HELP_ON_STDOUT_EXIT_1.has(node.path)) throw new ExitError(1, node.help, '');
  throw new ExitError(1, '', node.help);
}

/** `kubectl help [command]`: the command's help; an unknown topic gets the root usage on stderr (exit 0), as cobra does. */
function helpCommand(args: string[], out: Output): void {
  let node: CommandNode | undefined = commandTree();
  for (const a of args) node = node && findChild(node, a);
  if (!node) {
    const rootHelp = commandTree().help;
    const usage = rootHelp.slice(Math.max(0, rootHelp.indexOf('\nBasic Commands')));
    out.err(`Unknown help topic [\`${args.join(' ')}\`]\n\n${usage}`);
    return;
  }
  out.out(node.help);
}

/** cobra's SuggestionsFor: Levenshtein distance ≤ 2 (case-insensitive) or a prefix, in command order. */
function suggestionsFor(root: CommandNode, typed: string): string {
  const t = typed.toLowerCase();
  const names = root.children
    .filter((c) => c.name !== 'options')
    .map((c) => c.name)
    .filter((n) => levenshtein(t, n.toLowerCase()) <= 2 || n.toLowerCase().startsWith(t));
  return names.length ? `\n\nDid you mean this?\n${names.map((n) => `\t${n}\n`).join('')}` : '';
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

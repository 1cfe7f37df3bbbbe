/**
 * What a verb receives: its parsed flags and arguments, the simulated environment (cluster,
 * virtual files, kubeconfig namespace) and the output it writes to. Verbs are registered by
 * command path (`create deployment`) in cmd/index.ts.
 */
import type { Cluster } from '../cluster/cluster';
import type { CommandNode } from './command-tree';
import type { ParsedFlags } from './flags/parse-flags';
import type { Output } from './output';
import { contextNamespace, type Kubeconfig } from './kubeconfig';

export interface SimEnv {
  cluster: Cluster;
  /** The learner's working directory: file name → content (`--from-file`, `-f`). */
  files: ReadonlyMap<string, string>;
  /** The learner's kubeconfig: `config` commands change it; its context gives the default namespace. */
  kubeconfig: Kubeconfig;
}

export interface Invocation {
  cmd: CommandNode;
  flags: ParsedFlags;
  args: string[];
  /** Index in `args` where `--` was (cobra's ArgsLenAtDash), or -1. */
  argsLenAtDash: number;
  env: SimEnv;
  out: Output;
}

export interface Verb {
  /** Command path as kubectl names it: `create deployment`, `get`. */
  path: string;
  /** cobra's MarkFlagRequired flags, checked before run: `required flag(s) "image" not set`. */
  required?: string[];
  run(inv: Invocation): void;
}

/** The namespace a namespaced request goes to: -n, else the namespace of --context or the current context. */
export function namespaceOf(inv: Invocation): string {
  const kc = inv.env.kubeconfig;
  return inv.flags.string('namespace') || contextNamespace(kc, inv.flags.string('context') || kc.currentContext);
}

/** Whether -n/--namespace was given (kubectl's `enforceNamespace`). */
export function namespaceExplicit(inv: Invocation): boolean {
  return inv.flags.changed('namespace') && inv.flags.string('namespace') !== '';
}

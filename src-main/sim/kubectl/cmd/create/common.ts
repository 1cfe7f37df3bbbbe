/**
 * What every `kubectl create <generator>` shares (kubectl's CreateSubcommandOptions): exactly one
 * NAME, the dry-run strategy, the printer chosen before anything runs, the namespace written into
 * the object only when -n was given, then either printing the object (client dry run) or sending
 * it to the API server and printing what it stored.
 */
import type { KObject } from '../../../api/types';
import { isStatusError } from '../../../api/errors';
import { CliError, UsageError } from '../../errors';
import { dryRunStrategy, type DryRun } from '../../dry-run';
import { namespaceExplicit, namespaceOf, type Invocation } from '../../invocation';
import { objectPrinter, type ObjectPrinter } from '../../print-flags';

export interface CreateContext {
  name: string;
  namespace: string;
  enforceNamespace: boolean;
  dryRun: DryRun;
  printer: ObjectPrinter;
}

/** complete(): NAME, dry run and printer, in kubectl's order (so its errors win in the same order). */
export function completeCreate(inv: Invocation): CreateContext {
  const names = inv.argsLenAtDash >= 0 ? inv.args.slice(0, inv.argsLenAtDash) : inv.args;
  if (names.length !== 1) throw new UsageError(inv.cmd.path, `exactly one NAME is required, got ${names.length}`);
  const dryRun = dryRunStrategy(inv);
  const printer = objectPrinter(inv.flags.string('output'), 'created', dryRun);
  return { name: names[0]!, namespace: namespaceOf(inv), enforceNamespace: namespaceExplicit(inv), dryRun, printer };
}

/**
 * Sends the object (unless client dry run) and prints the result. `failurePrefix` is the wrapping
 * some generators put around API errors (`failed to create deployment: …`).
 */
export function submit(inv: Invocation, ctx: CreateContext, obj: KObject, failurePrefix?: string): void {
  if (ctx.enforceNamespace && ctx.namespace && isNamespaced(obj)) obj.metadata.namespace = ctx.namespace;
  let shown = obj;
  if (ctx.dryRun !== 'client') {
    try {
      shown = inv.env.cluster.create(obj, { namespace: ctx.namespace, dryRun: ctx.dryRun === 'server' });
    } catch (e) {
      if (failurePrefix && isStatusError(e)) throw new CliError(`${failurePrefix}: ${e.message}`);
      throw e;
    }
  }
  inv.out.out(ctx.printer([shown]));
}

const CLUSTER_SCOPED = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding', 'PriorityClass', 'Node', 'PersistentVolume']);

function isNamespaced(obj: KObject): boolean {
  return !CLUSTER_SCOPED.has(obj.kind);
}

/** kubectl's `creationTimestamp: null` metadata of a new object. */
export function newMeta(name: string, labels?: Record<string, string>): KObject['metadata'] {
  const meta: KObject['metadata'] = { name, creationTimestamp: null };
  if (labels) meta.labels = labels;
  return meta;
}

/** The container command after `--` (cobra's ArgsLenAtDash). */
export function commandAfterDash(inv: Invocation): string[] {
  return inv.argsLenAtDash >= 0 ? inv.args.slice(inv.argsLenAtDash) : [];
}

/** `key=value` pairs of --from-literal and friends; `invalid literal source x, expected key=value`. */
export function parseLiteral(source: string): [string, string] {
  const i = source.indexOf('=');
  if (i <= 0) throw new CliError(`invalid literal source ${source}, expected key=value`);
  return [source.slice(0, i), source.slice(i + 1)];
}

/**
 * kubectl rollout status|history|undo|restart|pause|resume for Deployments (kubectl/pkg/cmd/rollout
 * and polymorphichelpers): revisions are the Deployment's ReplicaSets and their
 * `deployment.kubernetes.io/revision` annotations, kept by the deployment controller.
 * `status` waits on the virtual clock, printing each new waiting line as kubectl does, until the
 * rollout completes, its progress deadline passes, or --timeout (default: 15 virtual minutes, as the
 * drill terminal has no Ctrl+C). Honoured: TYPE NAME, TYPE/NAME, --revision, --to-revision,
 * --timeout, -w=false, --dry-run, -o, -n, -l. DaemonSets and StatefulSets are answered as not
 * supported yet. Accepted without effect: --field-manager, -R, -k, --template,
 * --show-managed-fields, --allow-missing-template-keys.
 */
import type { KObject } from '../../api/types';
import { deepCopy } from '../../cluster/objects';
import { rfc3339 } from '../../cluster/clock';
import { CliError, ExitError, UsageError } from '../errors';
import { dryRunStrategy } from '../dry-run';
import { namespaceOf, type Invocation, type Verb } from '../invocation';
import { objectPrinter } from '../print-flags';
import { collectTargets } from './targets';

type Json = Record<string, any>;

const REVISION = 'deployment.kubernetes.io/revision';
const CHANGE_CAUSE = 'kubernetes.io/change-cause';
const STATUS_TIMEOUT_MS = 15 * 60_000;

function deployments(inv: Invocation): { objects: KObject[]; finish(): void } {
  if (inv.args.length === 0 && inv.flags.list('filename').length === 0 && !inv.flags.string('selector')) throw new CliError('required resource not specified');
  const targets = collectTargets(inv, namespaceOf(inv));
  for (const o of targets.objects) {
    if (o.kind !== 'Deployment') throw new CliError(`kubectl rollout ${inv.cmd.name} for a ${o.kind} is not supported by the simulator yet`);
  }
  return targets;
}

/** The Deployment's ReplicaSets by revision number. */
function revisions(inv: Invocation, d: KObject): Map<number, KObject> {
  const out = new Map<number, KObject>();
  for (const rs of inv.env.cluster.list('replicasets', d.metadata.namespace)) {
    if (!rs.metadata.ownerReferences?.some((r) => r.uid === d.metadata.uid)) continue;
    const rev = Number(rs.metadata.annotations?.[REVISION]);
    if (Number.isFinite(rev)) out.set(rev, rs);
  }
  return out;
}

/** kubectl's tabbedString (tabwriter padding 2). */
function tabbed(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)) + 2);
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]!))).join('') + '\n').join('');
}

export const rolloutHistory: Verb = {
  path: 'rollout history',
  run(inv) {
    const targets = deployments(inv);
    const wanted = inv.flags.int('revision');
    for (const d of targets.objects) {
      const revs = revisions(inv, d);
      let text: string;
      if (wanted > 0) {
        const rs = revs.get(wanted);
        if (!rs) throw new CliError(`unable to find the specified revision`);
        const t = (rs.spec as Json).template as Json;
        const containers = ((t.spec?.containers ?? []) as Json[]).map((c) => `   ${c.name}:\n    Image:\t${c.image}\n`).join('');
        const labels = Object.entries((t.metadata?.labels ?? {}) as Record<string, string>).map(([k, v]) => `${k}=${v}`).join('\n\t');
        const cause = rs.metadata.annotations?.[CHANGE_CAUSE];
        text = `with revision #${wanted}\nPod Template:\n  Labels:\t${labels}\n${cause ? `  Annotations:\t${CHANGE_CAUSE}: ${cause}\n` : ''}  Containers:\n${containers}`;
      } else {
        const rows = [['REVISION', 'CHANGE-CAUSE'], ...[...revs.keys()].sort((a, b) => a - b).map((r) => [String(r), revs.get(r)!.metadata.annotations?.[CHANGE_CAUSE] || '<none>'])];
        text = `\n${tabbed(rows)}`;
      }
      inv.out.out(objectPrinter(inv.flags.string('output'), text, 'none')([d]));
    }
    targets.finish();
  },
};

export const rolloutUndo: Verb = {
  path: 'rollout undo',
  run(inv) {
    const dryRun = dryRunStrategy(inv);
    const targets = deployments(inv);
    const to = inv.flags.int('to-revision');
    for (const d of targets.objects) {
      const revs = revisions(inv, d);
      if (to === 0 && revs.size <= 1) throw new CliError(`no rollout history found for deployment "${d.metadata.name}"`);
      const sorted = [...revs.keys()].sort((a, b) => b - a);
      const target = to > 0 ? revs.get(to) : revs.get(sorted[1]!);
      if (!target) throw new CliError(`unable to find specified revision ${to} in history`);
      if ((d.spec as Json).paused) throw new CliError("you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again");
      const template = deepCopy((target.spec as Json).template) as Json;
      if (template.metadata?.labels) delete template.metadata.labels['pod-template-hash'];
      const current = (d.spec as Json).template as Json;
      let message = 'rolled back';
      if (JSON.stringify(template) === JSON.stringify(current)) {
        message = `skipped rollback (current template already matches revision ${to > 0 ? to : sorted[1]})`;
      } else if (dryRun !== 'client') {
        const copy = deepCopy(d) as KObject;
        (copy.spec as Json).template = template;
        const cause = target.metadata.annotations?.[CHANGE_CAUSE];
        const annotations = { ...(copy.metadata.annotations ?? {}) };
        if (cause) annotations[CHANGE_CAUSE] = cause;
        else delete annotations[CHANGE_CAUSE];
        copy.metadata.annotations = annotations;
        inv.env.cluster.update(copy, { dryRun: dryRun === 'server' });
      }
      inv.out.out(objectPrinter(inv.flags.string('output'), message, dryRun)([d]));
    }
    targets.finish();
  },
};

/** DeploymentStatusViewer.Status: the line kubectl prints and whether the rollout is done. */
export function deploymentStatus(d: KObject): { line: string; done: boolean; failed?: string } {
  const name = d.metadata.name;
  const spec = d.spec as Json;
  const st = (d.status ?? {}) as Json;
  if ((d.metadata.generation ?? 0) <= (st.observedGeneration ?? 0)) {
    const progressing = ((st.conditions ?? []) as Json[]).find((c) => c.type === 'Progressing');
    if (progressing?.reason === 'ProgressDeadlineExceeded') return { line: '', done: false, failed: `deployment "${name}" exceeded its progress deadline` };
    const replicas = spec.replicas ?? 1;
    const updated = st.updatedReplicas ?? 0;
    if (updated < replicas) return { line: `Waiting for deployment "${name}" rollout to finish: ${updated} out of ${replicas} new replicas have been updated...\n`, done: false };
    if ((st.replicas ?? 0) > updated) return { line: `Waiting for deployment "${name}" rollout to finish: ${(st.replicas ?? 0) - updated} old replicas are pending termination...\n`, done: false };
    if ((st.availableReplicas ?? 0) < updated) return { line: `Waiting for deployment "${name}" rollout to finish: ${st.availableReplicas ?? 0} of ${updated} updated replicas are available...\n`, done: false };
    return { line: `deployment "${name}" successfully rolled out\n`, done: true };
  }
  return { line: 'Waiting for deployment spec update to be observed...\n', done: false };
}

export const rolloutStatus: Verb = {
  path: 'rollout status',
  run(inv) {
    const targets = deployments(inv);
    if (targets.objects.length > 1) throw new UsageError('rollout status', 'rollout status is only supported on individual resources and resource collections are not supported yet');
    const cluster = inv.env.cluster;
    const timeout = inv.flags.duration('timeout') || STATUS_TIMEOUT_MS;
    for (const d of targets.objects) {
      let last = '';
      for (let waited = 0; ; waited += 1000) {
        const cur = cluster.get('deployments', d.metadata.namespace, d.metadata.name);
        const s = deploymentStatus(cur);
        if (s.failed) throw new CliError(s.failed);
        if (s.line !== last) inv.out.out(s.line);
        last = s.line;
        if (s.done || !inv.flags.bool('watch')) break;
        if (waited >= timeout) throw new ExitError(1, '', 'error: timed out waiting for the condition\n');
        cluster.advance(1000);
      }
    }
    targets.finish();
  },
};

function patchVerb(sub: 'restart' | 'pause' | 'resume', message: string, change: (d: KObject, inv: Invocation) => string | undefined): Verb {
  return {
    path: `rollout ${sub}`,
    run(inv) {
      const dryRun = dryRunStrategy(inv);
      const targets = deployments(inv);
      for (const d of targets.objects) {
        const copy = deepCopy(d) as KObject;
        const refusal = change(copy, inv);
        if (refusal) throw new CliError(refusal);
        if (dryRun !== 'client') inv.env.cluster.update(copy, { dryRun: dryRun === 'server' });
        inv.out.out(objectPrinter(inv.flags.string('output'), message, dryRun)([copy]));
      }
      targets.finish();
    },
  };
}

export const rolloutRestart = patchVerb('restart', 'restarted', (d, inv) => {
  const spec = d.spec as Json;
  if (spec.paused) return `can't restart paused deployment (run rollout resume first)`;
  spec.template.metadata = { ...(spec.template.metadata ?? {}) };
  spec.template.metadata.annotations = { ...(spec.template.metadata.annotations ?? {}), 'kubectl.kubernetes.io/restartedAt': rfc3339(inv.env.cluster.now()) };
  return undefined;
});

export const rolloutPause = patchVerb('pause', 'paused', (d) => {
  const spec = d.spec as Json;
  if (spec.paused) return `deployments.apps "${d.metadata.name}" is already paused`;
  spec.paused = true;
  return undefined;
});

export const rolloutResume = patchVerb('resume', 'resumed', (d) => {
  const spec = d.spec as Json;
  if (!spec.paused) return `deployments.apps "${d.metadata.name}" is not paused`;
  delete spec.paused;
  return undefined;
});


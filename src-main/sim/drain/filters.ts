/**
 * Which pods `kubectl drain` removes from a node, as kubectl/pkg/drain/filters.go decides: every
 * pod goes through the filters in order (deleted-long-ago, DaemonSet, mirror, local storage,
 * unreplicated); the last warning wins, the first error stops the pod. Errors and warnings are
 * grouped by message, listing `namespace/name`. kubectl groups them in a Go map (random order);
 * here the first message seen comes first, so the output is deterministic.
 */
import type { KObject } from '../api/types';

export const DAEMONSET_FATAL = 'DaemonSet-managed Pods (use --ignore-daemonsets to ignore)';
export const DAEMONSET_WARNING = 'ignoring DaemonSet-managed Pods';
export const LOCAL_STORAGE_FATAL = 'Pods with local storage (use --delete-emptydir-data to override)';
export const LOCAL_STORAGE_WARNING = 'deleting Pods with local storage';
export const UNMANAGED_FATAL = 'Pods declare no controller (use --force to override)';
export const UNMANAGED_WARNING = 'deleting Pods that declare no controller';

export interface DrainOptions {
  force: boolean;
  ignoreDaemonSets: boolean;
  deleteEmptyDirData: boolean;
  /** --skip-wait-for-delete-timeout: pods deleted longer ago than this many seconds are skipped (0: never). */
  skipWaitForDeleteTimeoutSeconds: number;
}

type Status = { kind: 'okay' } | { kind: 'skip' } | { kind: 'warning'; remove: boolean; message: string } | { kind: 'error'; message: string };

export interface PodDeleteList {
  /** Pods to evict, in list order. */
  pods: KObject[];
  /** `message: ns/a, ns/b` joined with `; ` (list.Warnings()), or ''. */
  warnings: string;
  /** `cannot delete MESSAGE: ns/a, ns/b`, one per message (list.errors()). */
  errors: string[];
}

/** The context the DaemonSet filter needs: whether the pod's DaemonSet still exists. */
export type DaemonSetExists = (namespace: string, name: string) => boolean;

function controllerOf(pod: KObject): { kind: string; name: string } | undefined {
  return pod.metadata.ownerReferences?.find((r) => r.controller === true) as { kind: string; name: string } | undefined;
}

function finished(pod: KObject): boolean {
  const phase = (pod.status as { phase?: string } | undefined)?.phase;
  return phase === 'Succeeded' || phase === 'Failed';
}

/**
 * Static (mirror) pods are skipped silently. Real kubelets mark them with
 * `kubernetes.io/config.mirror`; the simulator's control-plane pods carry `config.source: file`.
 */
function isMirror(pod: KObject): boolean {
  const a = pod.metadata.annotations ?? {};
  return 'kubernetes.io/config.mirror' in a || a['kubernetes.io/config.source'] === 'file';
}

function hasLocalStorage(pod: KObject): boolean {
  const volumes = ((pod.spec as { volumes?: Array<{ emptyDir?: unknown }> } | undefined)?.volumes ?? []);
  return volumes.some((v) => v.emptyDir !== undefined && v.emptyDir !== null);
}

function filters(opts: DrainOptions, dsExists: DaemonSetExists, now: number): Array<(pod: KObject) => Status> {
  return [
    (pod) => {
      const del = pod.metadata.deletionTimestamp;
      if (opts.skipWaitForDeleteTimeoutSeconds > 0 && del && Math.floor((now - Date.parse(del)) / 1000) > opts.skipWaitForDeleteTimeoutSeconds) return { kind: 'skip' };
      return { kind: 'okay' };
    },
    (pod) => {
      const ref = controllerOf(pod);
      if (!ref || ref.kind !== 'DaemonSet' || finished(pod)) return { kind: 'okay' };
      const ns = pod.metadata.namespace ?? 'default';
      if (!dsExists(ns, ref.name)) {
        const message = `daemonsets.apps "${ref.name}" not found`;
        return opts.force ? { kind: 'warning', remove: true, message } : { kind: 'error', message };
      }
      return opts.ignoreDaemonSets ? { kind: 'warning', remove: false, message: DAEMONSET_WARNING } : { kind: 'error', message: DAEMONSET_FATAL };
    },
    (pod) => (isMirror(pod) ? { kind: 'skip' } : { kind: 'okay' }),
    (pod) => {
      if (!hasLocalStorage(pod) || finished(pod)) return { kind: 'okay' };
      return opts.deleteEmptyDirData ? { kind: 'warning', remove: true, message: LOCAL_STORAGE_WARNING } : { kind: 'error', message: LOCAL_STORAGE_FATAL };
    },
    (pod) => {
      if (finished(pod) || controllerOf(pod)) return { kind: 'okay' };
      return opts.force ? { kind: 'warning', remove: true, message: UNMANAGED_WARNING } : { kind: 'error', message: UNMANAGED_FATAL };
    },
  ];
}

function deletes(s: Status): boolean {
  return s.kind === 'okay' || (s.kind === 'warning' && s.remove);
}

function group(entries: Array<[string, KObject]>): Array<[string, string]> {
  const byMessage = new Map<string, string[]>();
  for (const [msg, pod] of entries) {
    const list = byMessage.get(msg) ?? [];
    list.push(`${pod.metadata.namespace}/${pod.metadata.name}`);
    byMessage.set(msg, list);
  }
  return [...byMessage].map(([msg, pods]) => [msg, pods.join(', ')]);
}

/** GetPodsForDeletion: runs the filters over the node's pods. */
export function podsForDeletion(nodePods: readonly KObject[], opts: DrainOptions, dsExists: DaemonSetExists, now: number): PodDeleteList {
  const fs = filters(opts, dsExists, now);
  const pods: KObject[] = [];
  const warnings: Array<[string, KObject]> = [];
  const errors: Array<[string, KObject]> = [];
  for (const pod of nodePods) {
    // As drain.go does: the status is the last filter's that ran, and a filter that keeps the pod
    // stops the chain (so a local-storage warning is dropped when a later filter says okay).
    let status: Status = { kind: 'okay' };
    for (const f of fs) {
      status = f(pod);
      if (!deletes(status)) break;
    }
    if (status.kind === 'okay') pods.push(pod);
    else if (status.kind === 'warning') {
      warnings.push([status.message, pod]);
      if (status.remove) pods.push(pod);
    } else if (status.kind === 'error') errors.push([status.message || 'unexpected error', pod]);
  }
  return {
    pods,
    warnings: group(warnings).map(([m, p]) => `${m}: ${p}`).join('; '),
    errors: group(errors).map(([m, p]) => `cannot delete ${m}: ${p}`),
  };
}

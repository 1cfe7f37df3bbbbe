/**
 * Node heartbeats: a kubelet reports its node status every 5 minutes when nothing changes
 * (nodeStatusReportFrequency), which moves the conditions' lastHeartbeatTime and, here, the node
 * Lease's renewTime too. (A real kubelet renews its Lease every 10 s; renewing it with the status
 * keeps long simulated stretches cheap, at the price of a renewTime up to 5 minutes old.)
 */
import type { KObject } from '../api/types';
import type { Cluster } from '../cluster/cluster';
import { rfc3339 } from '../cluster/clock';
import type { Stage } from './engine';
import type { Json } from './util';

export const NODE_STATUS_PERIOD_MS = 5 * 60_000;

function lastHeartbeat(node: KObject): number {
  const ready = (((node.status as Json) ?? {}).conditions ?? []).find((c: Json) => c.type === 'Ready');
  return Date.parse(ready?.lastHeartbeatTime ?? String(node.metadata.creationTimestamp));
}

export const nodeHeartbeatStage: Stage = {
  name: 'node-heartbeat',
  resource: 'nodes',
  match: () => true,
  delayMs: (node, cluster) => lastHeartbeat(node) + NODE_STATUS_PERIOD_MS - cluster.now(),
  next(node, cluster: Cluster) {
    const now = cluster.now();
    const beat = rfc3339(now);
    const st = (node.status as Json) ?? {};
    cluster.write({ ...node, metadata: { ...node.metadata }, status: { ...st, conditions: ((st.conditions ?? []) as Json[]).map((c) => ({ ...c, lastHeartbeatTime: beat })) } }, true);
    const lease = cluster.store.get('leases.coordination.k8s.io', 'kube-node-lease', node.metadata.name);
    if (lease) {
      const renew = new Date(now).toISOString().replace(/Z$/, '000Z');
      cluster.write({ ...lease, metadata: { ...lease.metadata }, spec: { ...(lease.spec as Json), renewTime: renew } }, true);
    }
  },
};

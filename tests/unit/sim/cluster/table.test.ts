import { describe, expect, it } from 'vitest';
import type { KObject } from '../../../../src-main/sim/api/types';
import { resolveResource } from '../../../../src-main/sim/api/registry';
import { printTable, renderTabular } from '../../../../src-main/sim/printers/table';
import { START } from './fixtures';

const NOW = START + 95_000;
const at = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

function obj(kind: string, apiVersion: string, name: string, extra: Record<string, unknown> = {}, labels?: Record<string, string>, namespace = 'default'): KObject {
  return { apiVersion, kind, metadata: { name, namespace, labels, creationTimestamp: at(START) }, ...extra };
}

describe('renderTabular', () => {
  it('pads every column but the last to its widest cell plus 3, at least 6', () => {
    expect(renderTabular([['A', 'LONGER', 'X'], ['abcdefgh', 'b', 'last']])).toBe('A          LONGER   X\nabcdefgh   b        last\n');
    expect(renderTabular([['AB', 'C'], ['x', 'y']])).toBe('AB    C\nx     y\n');
  });
});

describe('printTable', () => {
  const svc = obj('Service', 'v1', 'web', {
    spec: { type: 'NodePort', clusterIP: '10.96.12.34', clusterIPs: ['10.96.12.34'], selector: { app: 'web' }, ports: [{ port: 80, nodePort: 30080, protocol: 'TCP' }] },
  }, { app: 'web', tier: 'front' });
  const lb = obj('Service', 'v1', 'lb', { spec: { type: 'LoadBalancer', clusterIPs: ['10.96.0.20'], ports: [{ port: 8080, nodePort: 31000, protocol: 'TCP' }] }, status: { loadBalancer: {} } });

  it('prints services with nodePorts, <pending> and wide selectors', () => {
    expect(printTable(resolveResource('svc')!, [lb, svc], { now: NOW, wide: true })).toBe(
      'NAME   TYPE           CLUSTER-IP    EXTERNAL-IP   PORT(S)          AGE   SELECTOR\n' +
        'lb     LoadBalancer   10.96.0.20    <pending>     8080:31000/TCP   95s   <none>\n' +
        'web    NodePort       10.96.12.34   <none>        80:30080/TCP     95s   app=web\n',
    );
  });

  it('adds NAMESPACE first, -L columns and LABELS last, and kind prefixes', () => {
    expect(printTable(resolveResource('svc')!, [svc], { now: NOW, withNamespace: true, labelColumns: ['app', 'example.com/tier'], showLabels: true, withKindPrefix: true })).toBe(
      'NAMESPACE   NAME          TYPE       CLUSTER-IP    EXTERNAL-IP   PORT(S)        AGE   APP   TIER   LABELS\n' +
        'default     service/web   NodePort   10.96.12.34   <none>        80:30080/TCP   95s   web          app=web,tier=front\n',
    );
    const deploy = obj('Deployment', 'apps/v1', 'web', { spec: { replicas: 3, template: { spec: { containers: [] } } }, status: { readyReplicas: 2, updatedReplicas: 3, availableReplicas: 2 } });
    expect(printTable(resolveResource('deploy')!, [deploy], { now: NOW, withKindPrefix: true, noHeaders: true })).toBe('deployment.apps/web   2/3   3     2     95s\n');
  });

  it('prints nodes with status, roles and cordoning', () => {
    const node = obj('Node', 'v1', 'node1', {
      spec: { unschedulable: true },
      status: { conditions: [{ type: 'Ready', status: 'True' }], nodeInfo: { kubeletVersion: 'v1.32.0' }, addresses: [{ type: 'InternalIP', address: '192.168.0.22' }] },
    }, { 'node-role.kubernetes.io/control-plane': '', 'node-role.kubernetes.io/etcd': '' }, undefined as unknown as string);
    expect(printTable(resolveResource('no')!, [node], { now: NOW, wide: true })).toBe(
      'NAME    STATUS                     ROLES                AGE   VERSION   INTERNAL-IP    EXTERNAL-IP   OS-IMAGE    KERNEL-VERSION   CONTAINER-RUNTIME\n' +
        'node1   Ready,SchedulingDisabled   control-plane,etcd   95s   v1.32.0   192.168.0.22   <none>        <unknown>   <unknown>        <unknown>\n',
    );
  });

  it('prints pod statuses the way printPod reads container states', () => {
    const pod = (name: string, statuses: unknown[], extra: Record<string, unknown> = {}) =>
      obj('Pod', 'v1', name, { spec: { containers: statuses.map((_, i) => ({ name: `c${i}` })) }, status: { phase: 'Running', containerStatuses: statuses }, ...extra });
    const pods = [
      pod('crash', [{ name: 'c0', ready: false, restartCount: 4, state: { waiting: { reason: 'CrashLoopBackOff' } }, lastState: { terminated: { finishedAt: at(START + 35_000) } } }]),
      pod('done', [{ name: 'c0', ready: false, restartCount: 0, state: { terminated: { exitCode: 0, reason: 'Completed' } } }]),
      pod('exit', [{ name: 'c0', ready: false, restartCount: 0, state: { terminated: { exitCode: 2 } } }]),
      pod('mixed', [
        { name: 'c0', ready: true, restartCount: 0, state: { running: {} } },
        { name: 'c1', ready: false, restartCount: 0, state: { waiting: { reason: 'ImagePullBackOff' } } },
      ]),
    ];
    expect(printTable(resolveResource('po')!, pods, { now: NOW })).toBe(
      'NAME    READY   STATUS             RESTARTS      AGE\n' +
        'crash   0/1     CrashLoopBackOff   4 (60s ago)   95s\n' +
        'done    0/1     Completed          0             95s\n' +
        'exit    0/1     ExitCode:2         0             95s\n' +
        'mixed   1/2     ImagePullBackOff   0             95s\n',
    );
  });

  it('prints events with the object as kind/name and the wide columns in kubectl order', () => {
    const ev = obj('Event', 'v1', 'web.1', {
      involvedObject: { kind: 'Pod', name: 'web', fieldPath: 'spec.containers{web}' },
      reason: 'Pulled',
      message: 'Container image "nginx" already present on machine ',
      source: { component: 'kubelet', host: 'node2' },
      type: 'Normal',
      count: 2,
      firstTimestamp: at(START),
      lastTimestamp: at(START + 65_000),
    });
    expect(printTable(resolveResource('ev')!, [ev], { now: NOW, wide: true })).toBe(
      'LAST SEEN   TYPE     REASON   OBJECT    SUBOBJECT              SOURCE           MESSAGE                                              FIRST SEEN   COUNT   NAME\n' +
        '30s         Normal   Pulled   pod/web   spec.containers{web}   kubelet, node2   Container image "nginx" already present on machine   95s          2       web.1\n',
    );
  });

  it('falls back to NAME and CREATED AT for kinds without a printer', () => {
    const role = obj('Role', 'rbac.authorization.k8s.io/v1', 'reader');
    expect(printTable(resolveResource('roles')!, [role], { now: NOW })).toBe('NAME     CREATED AT\nreader   2026-11-26T10:00:00Z\n');
  });
});

import { describe, expect, it } from 'vitest';
import type { KObject } from '../../../../src-main/sim/api/types';
import { deepCopy } from '../../../../src-main/sim/cluster/objects';
import { podSummary } from '../../../../src-main/sim/printers/columns/workloads';
import { printTable } from '../../../../src-main/sim/printers/table';
import { resolveResource } from '../../../../src-main/sim/api/registry';
import { deployment, names, newCluster, pod, scale, service, statusOf, type Json } from './fixtures';
import type { Cluster } from '../../../../src-main/sim/cluster/cluster';

const podStatus = (c: Cluster, name: string, ns = 'default') => podSummary(c.get('pods', ns, name) as Json, c.now()).reason;
const reasons = (c: Cluster, involved: string) =>
  c
    .list('events', 'default')
    .filter((e) => (e.involvedObject as Json).name === involved)
    .map((e) => e.reason as string);

describe('deployment → replicaset → pods', () => {
  it('creates a ReplicaSet named after the pod-template-hash and pods named after the ReplicaSet', () => {
    const c = newCluster();
    c.create(deployment('web', 'nginx', 3));
    const [rs] = c.list('rs', 'default');
    const hash = rs!.metadata.labels!['pod-template-hash']!;
    expect(hash).toMatch(/^[456789bcdf]{6,10}$/);
    expect(rs!.metadata.name).toBe(`web-${hash}`);
    expect((rs!.spec as Json).selector.matchLabels).toEqual({ app: 'web', 'pod-template-hash': hash });
    expect(rs!.metadata.annotations!['deployment.kubernetes.io/revision']).toBe('1');
    const pods = names(c, 'pods');
    expect(pods).toHaveLength(3);
    for (const p of pods) expect(p).toMatch(new RegExp(`^web-${hash}-[bcdfghjklmnpqrstvwxz2456789]{5}$`));
  });

  it('gives the same template the same hash, and a changed template another', () => {
    const a = newCluster({ seed: 1 });
    const b = newCluster({ seed: 2 });
    a.create(deployment('web', 'nginx'));
    b.create(deployment('web', 'nginx'));
    expect(names(a, 'rs')).toEqual(names(b, 'rs'));
    b.create(deployment('api', 'nginx:1.27'));
    expect(names(b, 'rs', 'default', 'app=api')[0]!.slice(4)).not.toBe(names(a, 'rs')[0]!.slice(4));
  });

  it('moves pods from ContainerCreating to Running within a few seconds and reports the deployment ready', () => {
    const c = newCluster();
    c.create(deployment('web', 'nginx', 2));
    const [p] = names(c, 'pods');
    expect(podStatus(c, p!)).toBe('ContainerCreating');
    expect(statusOf(c.get('deploy', 'default', 'web')).readyReplicas).toBeUndefined();
    c.advance(8_000);
    expect(podStatus(c, p!)).toBe('Running');
    const st = statusOf(c.get('deploy', 'default', 'web'));
    expect(st).toMatchObject({ replicas: 2, readyReplicas: 2, availableReplicas: 2, updatedReplicas: 2 });
    expect(st.conditions.map((x: Json) => [x.type, x.status, x.reason])).toEqual([
      ['Available', 'True', 'MinimumReplicasAvailable'],
      ['Progressing', 'True', 'NewReplicaSetAvailable'],
    ]);
  });

  it('records the kubelet and controller events in order', () => {
    const c = newCluster();
    c.create(deployment('web', 'nginx'));
    c.advance(8_000);
    const [p] = names(c, 'pods');
    expect(reasons(c, p!)).toEqual(['Scheduled', 'Pulling', 'Pulled', 'Created', 'Started']);
    const [rs] = names(c, 'rs');
    expect(reasons(c, rs!)).toEqual(['SuccessfulCreate']);
    expect(c.list('events', 'default').find((e) => e.reason === 'ScalingReplicaSet')!.message).toBe(`Scaled up replica set ${rs} from 0 to 1`);
  });

  it('scales up and down, deleting pods and recording both events', () => {
    const c = newCluster();
    c.create(deployment('web', 'nginx', 1));
    c.advance(8_000);
    scale(c, 'deploy', 'web', 3);
    expect(names(c, 'pods')).toHaveLength(3);
    c.advance(8_000);
    scale(c, 'deploy', 'web', 1);
    const [rs] = c.list('rs', 'default');
    expect((rs!.spec as Json).replicas).toBe(1);
    expect(statusOf(rs!).replicas).toBe(1);
    const terminating = c.list('pods', 'default').filter((p) => podSummary(p as Json, c.now()).reason === 'Terminating');
    expect(terminating).toHaveLength(2);
    c.advance(1_000);
    expect(names(c, 'pods')).toHaveLength(1);
    const messages = c.list('events', 'default').filter((e) => e.reason === 'ScalingReplicaSet').map((e) => e.message);
    expect(messages).toContain(`Scaled up replica set ${rs!.metadata.name} from 1 to 3`);
    expect(messages).toContain(`Scaled down replica set ${rs!.metadata.name} from 3 to 1`);
  });

  it('replaces a deleted pod (self-healing)', () => {
    const c = newCluster();
    c.create(deployment('web', 'nginx', 1));
    c.advance(8_000);
    const [old] = names(c, 'pods');
    c.delete('pods', 'default', old!);
    const now = names(c, 'pods');
    expect(now).toHaveLength(2);
    c.advance(5_000);
    const after = names(c, 'pods');
    expect(after).toHaveLength(1);
    expect(after[0]).not.toBe(old);
    expect(reasons(c, old!)).toContain('Killing');
  });

  it('rolls out a new template: a second ReplicaSet, revision 2, the old one scaled to zero', () => {
    const c = newCluster();
    c.create(deployment('web', 'nginx:1.26', 3));
    c.advance(10_000);
    const d = deepCopy(c.get('deploy', 'default', 'web'));
    (d.spec as Json).template.spec.containers[0].image = 'nginx:1.27';
    c.update(d);
    for (let i = 0; i < 12; i++) c.advance(5_000);
    const rsList = c.list('rs', 'default');
    expect(rsList).toHaveLength(2);
    const byRevision = Object.fromEntries(rsList.map((r) => [r.metadata.annotations!['deployment.kubernetes.io/revision'], r]));
    expect((byRevision['1']!.spec as Json).replicas).toBe(0);
    expect((byRevision['2']!.spec as Json).replicas).toBe(3);
    expect(c.get('deploy', 'default', 'web').metadata.annotations!['deployment.kubernetes.io/revision']).toBe('2');
    for (const p of c.list('pods', 'default')) expect(p.metadata.labels!['pod-template-hash']).toBe(byRevision['2']!.metadata.labels!['pod-template-hash']);
  });
});

describe('rollbacks and change causes', () => {
  it('reuses the old ReplicaSet when the template goes back, as revision 3 with its history', () => {
    const c = newCluster();
    c.create(deployment('web', 'nginx:1.26', 2));
    c.advance(10_000);
    const setImage = (image: string, cause: string) => {
      const d = deepCopy(c.get('deploy', 'default', 'web'));
      (d.spec as Json).template.spec.containers[0].image = image;
      d.metadata.annotations = { ...(d.metadata.annotations ?? {}), 'kubernetes.io/change-cause': cause };
      c.update(d);
      for (let i = 0; i < 10; i++) c.advance(5_000);
    };
    setImage('nginx:1.27', 'upgrade');
    setImage('nginx:1.26', 'rollback');
    const rsList = c.list('rs', 'default');
    expect(rsList).toHaveLength(2);
    const first = rsList.find((r) => (r.spec as Json).template.spec.containers[0].image === 'nginx:1.26')!;
    expect(first.metadata.annotations).toMatchObject({ 'deployment.kubernetes.io/revision': '3', 'deployment.kubernetes.io/revision-history': '1', 'kubernetes.io/change-cause': 'rollback' });
    expect((first.spec as Json).replicas).toBe(2);
    const second = rsList.find((r) => r !== first)!;
    expect(second.metadata.annotations).toMatchObject({ 'deployment.kubernetes.io/revision': '2', 'kubernetes.io/change-cause': 'upgrade' });
    expect((second.spec as Json).replicas).toBe(0);
  });
});

describe('scheduler', () => {
  it('keeps user pods off the tainted control-plane node', () => {
    const c = newCluster();
    c.create(deployment('web', 'nginx', 4));
    for (const p of c.list('pods', 'default')) expect((p.spec as Json).nodeName).toBe('node2');
  });

  it('spreads pods over the worker nodes', () => {
    const c = newCluster({ nodes: ['node1', 'node2', 'node3'] });
    c.create(deployment('web', 'nginx', 4));
    const nodes = c.list('pods', 'default').map((p) => (p.spec as Json).nodeName).sort();
    expect(nodes).toEqual(['node2', 'node2', 'node3', 'node3']);
  });

  it('leaves a pod Pending with FailedScheduling when no node fits', () => {
    const c = newCluster();
    const node = deepCopy(c.get('nodes', undefined, 'node2'));
    (node.spec as Json).unschedulable = true;
    c.update(node);
    c.create(pod('p', 'nginx'));
    expect(podStatus(c, 'p')).toBe('Pending');
    const ev = c.list('events', 'default').find((e) => e.reason === 'FailedScheduling')!;
    expect(ev.message).toBe(
      '0/2 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 1 node(s) were unschedulable. preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.',
    );
  });
});

describe('kubelet', () => {
  it('reports InvalidImageName for a malformed image, with the kubelet messages', () => {
    const c = newCluster();
    c.create(pod('bad', 'DUMMY_IMAGE:TEST'));
    c.advance(3_000);
    expect(podStatus(c, 'bad')).toBe('InvalidImageName');
    const msgs = c.list('events', 'default').filter((e) => e.type === 'Warning').map((e) => e.message);
    expect(msgs).toEqual([
      'Failed to apply default image tag "DUMMY_IMAGE:TEST": couldn\'t parse image reference "DUMMY_IMAGE:TEST": invalid reference format: repository name must be lowercase',
      'Error: InvalidImageName',
    ]);
    c.advance(60_000);
    const failed = c.list('events', 'default').find((e) => e.message === 'Error: InvalidImageName')!;
    expect(failed.count).toBeGreaterThan(3);
  });

  it('goes ErrImagePull then ImagePullBackOff for an image no registry has', () => {
    const c = newCluster();
    c.create(pod('typo', 'nginxx'));
    const seen: string[] = [];
    for (let t = 0; t < 8_000; t += 100) {
      const s = podStatus(c, 'typo');
      if (seen[seen.length - 1] !== s) seen.push(s);
      c.advance(100);
    }
    expect(seen).toEqual(['ContainerCreating', 'ErrImagePull', 'ImagePullBackOff']);
    expect(c.list('events', 'default').map((e) => e.reason)).toEqual(expect.arrayContaining(['Pulling', 'Failed', 'BackOff']));
    c.advance(5 * 60_000);
    const pulling = c.list('events', 'default').find((e) => e.reason === 'Pulling')!;
    expect(pulling.count).toBeGreaterThan(2);
  });

  it('says "already present on machine" when a tagged image is cached on the node', () => {
    const c = newCluster();
    c.create(pod('one', 'nginx:1.27'));
    c.advance(8_000);
    c.create(pod('two', 'nginx:1.27'));
    c.advance(3_000);
    const pulled = c.list('events', 'default').filter((e) => e.reason === 'Pulled' && (e.involvedObject as Json).name === 'two');
    expect(pulled.map((e) => e.message)).toEqual(['Container image "nginx:1.27" already present on machine']);
  });

  it('restarts a container that exits, then backs off (CrashLoopBackOff)', () => {
    const c = newCluster();
    c.create(pod('sh', 'alpine'));
    c.advance(5_000);
    const st = (c.get('pods', 'default', 'sh').status as Json).containerStatuses[0];
    expect(st.restartCount).toBeGreaterThanOrEqual(1);
    c.advance(20_000);
    expect(podStatus(c, 'sh')).toBe('CrashLoopBackOff');
    const restarts = podSummary(c.get('pods', 'default', 'sh') as Json, c.now()).restarts;
    expect(restarts).toMatch(/^\d+ \(\d+s ago\)$/);
    expect(c.list('events', 'default').some((e) => e.reason === 'BackOff' && String(e.message).startsWith('Back-off restarting failed container sh in pod sh_default('))).toBe(true);
  });

  it('completes a pod that exits with restartPolicy Never', () => {
    const c = newCluster();
    c.create(pod('once', 'busybox', { command: ['echo', 'hi'], restartPolicy: 'Never' }));
    c.advance(5_000);
    expect(podStatus(c, 'once')).toBe('Completed');
    expect(statusOf(c.get('pods', 'default', 'once')).phase).toBe('Succeeded');
    c.create(pod('fails', 'busybox', { command: ['sh', '-c', 'exit 3'], restartPolicy: 'Never' }));
    c.advance(5_000);
    expect(podStatus(c, 'fails')).toBe('Error');
  });

  it('keeps a sleeping pod Terminating for the grace period, and nginx only briefly', () => {
    const c = newCluster();
    c.create(pod('sleeper', 'busybox', { command: ['sleep', '3600'] }));
    c.create(pod('web', 'nginx'));
    c.advance(8_000);
    c.delete('pods', 'default', 'sleeper');
    c.delete('pods', 'default', 'web');
    c.advance(2_000);
    expect(names(c, 'pods')).toEqual(['sleeper']);
    expect(podStatus(c, 'sleeper')).toBe('Terminating');
    c.advance(29_000);
    expect(names(c, 'pods')).toEqual([]);
  });

  it('restarts a container whose image an update changed', () => {
    const c = newCluster();
    c.create(pod('p', 'nginx:1.26'));
    c.advance(8_000);
    const edit = deepCopy(c.get('pods', 'default', 'p'));
    (edit.spec as Json).containers[0].image = 'nginx:1.27';
    c.update(edit);
    expect(podStatus(c, 'p')).toBe('ContainerCreating');
    c.advance(8_000);
    const st = (c.get('pods', 'default', 'p').status as Json).containerStatuses[0];
    expect(st).toMatchObject({ image: 'docker.io/library/nginx:1.27', restartCount: 1, ready: true });
    expect(c.list('events', 'default').some((e) => e.message === 'Container p definition changed, will be restarted')).toBe(true);
  });

  it('deletes at once with a zero grace period', () => {
    const c = newCluster();
    c.create(pod('p', 'nginx'));
    c.advance(8_000);
    c.delete('pods', 'default', 'p', { gracePeriodSeconds: 0 });
    expect(names(c, 'pods')).toEqual([]);
  });
});

describe('services and endpoints', () => {
  it('lists ready pod IPs with the target port, and drops deleted pods', () => {
    const c = newCluster();
    c.create(deployment('web', 'nginx', 2));
    c.create(service('web', { app: 'web' }, 80, 'ClusterIP', 8080));
    let ep = c.get('endpoints', 'default', 'web');
    expect(ep.subsets).toBeUndefined();
    c.advance(8_000);
    ep = c.get('endpoints', 'default', 'web');
    const ips = c.list('pods', 'default').map((p) => statusOf(p).podIP).sort();
    expect((ep.subsets as Json[])[0]).toMatchObject({ ports: [{ port: 8080, protocol: 'TCP' }] });
    expect((ep.subsets as Json[])[0].addresses.map((a: Json) => a.ip)).toEqual(ips);
    c.delete('svc', 'default', 'web');
    expect(c.tryGet('endpoints', 'default', 'web')).toBeUndefined();
  });

  it('keeps an EndpointSlice per service, printed as kubectl get endpointslices does', () => {
    const c = newCluster();
    c.create(deployment('web', 'nginx', 4));
    c.create(service('web', { app: 'web' }, 80));
    c.advance(8_000);
    const [slice] = c.list('endpointslices', 'default', { labelSelector: 'kubernetes.io/service-name=web' });
    expect(slice!.metadata.name).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(slice!.metadata.ownerReferences![0]!.kind).toBe('Service');
    const ips = c.list('pods', 'default').map((p) => statusOf(p).podIP).sort();
    const table = printTable(resolveResource('endpointslices')!, [slice!], { now: c.now() });
    const endpoints = `${ips.slice(0, 3).join(',')} + 1 more...`;
    expect(table).toBe(`NAME        ADDRESSTYPE   PORTS   ${'ENDPOINTS'.padEnd(endpoints.length + 3)}AGE\n${slice!.metadata.name}   IPv4          80      ${endpoints}   8s\n`);
    c.delete('svc', 'default', 'web');
    expect(c.list('endpointslices', 'default', { labelSelector: 'kubernetes.io/service-name=web' })).toEqual([]);
  });

  it('leaves a LoadBalancer pending with a NodePort', () => {
    const c = newCluster();
    const s = c.create(service('lb', { app: 'x' }, 8080, 'LoadBalancer'));
    expect((s.spec as Json).ports[0].nodePort).toBeGreaterThanOrEqual(30000);
    expect(s.status).toEqual({ loadBalancer: {} });
  });
});

describe('deletion', () => {
  const setup = () => {
    const c = newCluster();
    c.create(deployment('web', 'nginx', 2));
    c.advance(8_000);
    return c;
  };

  it('cascades in the background: replicasets and pods go with the deployment', () => {
    const c = setup();
    c.delete('deploy', 'default', 'web');
    expect(names(c, 'rs')).toEqual([]);
    c.advance(5_000);
    expect(names(c, 'pods')).toEqual([]);
  });

  it('orphans dependents with propagationPolicy Orphan', () => {
    const c = setup();
    c.delete('deploy', 'default', 'web', { propagationPolicy: 'Orphan' });
    c.advance(5_000);
    const [rs] = c.list('rs', 'default');
    expect(rs).toBeDefined();
    expect(rs!.metadata.ownerReferences).toBeUndefined();
    expect(names(c, 'pods')).toHaveLength(2);
  });

  it('holds the owner until its dependents are gone with Foreground', () => {
    const c = setup();
    const d = c.delete('deploy', 'default', 'web', { propagationPolicy: 'Foreground' });
    expect(d.metadata.deletionTimestamp).toBeDefined();
    expect(c.tryGet('deploy', 'default', 'web')?.metadata.finalizers).toEqual(['foregroundDeletion']);
    c.advance(10_000);
    expect(c.tryGet('deploy', 'default', 'web')).toBeUndefined();
    expect(names(c, 'pods')).toEqual([]);
  });

  it('removes a namespace after its contents, refusing new objects meanwhile', () => {
    const c = newCluster();
    c.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team' } });
    expect(names(c, 'cm', 'team')).toEqual(['kube-root-ca.crt']);
    expect(names(c, 'sa', 'team')).toEqual(['default']);
    c.create({ ...deployment('web', 'nginx', 2), metadata: { name: 'web', namespace: 'team', labels: { app: 'web' } } } as KObject);
    c.advance(8_000);
    c.delete('ns', undefined, 'team');
    expect(statusOf(c.get('ns', undefined, 'team')).phase).toBe('Terminating');
    expect(() => c.create({ ...pod('late', 'nginx'), metadata: { name: 'late', namespace: 'team' } })).toThrow(
      'pods "late" is forbidden: unable to create new content in namespace team because it is being terminated',
    );
    c.advance(20_000);
    expect(c.tryGet('ns', undefined, 'team')).toBeUndefined();
    expect(c.list('pods', 'team')).toEqual([]);
  });

  it('refuses to delete the default namespace', () => {
    const c = newCluster();
    expect(() => c.delete('ns', undefined, 'default')).toThrow('namespaces "default" is forbidden: this namespace may not be deleted');
  });
});

describe('nodes', () => {
  it('report status every five minutes, moving heartbeats and the lease renew time', () => {
    const c = newCluster();
    c.advance(3600_000);
    const ready = ((c.get('nodes', undefined, 'node2').status as Json).conditions as Json[]).find((x) => x.type === 'Ready')!;
    expect(c.now() - Date.parse(ready.lastHeartbeatTime)).toBeLessThanOrEqual(5 * 60_000);
    expect(Date.parse(ready.lastTransitionTime)).toBeLessThan(c.now() - 3600_000);
    const lease = c.get('leases', 'kube-node-lease', 'node2');
    expect(c.now() - Date.parse((lease.spec as Json).renewTime)).toBeLessThanOrEqual(5 * 60_000);
  });

  it('taints a node that is not ready so nothing is scheduled there', () => {
    const c = newCluster({ nodes: ['node1', { name: 'node2', ready: false }] });
    expect((c.get('nodes', undefined, 'node2').spec as Json).taints).toEqual([
      { effect: 'NoSchedule', key: 'node.kubernetes.io/not-ready' },
      { effect: 'NoExecute', key: 'node.kubernetes.io/not-ready' },
    ]);
    c.create(pod('p', 'nginx'));
    expect(podStatus(c, 'p')).toBe('Pending');
  });
});

describe('system objects', () => {
  it('boots a two-node kubeadm cluster with running kube-system pods', () => {
    const c = newCluster();
    expect(names(c, 'nodes', undefined)).toEqual(['node1', 'node2']);
    expect(names(c, 'ns', undefined)).toEqual(['default', 'kube-node-lease', 'kube-public', 'kube-system']);
    const sys = c.list('pods', 'kube-system');
    expect(sys.map((p) => p.metadata.name.replace(/-[bcdfghjklmnpqrstvwxz2456789]{5}$/, '').replace(/-[456789bcdf]{6,10}$/, ''))).toEqual([
      'coredns',
      'coredns',
      'etcd-node1',
      'kube-apiserver-node1',
      'kube-controller-manager-node1',
      'kube-proxy',
      'kube-proxy',
      'kube-scheduler-node1',
    ]);
    for (const p of sys) expect(podSummary(p as Json, c.now()).reason).toBe('Running');
    expect((c.get('svc', 'default', 'kubernetes').spec as Json).clusterIP).toBe('10.96.0.1');
  });
});

describe('image references', () => {
  it.each([
    ['nginx', true],
    ['nginx:1.27.3', true],
    ['nginx:1.27-alpine', true],
    ['nginx:stable-alpine3.20', true],
    ['redis:7.4-bookworm', true],
    ['python:3.12-slim', true],
    ['nginx:lates', false],
    ['nginx:1.27-alpinee', false],
    ['in28min/hello-world-rest-api:0.0.1.RELEASE', true],
    ['dockercoins/worker:v0.1', true],
    ['nginxx', false],
    ['myregistry.example.com/team/app:1.0', false],
  ])('%s pulls: %s', (image, ok) => {
    const c = newCluster();
    c.create(pod('p', image));
    c.advance(30_000); // python is a 386 MB pull
    const reason = podStatus(c, 'p');
    const pulled = c.list('events', 'default').some((e) => e.reason === 'Pulled');
    expect(pulled).toBe(ok);
    expect(['ErrImagePull', 'ImagePullBackOff'].includes(reason)).toBe(!ok);
  });

  it('words a missing tag as "not found"', () => {
    const c = newCluster();
    c.create(pod('p', 'nginx:lates'));
    c.advance(5_000);
    const failed = c.list('events', 'default').find((e) => String(e.message).startsWith('Failed to pull image'))!;
    expect(failed.message).toBe(
      'Failed to pull image "nginx:lates": failed to pull and unpack image "docker.io/library/nginx:lates": failed to resolve reference "docker.io/library/nginx:lates": docker.io/library/nginx:lates: not found',
    );
  });
});

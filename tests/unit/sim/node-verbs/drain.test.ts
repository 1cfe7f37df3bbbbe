import { describe, expect, it } from 'vitest';
import { createSimulator, type Simulator } from '../../../../src-main/sim/index';

/** A cluster whose control plane accepts pods, so that draining node2 leaves node1 to reschedule on. */
function twoWorkers(files?: Record<string, string>): Simulator {
  const sim = createSimulator({ files });
  const node1 = sim.cluster.get('nodes', undefined, 'node1');
  sim.cluster.update({ ...node1, spec: { ...(node1.spec as object), taints: [] } });
  return sim;
}

function podNames(sim: Simulator, ns = 'default'): string[] {
  return sim.cluster.list('pods', ns).map((p) => p.metadata.name);
}

function proxyOn(sim: Simulator, node: string): string {
  const pod = sim.cluster.list('pods', 'kube-system').find((p) => p.metadata.name.startsWith('kube-proxy-') && (p.spec as { nodeName?: string }).nodeName === node);
  return `kube-system/${pod!.metadata.name}`;
}

/** The output without the lines about kube-system's coredns pods, which node2 also runs. */
function withoutCoreDns(stdout: string): string {
  return stdout.split('\n').filter((l) => !l.includes('coredns-')).join('\n');
}

const EMPTYDIR_POD = `apiVersion: v1
kind: Pod
metadata:
  name: cache
spec:
  nodeName: node2
  containers:
  - name: c
    image: nginx
    volumeMounts:
    - {name: scratch, mountPath: /scratch}
  volumes:
  - name: scratch
    emptyDir: {}
`;

describe('kubectl drain', () => {
  it('refuses DaemonSet pods without --ignore-daemonsets, after cordoning, and lists the pending node', () => {
    const sim = twoWorkers();
    const r = sim.run('kubectl drain node2');
    const msg = `cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): ${proxyOn(sim, 'node2')}`;
    expect(r).toEqual({
      exitCode: 1,
      stdout: 'node/node2 cordoned\n',
      stderr: `error: unable to drain node "node2" due to error: ${msg}, continuing command...\nThere are pending nodes to be drained:\n node2\n${msg}\n`,
    });
    expect(sim.cluster.get('nodes', undefined, 'node2').spec).toMatchObject({ unschedulable: true });
  });

  it('refuses pods without a controller unless --force, and groups both errors in brackets', () => {
    const sim = twoWorkers();
    sim.run('kubectl run solo --image=nginx');
    sim.cluster.advance(10_000);
    const r = sim.run('kubectl drain node2');
    expect(r.exitCode).toBe(1);
    expect(r.stderr.split('\n').at(-2)).toBe(
      `[cannot delete Pods declare no controller (use --force to override): default/solo, cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): ${proxyOn(sim, 'node2')}]`,
    );
    expect(podNames(sim)).toEqual(['solo']);
  });

  it('evicts the pods, prints each eviction, and the ReplicaSet recreates them on the other node', () => {
    const sim = twoWorkers();
    sim.run('kubectl create deployment web --image=nginx --replicas=2');
    sim.cluster.advance(20_000);
    const before = sim.cluster.list('pods', 'default');
    expect(before.map((p) => (p.spec as { nodeName: string }).nodeName)).toEqual(['node2', 'node2']);
    const r = sim.run('kubectl drain node2 --ignore-daemonsets');
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe(`Warning: ignoring DaemonSet-managed Pods: ${proxyOn(sim, 'node2')}\n`);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('node/node2 cordoned');
    for (const p of before) {
      expect(lines).toContain(`evicting pod default/${p.metadata.name}`);
      expect(lines).toContain(`pod/${p.metadata.name} evicted`);
      expect(lines.indexOf(`evicting pod default/${p.metadata.name}`)).toBeLessThan(lines.indexOf(`pod/${p.metadata.name} evicted`));
    }
    expect(lines.at(-2)).toBe('node/node2 drained');
    sim.cluster.advance(20_000);
    const after = sim.cluster.list('pods', 'default');
    expect(after).toHaveLength(2);
    expect(after.map((p) => (p.spec as { nodeName: string }).nodeName)).toEqual(['node1', 'node1']);
    expect(after.some((p) => before.some((b) => b.metadata.name === p.metadata.name))).toBe(false);
  });

  it('needs --delete-emptydir-data for pods with emptyDir volumes; then the last filter\'s warning is shown', () => {
    const sim = twoWorkers({ 'cache.yaml': EMPTYDIR_POD });
    expect(sim.run('kubectl apply -f cache.yaml').exitCode).toBe(0);
    sim.cluster.advance(10_000);
    const refused = sim.run('kubectl drain node2 --ignore-daemonsets --force');
    expect(refused.stderr).toContain('\ncannot delete Pods with local storage (use --delete-emptydir-data to override): default/cache\n');
    const ok = sim.run('kubectl drain node2 --ignore-daemonsets --force --delete-emptydir-data');
    expect(ok.exitCode).toBe(0);
    expect(ok.stderr).toBe(`Warning: deleting Pods that declare no controller: default/cache; ignoring DaemonSet-managed Pods: ${proxyOn(sim, 'node2')}\n`);
    expect(ok.stdout).toContain('pod/cache evicted\n');
    expect(podNames(sim)).toEqual([]);
  });

  it('changes no pod with --dry-run=client', () => {
    const sim = twoWorkers();
    sim.run('kubectl create deployment web --image=nginx --replicas=1');
    sim.cluster.advance(20_000);
    const [pod] = podNames(sim);
    const r = sim.run('kubectl drain node2 --ignore-daemonsets --dry-run=client');
    expect(withoutCoreDns(r.stdout)).toBe(`node/node2 cordoned (dry run)\nevicting pod default/${pod} (dry run)\nnode/node2 drained (dry run)\n`);
    expect(podNames(sim)).toEqual([pod]);
    expect(sim.cluster.get('nodes', undefined, 'node2').spec).not.toHaveProperty('unschedulable');
  });

  it('gives up when --timeout passes before the pods are gone', () => {
    const sim = twoWorkers();
    sim.run('kubectl run sleeper --image=busybox -- sleep 3600');
    sim.cluster.advance(20_000);
    const start = sim.cluster.now();
    const r = sim.run('kubectl drain node2 --ignore-daemonsets --force --timeout=5s');
    expect(r.exitCode).toBe(1);
    expect(withoutCoreDns(r.stdout)).toBe('node/node2 cordoned\nevicting pod default/sleeper\n');
    expect(r.stderr).toContain('There are pending pods in node "node2" when an error occurred: drain did not complete within 5s\npod/sleeper\n');
    expect(r.stderr.endsWith('There are pending nodes to be drained:\n node2\ndrain did not complete within 5s\n')).toBe(true);
    expect(sim.cluster.now() - start).toBe(5000);
  });

  it('uses delete instead of eviction with --disable-eviction', () => {
    const sim = twoWorkers();
    sim.run('kubectl run solo --image=nginx');
    sim.cluster.advance(10_000);
    const r = sim.run('kubectl drain node2 --ignore-daemonsets --force --disable-eviction --grace-period=0');
    expect(withoutCoreDns(r.stdout)).toBe('node/node2 cordoned\npod/solo deleted\nnode/node2 drained\n');
  });

  it('retries an eviction a PodDisruptionBudget refuses every 5s, until a replacement is Ready elsewhere', () => {
    const sim = twoWorkers();
    sim.run('kubectl create deployment web --image=nginx --replicas=2');
    sim.run('kubectl create pdb web --selector=app=web --min-available=1');
    sim.cluster.advance(20_000);
    const [a, b] = podNames(sim);
    const r = sim.run('kubectl drain node2 --ignore-daemonsets --pod-selector=app=web');
    expect(r.exitCode).toBe(0);
    const refusal = `error when evicting pods/"${b}" -n "default" (will retry after 5s): Cannot evict pod as it would violate the pod's disruption budget.`;
    expect(r.stderr.split('\n')).toContain(refusal);
    const out = r.stdout.split('\n');
    expect(out.filter((l) => l === `evicting pod default/${b}`).length).toBeGreaterThan(1);
    expect(out.indexOf(`pod/${a} evicted`)).toBeLessThan(out.indexOf(`pod/${b} evicted`));
    expect(out.at(-2)).toBe('node/node2 drained');
  });

  it('gives up on a budget that never allows a disruption when --timeout passes', () => {
    const sim = twoWorkers();
    sim.run('kubectl create deployment web --image=nginx --replicas=1');
    sim.run('kubectl create pdb web --selector=app=web --min-available=1');
    sim.cluster.advance(20_000);
    const [pod] = podNames(sim);
    const r = sim.run('kubectl drain node2 --ignore-daemonsets --pod-selector=app=web --timeout=12s');
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe(`node/node2 cordoned\n${`evicting pod default/${pod}\n`.repeat(3)}`);
    expect(r.stderr.endsWith(`There are pending nodes to be drained:\n node2\nerror when evicting pods/"${pod}" -n "default": global timeout reached: 12s\n`)).toBe(true);
    expect(podNames(sim)).toEqual([pod]);
  });

  it('leaves the control plane\'s static pods alone without a word', () => {
    const sim = createSimulator();
    const r = sim.run('kubectl drain node1 --ignore-daemonsets');
    expect(r).toEqual({ exitCode: 0, stdout: 'node/node1 cordoned\nnode/node1 drained\n', stderr: `Warning: ignoring DaemonSet-managed Pods: ${proxyOn(sim, 'node1')}\n` });
    expect(sim.cluster.list('pods', 'kube-system').filter((p) => p.metadata.name.endsWith('-node1'))).toHaveLength(4);
  });
});

import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../../src-main/sim/index';

describe('kubectl cluster-info dump', () => {
  it('prints nodes, then the lists of kube-system and the current namespace, and each container\'s logs', () => {
    const sim = createSimulator();
    sim.run('kubectl run web --image=nginx');
    sim.cluster.advance(10_000);
    const r = sim.run('kubectl cluster-info dump');
    expect(r.exitCode).toBe(0);
    const kinds = [...r.stdout.matchAll(/^ {4}"kind": "(\w+List)",$/gm)].map((m) => m[1]);
    const perNs = ['EventList', 'ReplicationControllerList', 'ServiceList', 'DaemonSetList', 'DeploymentList', 'ReplicaSetList', 'PodList'];
    expect(kinds).toEqual(['NodeList', ...perNs, ...perNs]);
    expect(r.stdout).toContain('==== START logs for container web of pod default/web ====\n');
    expect(r.stdout).toContain('==== END logs for container web of pod default/web ====\n');
    expect(r.stdout.startsWith('{\n    "apiVersion": "v1",\n')).toBe(true);
  });

  it('dumps the namespaces asked for, and refuses --output-directory', () => {
    const sim = createSimulator();
    const kinds = [...sim.run('kubectl cluster-info dump --namespaces default').stdout.matchAll(/^ {4}"kind": "(\w+List)",$/gm)];
    expect(kinds.length).toBe(8);
    expect(sim.run('kubectl cluster-info dump --output-directory=/tmp/x').exitCode).toBe(1);
  });
});

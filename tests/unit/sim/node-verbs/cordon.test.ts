import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../../src-main/sim/index';

function nodesOfPods(sim: ReturnType<typeof createSimulator>, prefix: string): string[] {
  return sim.cluster
    .list('pods', 'default')
    .filter((p) => p.metadata.name.startsWith(prefix))
    .map((p) => String((p.spec as { nodeName?: string }).nodeName ?? '<none>'));
}

describe('kubectl cordon and uncordon', () => {
  it('marks the node unschedulable, and says so when it already is', () => {
    const sim = createSimulator();
    expect(sim.run('kubectl cordon node2')).toEqual({ exitCode: 0, stdout: 'node/node2 cordoned\n', stderr: '' });
    expect(sim.run('kubectl cordon node/node2')).toEqual({ exitCode: 0, stdout: 'node/node2 already cordoned\n', stderr: '' });
    expect(sim.run('kubectl get nodes').stdout).toMatch(/^node2 +Ready,SchedulingDisabled /m);
    expect(sim.run('kubectl uncordon node2')).toEqual({ exitCode: 0, stdout: 'node/node2 uncordoned\n', stderr: '' });
    expect(sim.run('kubectl uncordon node2').stdout).toBe('node/node2 already uncordoned\n');
    expect(sim.cluster.get('nodes', undefined, 'node2').spec).not.toHaveProperty('unschedulable');
  });

  it('changes nothing with --dry-run=client and marks the line as a dry run', () => {
    const sim = createSimulator();
    expect(sim.run('kubectl cordon node2 --dry-run=client').stdout).toBe('node/node2 cordoned (dry run)\n');
    expect(sim.cluster.get('nodes', undefined, 'node2').spec).not.toHaveProperty('unschedulable');
  });

  it('selects nodes with -l', () => {
    const sim = createSimulator();
    expect(sim.run('kubectl cordon -l kubernetes.io/hostname=node2').stdout).toBe('node/node2 cordoned\n');
  });

  it('answers a missing node and a missing argument as kubectl does', () => {
    const sim = createSimulator();
    expect(sim.run('kubectl cordon nope')).toEqual({ exitCode: 1, stdout: '', stderr: 'Error from server (NotFound): nodes "nope" not found\n' });
    expect(sim.run('kubectl uncordon')).toEqual({ exitCode: 1, stdout: '', stderr: "error: USAGE: uncordon NODE [flags]\nSee 'kubectl uncordon -h' for help and examples\n" });
  });

  it('keeps new pods off a cordoned node until it is uncordoned', () => {
    const sim = createSimulator();
    sim.run('kubectl cordon node2');
    sim.run('kubectl create deployment web --image=nginx --replicas=2');
    sim.cluster.advance(10_000);
    // node1 is the tainted control plane: with node2 cordoned nothing fits.
    expect(nodesOfPods(sim, 'web-')).toEqual(['<none>', '<none>']);
    sim.run('kubectl uncordon node2');
    sim.cluster.advance(10_000);
    expect(nodesOfPods(sim, 'web-')).toEqual(['node2', 'node2']);
  });
});

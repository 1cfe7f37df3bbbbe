import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../../src-main/sim/index';
import { parseWaitCondition } from '../../../../src-main/sim/kubectl/cmd/wait-conditions';

function deployed() {
  const sim = createSimulator();
  sim.run('kubectl create deployment web --image=nginx --replicas=2');
  const pods = sim.cluster.list('pods', 'default').map((p) => p.metadata.name);
  return { sim, pods, start: sim.cluster.now() };
}

describe('kubectl wait', () => {
  it('advances the virtual clock until the pods are Ready, then says so for each', () => {
    const { sim, pods, start } = deployed();
    expect(sim.cluster.list('pods', 'default').every((p) => (p.status as { phase?: string }).phase === 'Pending')).toBe(true);
    const r = sim.run('kubectl wait --for=condition=Ready pod -l app=web');
    expect(r).toEqual({ exitCode: 0, stdout: pods.map((p) => `pod/${p} condition met\n`).join(''), stderr: '' });
    const elapsed = sim.cluster.now() - start;
    expect(elapsed).toBeGreaterThan(0);
    expect(elapsed).toBeLessThan(30_000);
  });

  it('compares condition names and values case-insensitively, and names the resource with its group', () => {
    const { sim } = deployed();
    expect(sim.run('kubectl wait --for=condition=available deployment/web').stdout).toBe('deployment.apps/web condition met\n');
  });

  it('times out after --timeout of virtual time with kubectl\'s message', () => {
    const { sim, pods } = deployed();
    sim.cluster.advance(30_000); // Ready now: waiting for Ready=false can only time out
    const start = sim.cluster.now();
    const r = sim.run(`kubectl wait --for=condition=Ready=false pod/${pods[0]} --timeout=5s`);
    expect(r).toEqual({ exitCode: 1, stdout: '', stderr: `error: timed out waiting for the condition on pods/${pods[0]}\n` });
    expect(sim.cluster.now() - start).toBe(5000);
  });

  it('checks once with --timeout=0', () => {
    const { sim, pods, start } = deployed();
    expect(sim.run(`kubectl wait --for=condition=Ready pod/${pods[0]} --timeout=0`).stderr).toBe(`error: timed out waiting for the condition on pods/${pods[0]}\n`);
    expect(sim.cluster.now()).toBe(start);
  });

  it('waits for a deletion, and treats a missing object as already deleted', () => {
    const sim = createSimulator();
    sim.run('kubectl run solo --image=busybox -- sleep 3600');
    sim.cluster.advance(15_000);
    sim.run('kubectl delete pod solo --wait=false');
    expect(sim.cluster.tryGet('pods', 'default', 'solo')).toBeDefined();
    expect(sim.run('kubectl wait --for=delete pod/solo --timeout=60s')).toEqual({ exitCode: 0, stdout: 'pod/solo condition met\n', stderr: '' });
    expect(sim.cluster.tryGet('pods', 'default', 'solo')).toBeUndefined();
    expect(sim.run('kubectl wait --for=delete pod/solo')).toEqual({ exitCode: 0, stdout: '', stderr: '' });
  });

  it('waits for a JSONPath value, with or without the value', () => {
    const { sim } = deployed();
    expect(sim.run("kubectl wait --for=jsonpath='{.status.readyReplicas}'=2 deploy/web").stdout).toBe('deployment.apps/web condition met\n');
    expect(sim.run('kubectl wait --for=jsonpath={.status.availableReplicas} deploy/web').stdout).toBe('deployment.apps/web condition met\n');
  });

  it('waits for a Job to complete', () => {
    const sim = createSimulator();
    sim.run('kubectl create job once --image=busybox -- echo hi');
    expect(sim.run('kubectl wait --for=condition=complete job/once --timeout=120s')).toEqual({ exitCode: 0, stdout: 'job.batch/once condition met\n', stderr: '' });
  });

  it('answers bad conditions, missing objects and empty selections as kubectl does', () => {
    const { sim } = deployed();
    expect(sim.run('kubectl wait --for=ready pod -l app=web')).toEqual({ exitCode: 1, stdout: '', stderr: 'error: unrecognized condition: "ready"\n' });
    expect(sim.run('kubectl wait --for=condition=Ready pod/nope')).toEqual({ exitCode: 1, stdout: '', stderr: 'Error from server (NotFound): pods "nope" not found\n' });
    expect(sim.run('kubectl wait --for=condition=Ready pod -l app=none')).toEqual({ exitCode: 1, stdout: '', stderr: 'error: no matching resources found\n' });
    expect(sim.run('kubectl wait --for=condition=Ready pods').stderr).toBe('error: resource(s) were provided, but no name was specified\n');
    expect(sim.run('kubectl wait --for=condition=Ready').stderr).toMatch(/^error: You must provide one or more resources/);
    expect(sim.run("kubectl wait --for=jsonpath='{.status.phase}'= pod -l app=web").stderr).toBe("error: jsonpath wait has to have a value after equal sign, like --for=jsonpath='{.status.readyReplicas}'=3\n");
  });
});

describe('wait conditions', () => {
  it('does not count a condition observed for an older generation', () => {
    const c = parseWaitCondition('condition=Available');
    const obj = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd', generation: 2 }, status: { conditions: [{ type: 'Available', status: 'True', observedGeneration: 1 }] } };
    expect(c.check(obj)).toEqual({ met: false });
    obj.status.conditions[0]!.observedGeneration = 2;
    expect(c.check(obj)).toEqual({ met: true });
  });

  it('keeps == inside a JSONPath filter when splitting off the value', () => {
    const c = parseWaitCondition('jsonpath={.status.conditions[?(@.type=="Ready")].status}=True');
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, status: { conditions: [{ type: 'Ready', status: 'True' }] } };
    expect(c.check(pod)).toEqual({ met: true });
  });
});

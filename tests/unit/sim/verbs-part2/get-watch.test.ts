import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../../src-main/sim/index';
import { WATCH_HORIZON_MS, WATCH_QUIET_MS } from '../../../../src-main/sim/kubectl/cmd/get-watch';

describe('kubectl get -w', () => {
  it('prints the listing, then one ragged row per change as the virtual clock advances', () => {
    const sim = createSimulator();
    sim.run('kubectl create deployment web --image=nginx --replicas=1');
    const pod = sim.cluster.list('pods', 'default')[0]!.metadata.name;
    const r = sim.run('kubectl get pods -w');
    expect(r.exitCode).toBe(0);
    const lines = r.stdout.split('\n').filter(Boolean);
    expect(lines[0]).toBe('NAME                   READY   STATUS              RESTARTS   AGE');
    expect(lines[1]).toBe(`${pod}   0/1     ContainerCreating   0          0s`);
    expect(lines.length).toBe(3);
    expect(lines[2]).toMatch(new RegExp(`^${pod}   1/1   Running   0     \\d+s$`));
  });

  it('ends after a quiet spell, having advanced the clock a bounded time', () => {
    const sim = createSimulator();
    sim.run('kubectl create deployment web --image=nginx');
    sim.cluster.advance(30_000);
    const before = sim.cluster.now();
    const r = sim.run('kubectl get deploy -w');
    expect(r.stdout.split('\n').filter(Boolean).length).toBe(2);
    const waited = sim.cluster.now() - before;
    expect(waited).toBeGreaterThanOrEqual(WATCH_QUIET_MS);
    expect(waited).toBeLessThanOrEqual(WATCH_HORIZON_MS);
  });

  it('shows a deleted pod terminating and then its last row, and the replacement starting', () => {
    const sim = createSimulator();
    sim.run('kubectl create deployment web --image=nginx');
    sim.cluster.advance(30_000);
    const old = sim.cluster.list('pods', 'default')[0]!.metadata.name;
    sim.run('kubectl delete pod --all --wait=false');
    const lines = sim.run('kubectl get pods -w').stdout.split('\n').filter(Boolean);
    expect(lines.filter((l) => l.startsWith(old)).every((l) => l.includes('Terminating'))).toBe(true);
    expect(lines.filter((l) => l.startsWith(old)).length).toBe(2);
    expect(lines.some((l) => !l.startsWith(old) && l.includes('Running'))).toBe(true);
    expect(sim.run('kubectl get pods').stdout).not.toContain(old);
  });

  it('prints only the changes with --watch-only, and objects with -o name', () => {
    const sim = createSimulator();
    sim.run('kubectl create deployment web --image=nginx');
    const lines = sim.run('kubectl get pods --watch-only').stdout.split('\n').filter(Boolean);
    expect(lines.length).toBe(1);
    expect(lines[0]).toContain('Running');
    expect(sim.run('kubectl get deploy web -w -o name').stdout).toBe('deployment.apps/web\n');
  });
});

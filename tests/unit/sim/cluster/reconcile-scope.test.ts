import { afterEach, describe, expect, it, vi } from 'vitest';
import { RESOURCES } from '../../../../src-main/sim/api/registry';
import { storageKey, type Cluster } from '../../../../src-main/sim/cluster/cluster';
import { CONTROLLERS } from '../../../../src-main/sim/controllers';
import { deploymentController } from '../../../../src-main/sim/controllers/deployment';
import { ControllerMemory } from '../../../../src-main/sim/controllers/memory';
import { createSimulator, type Simulator } from '../../../../src-main/sim/index';

/** Every stored object and the clock, as one comparable value. */
function snapshot(c: Cluster): Record<string, unknown> {
  const out: Record<string, unknown> = { now: c.now() };
  for (const res of c.store.resources().sort()) out[res] = c.store.list(res);
  return out;
}

function webCluster(): Simulator {
  const sim = createSimulator({ seed: 11, start: Date.UTC(2026, 0, 15, 10) });
  sim.run('kubectl create deployment web --image=nginx --replicas=2');
  sim.run('kubectl expose deployment web --port=80');
  sim.run('kubectl create job once --image=busybox -- echo hi');
  sim.cluster.advance(60_000);
  return sim;
}

const COMMANDS = [
  'kubectl scale deployment web --replicas=5',
  'kubectl label deployment web tier=fe',
  'kubectl set image deployment/web nginx=nginx:1.27',
  'kubectl create configmap settings --from-literal=a=b',
  'kubectl delete pod -l app=web --wait=false',
  'kubectl create clusterrole agg --aggregation-rule=example.com/agg=true',
  'kubectl create clusterrole reader --verb=get --resource=pods',
  'kubectl label clusterrole reader example.com/agg=true',
];

describe('reconciling only what a write touches', () => {
  afterEach(() => vi.restoreAllMocks());

  it('has every controller watch resources that exist, by their storage keys', () => {
    const keys = new Set(RESOURCES.map(storageKey));
    for (const c of CONTROLLERS) for (const res of c.watches ?? []) expect(keys, `${c.name} watches ${res}`).toContain(res);
  });

  it('runs a controller after a write to what it watches, and not after other writes', () => {
    const sim = webCluster();
    const sync = vi.spyOn(deploymentController, 'sync');
    sim.run('kubectl create configmap settings --from-literal=a=b');
    expect(sync).not.toHaveBeenCalled();
    sim.run('kubectl scale deployment web --replicas=3');
    expect(sync).toHaveBeenCalled();
  });

  it('gives a copy of a settled cluster the same future as the original', () => {
    const original = webCluster();
    const copy = original.clone();
    // Another copy working in between must not leak into either (controller memory is copy-on-write).
    const other = original.clone();
    other.run('kubectl scale deployment web --replicas=1');
    other.run('kubectl delete service web');
    for (const line of COMMANDS) {
      const a = original.run(line);
      const b = copy.run(line);
      expect(b, line).toEqual(a);
      original.cluster.advance(5_000);
      copy.cluster.advance(5_000);
      expect(snapshot(copy.cluster), line).toEqual(snapshot(original.cluster));
    }
  });

  it('reaches the same state when every controller reconciles from scratch', () => {
    const warm = webCluster().clone();
    const cold = webCluster().clone();
    for (const line of COMMANDS) {
      // Forgetting what controllers remember makes them recompute every owner on the next write.
      cold.cluster.memory = new ControllerMemory();
      warm.run(line);
      cold.run(line);
      warm.cluster.advance(3_000);
      cold.cluster.advance(3_000);
      expect(snapshot(warm.cluster), line).toEqual(snapshot(cold.cluster));
    }
  });
});

describe('ControllerMemory', () => {
  it('shares entries with a clone until either side writes', () => {
    const a = new ControllerMemory();
    a.set('deployment/1', 'rv1');
    const b = a.clone();
    expect(b.get('deployment/1')).toBe('rv1');
    b.set('deployment/1', 'rv2');
    a.set('replicaset/2', 'rv3');
    b.delete('replicaset/2');
    expect(a.get('deployment/1')).toBe('rv1');
    expect(a.get('replicaset/2')).toBe('rv3');
    expect(b.get('deployment/1')).toBe('rv2');
    expect(b.get('replicaset/2')).toBeUndefined();
  });
});

describe('Cluster.waitFor', () => {
  /** kubectl delete's wait as it was first written: one advance per second, polling in between. */
  function pollEverySecond(c: Cluster, done: () => boolean, maxSteps: number): number {
    let steps = 0;
    for (; steps < maxSteps && !done(); steps++) c.advance(1000);
    return steps;
  }

  it('ends where polling every second ends, even when events expire during the wait', () => {
    const start = webCluster();
    // ping ignores SIGTERM: its pod takes the whole grace period (30 s) to go.
    start.run('kubectl create deployment pinger --image=alpine -- ping 8.8.8.8');
    // The cluster's first events are an hour old ten seconds into the wait.
    start.cluster.advance(60 * 60 * 1000 - 70_000);
    const pod = start.cluster.list('pods', 'default', { labelSelector: 'app=pinger' })[0]!;
    const polled = start.clone();
    const waited = start.clone();
    for (const sim of [polled, waited]) sim.cluster.delete('pods', 'default', pod.metadata.name);
    const gone = (sim: Simulator) => () => sim.cluster.tryGet('pods', 'default', pod.metadata.name) === undefined;
    const steps = pollEverySecond(polled.cluster, gone(polled), 120);
    expect(waited.cluster.waitFor(gone(waited), 1000, 120)).toBe(steps);
    expect(steps).toBeGreaterThan(20);
    const left = new Set(polled.cluster.list('events', undefined).map((e) => e.metadata.name));
    expect(start.cluster.list('events', undefined).filter((e) => !left.has(e.metadata.name)).length).toBeGreaterThan(0); // some expired meanwhile
    expect(snapshot(waited.cluster)).toEqual(snapshot(polled.cluster));
  });

  it('gives up after the last step when the condition never holds', () => {
    const polled = webCluster();
    const waited = polled.clone();
    expect(pollEverySecond(polled.cluster, () => false, 120)).toBe(120);
    expect(waited.cluster.waitFor(() => false, 1000, 120)).toBe(120);
    expect(snapshot(waited.cluster)).toEqual(snapshot(polled.cluster));
  });
});

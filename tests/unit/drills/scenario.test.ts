import { describe, expect, it } from 'vitest';
import { buildScenario, ScenarioBuildError, ScenarioCache } from '../../../src-main/drills';
import { BLUE_GREEN, BROKEN, PINGPONG } from './scenarios';

describe('scenarios', () => {
  it('builds the same cluster from the same seed, down to generated names', () => {
    const a = buildScenario(PINGPONG).run('kubectl get pods -o wide');
    const b = buildScenario(PINGPONG).run('kubectl get pods -o wide');
    expect(a.stdout).toMatch(/^pingpong-[a-z0-9]+-[a-z0-9]{5} /m);
    expect(a).toEqual(b);
  });

  it('names the failing setup step and shows kubectl’s error', () => {
    expect(() => buildScenario(BROKEN)).toThrow(ScenarioBuildError);
    expect(() => buildScenario(BROKEN)).toThrow(/^scenario broken: setup step 2 \(kubectl scale deployment nope --replicas=2\) failed: .*deployments.apps "nope" not found/);
  });

  it('hands out independent copies of one cached build', () => {
    let builds = 0;
    const cache = new ScenarioCache((id) => (builds++, id === 'azul-verde' ? BLUE_GREEN : undefined));
    const one = cache.fresh('azul-verde');
    one.run('kubectl delete deployment web');
    const two = cache.fresh('azul-verde');
    expect(two.run('kubectl get deploy web').exitCode).toBe(0);
    expect(builds).toBe(1);
    expect(() => cache.fresh('nope')).toThrow(/scenario nope: no such scenario/);
  });

  it('creates the scenario’s namespaces and virtual files', () => {
    const sim = buildScenario(BLUE_GREEN);
    expect(sim.run('kubectl get deploy -n blue').stdout).toMatch(/^redis /m);
    expect(sim.run('kubectl create -f web.yaml').stdout).toBe('configmap/web-config created\n');
  });
});

import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../../src-main/sim/index';
import { webDeployment } from '../../../helpers/manifests';
import { LAST_APPLIED, mergeApplied } from '../../../../src-main/sim/kubectl/cmd/apply';

const deploy = (replicas: number, metadataLabels = true) => webDeployment({ replicas, metadataLabels });

describe('kubectl apply -f', () => {
  it('creates, then reports unchanged, then configured, as kubectl does', () => {
    const sim = createSimulator({ files: { 'a.yaml': deploy(2), 'b.yaml': deploy(4, false) } });
    expect(sim.run('kubectl apply -f a.yaml').stdout).toBe('deployment.apps/web created\n');
    expect(sim.run('kubectl apply -f a.yaml').stdout).toBe('deployment.apps/web unchanged\n');
    expect(sim.run('kubectl apply -f b.yaml').stdout).toBe('deployment.apps/web configured\n');
    const live = sim.cluster.get('deployments', 'default', 'web');
    expect((live.spec as { replicas: number }).replicas).toBe(4);
    // The label was in the last applied configuration and is gone from the file: apply removes it.
    expect(live.metadata.labels ?? {}).toEqual({});
    expect(live.metadata.annotations?.[LAST_APPLIED]).toBe(
      '{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"annotations":{},"name":"web","namespace":"default"},"spec":{"replicas":4,"selector":{"matchLabels":{"app":"web"}},"template":{"metadata":{"labels":{"app":"web"}},"spec":{"containers":[{"image":"nginx:1.25","name":"nginx"}]}}}}\n',
    );
  });

  it('merges maps key by key and drops only keys the previous apply set', () => {
    expect(mergeApplied({ a: 1, b: { x: 1, y: 2 }, c: 3 }, { b: { x: 5 } }, { b: { x: 1, y: 2 }, a: 1 })).toEqual({ b: { x: 5 }, c: 3 });
  });
});

describe('kubectl set image', () => {
  it('changes a live deployment and refuses an unknown container', () => {
    const sim = createSimulator();
    sim.run('kubectl create deployment web --image=nginx');
    expect(sim.run('kubectl set image deployment/web nginx=nginx:1.26').stdout).toBe('deployment.apps/web image updated\n');
    expect(sim.run('kubectl get deploy web -o jsonpath={.spec.template.spec.containers[0].image}').stdout).toBe('nginx:1.26');
    expect(sim.run('kubectl set image deployment/web nope=x')).toEqual({ exitCode: 1, stdout: '', stderr: 'error: unable to find container named "nope"\n' });
  });
});

describe('--record (deprecated, hidden)', () => {
  it('warns as cobra does and records the change cause as kubectl writes it', () => {
    const sim = createSimulator();
    sim.run('kubectl create deployment web --image=nginx');
    const r = sim.run('kubectl -n default set image deployment/web nginx=nginx:1.9.1 --record');
    expect(r.stderr).toBe('Flag --record has been deprecated, --record will be removed in the future\n');
    expect(sim.cluster.get('deployments', 'default', 'web').metadata.annotations?.['kubernetes.io/change-cause']).toBe(
      'kubectl set image deployment/web nginx=nginx:1.9.1 --namespace=default --record=true',
    );
  });
  it('stays unknown where kubectl 1.32 never had it', () => {
    expect(createSimulator().run('kubectl create deployment x --image=nginx --record').stderr).toBe(
      "error: unknown flag: --record\nSee 'kubectl create deployment --help' for usage.\n",
    );
  });
});

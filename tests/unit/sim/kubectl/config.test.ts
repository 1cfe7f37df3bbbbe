import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../../src-main/sim/index';

describe('the kubeconfig and the config commands', () => {
  it('makes later commands use the namespace set on the current context', () => {
    const sim = createSimulator();
    sim.run('kubectl create namespace blue');
    expect(sim.run('kubectl config set-context --current --namespace=blue').stdout).toBe('Context "sim" modified.\n');
    expect(sim.namespace).toBe('blue');
    expect(sim.run('kubectl create deployment web --image=nginx').exitCode).toBe(0);
    expect(sim.cluster.tryGet('deployments', 'blue', 'web')).toBeDefined();
    expect(sim.run('kubectl get deploy').stderr).toBe('');
  });

  it('uses the namespace of the context named by --context', () => {
    const sim = createSimulator();
    sim.run('kubectl config set-context dev --cluster=sim --user=learner --namespace=dev');
    expect(sim.run('kubectl get pods --context=dev').stderr).toBe('No resources found in dev namespace.\n');
    expect(sim.run('kubectl config use-context dev').stdout).toBe('Switched to context "dev".\n');
    expect(sim.run('kubectl get pods').stderr).toBe('No resources found in dev namespace.\n');
  });

  it('keeps a clone\'s kubeconfig apart from the original', () => {
    const sim = createSimulator();
    const copy = sim.clone();
    copy.run('kubectl config set-context --current --namespace=other');
    expect(copy.namespace).toBe('other');
    expect(sim.namespace).toBe('default');
  });

  it('builds the kubeconfig of a scenario and lists it as kubectl does', () => {
    const sim = createSimulator({
      scenario: {
        kubeconfig: {
          currentContext: 'kubernetes-admin@kubernetes',
          clusters: [{ name: 'kubernetes', server: 'https://192.168.0.18:6443' }],
          users: [{ name: 'kubernetes-admin' }],
          contexts: [{ name: 'kubernetes-admin@kubernetes', cluster: 'kubernetes', user: 'kubernetes-admin' }],
        },
      },
    });
    expect(sim.run('kubectl config get-contexts').stdout).toBe(
      'CURRENT   NAME                          CLUSTER      AUTHINFO           NAMESPACE\n*         kubernetes-admin@kubernetes   kubernetes   kubernetes-admin   \n',
    );
    expect(sim.run('kubectl config view --minify -o jsonpath={.clusters[0].cluster.server}').stdout).toBe('https://192.168.0.18:6443');
  });
});

import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../../src-main/sim/index';

const VIEWER = `apiVersion: v1
kind: ServiceAccount
metadata:
  name: viewer
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: viewercanview
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: view
subjects:
- kind: ServiceAccount
  name: viewer
  namespace: default
`;

describe('kubectl auth can-i', () => {
  const sim = createSimulator({ files: { 'viewer.yaml': VIEWER } });
  sim.run('kubectl apply -f viewer.yaml');
  sim.run('kubectl create role pod-deleter --verb=delete --resource=pods --resource-name=web');
  sim.run('kubectl create rolebinding bob-deletes --role=pod-deleter --user=bob');

  it('answers yes for the kubeconfig user, the cluster admin', () => {
    // kubectl's Validate warns that nodes are cluster-scoped when the question carries a namespace.
    expect(sim.run('kubectl auth can-i delete nodes')).toEqual({ exitCode: 0, stdout: 'yes\n', stderr: "Warning: resource 'nodes' is not namespace scoped\n" });
  });
  it('reads a service account\'s bindings: view lets it read but not write, in its namespace only', () => {
    expect(sim.run('kubectl auth can-i list pods --as=system:serviceaccount:default:viewer').stdout).toBe('yes\n');
    expect(sim.run('kubectl auth can-i get deploy --as system:serviceaccount:default:viewer').stdout).toBe('yes\n');
    expect(sim.run('kubectl auth can-i create pods --as=system:serviceaccount:default:viewer')).toEqual({ exitCode: 1, stdout: 'no\n', stderr: '' });
    expect(sim.run('kubectl auth can-i get secrets --as=system:serviceaccount:default:viewer').stdout).toBe('no\n');
    expect(sim.run('kubectl auth can-i list nodes --as=system:serviceaccount:default:viewer').stdout).toBe('no\n');
    expect(sim.run('kubectl auth can-i list pods -n kube-system --as=system:serviceaccount:default:viewer').stdout).toBe('no\n');
  });
  it('honours resource names of a Role', () => {
    expect(sim.run('kubectl auth can-i delete pods/web --as=bob').stdout).toBe('yes\n');
    expect(sim.run('kubectl auth can-i delete pods/other --as=bob').stdout).toBe('no\n');
  });
  it('refuses a question without a resource in kubectl\'s words', () => {
    expect(sim.run('kubectl auth can-i get').stderr).toBe("error: you must specify two arguments: verb resource or verb resource/resourceName.\nSee 'kubectl auth can-i -h' for help and examples.\n");
  });
});

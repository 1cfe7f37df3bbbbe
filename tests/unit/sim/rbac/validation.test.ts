import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../../src-main/sim/index';

const binding = (role: string) => `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: viewercanview
  namespace: default
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: ${role}
subjects:
- kind: ServiceAccount
  name: viewer
  namespace: default
`;

describe('RBAC update validation', () => {
  it('refuses to change a binding\'s roleRef, as the API server does', () => {
    const sim = createSimulator({ seed: 2, files: { 'view.yaml': binding('view'), 'edit.yaml': binding('edit') } });
    expect(sim.run('kubectl apply -f view.yaml').exitCode).toBe(0);
    const r = sim.run('kubectl apply -f edit.yaml');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain(
      'roleRef: Invalid value: rbac.RoleRef{APIGroup:"rbac.authorization.k8s.io", Kind:"ClusterRole", Name:"edit"}: cannot change roleRef',
    );
    expect(JSON.parse(sim.run('kubectl get rolebinding viewercanview -o json').stdout).roleRef.name).toBe('view');
  });

  it('lets the subjects change', () => {
    const sim = createSimulator({ seed: 2, files: { 'view.yaml': binding('view'), 'more.yaml': `${binding('view')}- kind: User\n  name: jane\n  apiGroup: rbac.authorization.k8s.io\n` } });
    sim.run('kubectl apply -f view.yaml');
    expect(sim.run('kubectl apply -f more.yaml')).toEqual({ exitCode: 0, stdout: 'rolebinding.rbac.authorization.k8s.io/viewercanview configured\n', stderr: '' });
    expect(sim.run('kubectl auth can-i list pods --as=jane').stdout).toBe('yes\n');
  });
});

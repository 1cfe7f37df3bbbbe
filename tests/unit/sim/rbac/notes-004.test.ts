import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../../src-main/sim/index';

/** Note 004, «RBAC»: a viewer service account given the view ClusterRole, then asked what it may do. */
describe('the RBAC walk-through of note 004', () => {
  const sim = createSimulator({ seed: 61 });

  it('creates the service account and its RoleBinding', () => {
    expect(sim.run('kubectl create sa viewer')).toEqual({ exitCode: 0, stdout: 'serviceaccount/viewer created\n', stderr: '' });
    expect(sim.run('kubectl create rolebinding viewercanview --clusterrole=view --serviceaccount=default:viewer')).toEqual({
      exitCode: 0,
      stdout: 'rolebinding.rbac.authorization.k8s.io/viewercanview created\n',
      stderr: '',
    });
  });

  it('answers the three authorization questions as the account would get them', () => {
    const as = '--as=system:serviceaccount:default:viewer';
    expect(sim.run(`kubectl auth can-i list nodes ${as}`)).toEqual({ exitCode: 1, stdout: 'no\n', stderr: "Warning: resource 'nodes' is not namespace scoped\n" });
    expect(sim.run(`kubectl auth can-i create pods ${as}`)).toEqual({ exitCode: 1, stdout: 'no\n', stderr: '' });
    expect(sim.run(`kubectl auth can-i get pods ${as}`)).toEqual({ exitCode: 0, stdout: 'yes\n', stderr: '' });
  });

  it('lets the account read everything view grants but not secrets', () => {
    const as = '--as=system:serviceaccount:default:viewer';
    expect(sim.run(`kubectl get all ${as}`).exitCode).toBe(0);
    expect(sim.run(`kubectl get secrets ${as}`).stderr).toBe(
      'Error from server (Forbidden): secrets is forbidden: User "system:serviceaccount:default:viewer" cannot list resource "secrets" in API group "" in the namespace "default"\n',
    );
  });

  it('finds system:masters in the ClusterRoleBindings', () => {
    const yaml = sim.run('kubectl get clusterrolebindings -o yaml').stdout;
    expect(yaml).toContain('    name: system:masters\n');
    expect(yaml).toContain('    name: kubeadm:cluster-admins\n');
  });

  it('prints whoami in any object format', () => {
    expect(sim.run('kubectl auth whoami -o jsonpath={.status.userInfo.username}').stdout).toBe('learner');
    expect(sim.run('kubectl auth whoami -o wide').stderr).toBe(
      'error: unable to match a printer suitable for the output format "wide", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml\n',
    );
  });
});

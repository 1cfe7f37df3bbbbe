import { describe, expect, it } from 'vitest';
import { createSimulator, type Simulator } from '../../../../src-main/sim/index';

const VIEWER = `apiVersion: v1
kind: ServiceAccount
metadata:
  name: viewer
  namespace: default
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: viewercanview
  namespace: default
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: view
subjects:
- kind: ServiceAccount
  name: viewer
  namespace: default
`;
const SA = '--as=system:serviceaccount:default:viewer';

function viewerSim(): Simulator {
  const sim = createSimulator({ seed: 5, files: { 'viewer.yaml': VIEWER } });
  expect(sim.run('kubectl apply -f viewer.yaml').exitCode).toBe(0);
  return sim;
}

describe('kubectl auth can-i', () => {
  const sim = viewerSim();

  it('answers the notes\' questions for the viewer service account (note 004, RBAC)', () => {
    expect(sim.run(`kubectl auth can-i list pods ${SA}`)).toEqual({ exitCode: 0, stdout: 'yes\n', stderr: '' });
    expect(sim.run(`kubectl auth can-i get pods ${SA}`)).toEqual({ exitCode: 0, stdout: 'yes\n', stderr: '' });
    expect(sim.run(`kubectl auth can-i create pods ${SA}`)).toEqual({ exitCode: 1, stdout: 'no\n', stderr: '' });
    expect(sim.run(`kubectl auth can-i list nodes ${SA}`)).toEqual({ exitCode: 1, stdout: 'no\n', stderr: "Warning: resource 'nodes' is not namespace scoped\n" });
  });

  it('answers yes to everything for the learner, whose kubeconfig user is a cluster admin', () => {
    expect(sim.run('kubectl auth can-i create pods')).toEqual({ exitCode: 0, stdout: 'yes\n', stderr: '' });
    expect(sim.run("kubectl auth can-i '*' '*' -A")).toEqual({ exitCode: 0, stdout: 'yes\n', stderr: '' });
  });

  it('checks another namespace with -n, and all of them with -A', () => {
    expect(sim.run(`kubectl auth can-i list pods -n kube-system ${SA}`).stdout).toBe('no\n');
    expect(sim.run(`kubectl auth can-i list pods -A ${SA}`).stdout).toBe('no\n');
    expect(sim.run(`kubectl auth can-i list nodes -A ${SA}`).stderr).toBe('');
  });

  it('checks subresources and resource names', () => {
    expect(sim.run(`kubectl auth can-i get pods --subresource=log ${SA}`).stdout).toBe('yes\n');
    expect(sim.run(`kubectl auth can-i create pods --subresource=exec ${SA}`).stdout).toBe('no\n');
    sim.run('kubectl create role web-deleter --verb=delete --resource=deployments.apps --resource-name=web');
    sim.run('kubectl create rolebinding bob --role=web-deleter --user=bob');
    expect(sim.run('kubectl auth can-i delete deployments.apps/web --as=bob').stdout).toBe('yes\n');
    expect(sim.run('kubectl auth can-i delete deploy/db --as=bob').stdout).toBe('no\n');
  });

  it('checks non-resource URLs against system:discovery and warns about unknown verbs', () => {
    expect(sim.run('kubectl auth can-i get /healthz --as=jane')).toEqual({ exitCode: 0, stdout: 'yes\n', stderr: '' });
    expect(sim.run('kubectl auth can-i get /metrics --as=jane')).toEqual({ exitCode: 1, stdout: 'no\n', stderr: '' });
    expect(sim.run('kubectl auth can-i fly /healthz --as=jane').stderr).toBe("Warning: verb 'fly' is not a known verb\n");
    expect(sim.run('kubectl auth can-i get /healthz --subresource=x').stderr).toBe('error: --subresource can not be used with NonResourceURL\n');
  });

  it('groups given with --as-group count, as bindings to groups do', () => {
    sim.run('kubectl create clusterrolebinding devs-edit --clusterrole=edit --group=devs');
    expect(sim.run('kubectl auth can-i create deployments --as=jane --as-group=devs').stdout).toBe('yes\n');
    expect(sim.run('kubectl auth can-i create deployments --as=jane').stdout).toBe('no\n');
  });

  it('prints only the exit code with -q', () => {
    expect(sim.run(`kubectl auth can-i create pods -q ${SA}`)).toEqual({ exitCode: 1, stdout: '', stderr: '' });
    expect(sim.run(`kubectl auth can-i get pods --quiet ${SA}`)).toEqual({ exitCode: 0, stdout: '', stderr: '' });
  });

  it('warns about a type the server does not have and still answers', () => {
    expect(sim.run('kubectl auth can-i get widgets --as=jane')).toEqual({ exitCode: 1, stdout: 'no\n', stderr: "Warning: the server doesn't have a resource type 'widgets'\n" });
    expect(sim.run('kubectl auth can-i approve certificates.k8s.io --as=jane').stderr).toBe("Warning: the server doesn't have a resource type 'certificates' in group 'k8s.io'\n");
    expect(sim.run('kubectl auth can-i fly widgets --as=jane').stderr).toBe("Warning: the server doesn't have a resource type 'widgets'\nWarning: verb 'fly' is not a known verb\n");
    expect(sim.run('kubectl auth can-i fly pods -A').stderr).toBe('');
  });

  it('gives the RBAC reason when a binding names a missing role', () => {
    sim.run('kubectl create rolebinding ghost --role=missing --user=ghost');
    expect(sim.run('kubectl auth can-i get pods --as=ghost').stdout).toBe('no - RBAC: role.rbac.authorization.k8s.io "missing" not found\n');
  });

  it('refuses flag combinations in kubectl\'s words', () => {
    expect(sim.run('kubectl auth can-i --list get pods').stderr).toBe('error: list option must be specified with no arguments\n');
    expect(sim.run('kubectl auth can-i --list -A').stderr).toBe("error: list option can't be specified with neither quiet, all-namespaces nor subresource options\n");
    expect(sim.run('kubectl auth can-i get pods --no-headers').stderr).toBe('error: --no-headers cannot be set without --list specified\n');
  });
});

describe('kubectl auth can-i --list', () => {
  const sim = viewerSim();

  it('prints the learner\'s rules: everything, then what system:authenticated gets', () => {
    const out = sim.run('kubectl auth can-i --list').stdout.split('\n');
    expect(out.slice(0, 6)).toEqual([
      'Resources                                       Non-Resource URLs   Resource Names   Verbs',
      '*.*                                             []                  []               [*]',
      '                                                [*]                 []               [*]',
      'selfsubjectreviews.authentication.k8s.io        []                  []               [create]',
      'selfsubjectaccessreviews.authorization.k8s.io   []                  []               [create]',
      'selfsubjectrulesreviews.authorization.k8s.io    []                  []               [create]',
    ]);
    // Two roles grant `get /healthz`: kubectl prints it twice.
    expect(out.filter((l) => l.includes('[/healthz]'))).toHaveLength(2);
  });

  it('lists a Role\'s rules in its namespace, merging verbs and keeping resource names', () => {
    sim.run('kubectl create role r --verb=get --resource=pods --resource-name=web');
    sim.run('kubectl create role r2 --verb=list,get --resource=pods,deployments.apps');
    sim.run('kubectl create rolebinding rb --role=r --user=jane');
    sim.run('kubectl create rolebinding rb2 --role=r2 --user=jane');
    const table = sim.run('kubectl auth can-i --list --as=jane --no-headers').stdout;
    // Sorted by Go's PolicyRule.String(): verbs first, and `[""]` prints as `[]`, before any name.
    expect(table.split('\n').filter((l) => /^(pods|deployments)/.test(l))).toEqual([
      'pods                                            []             [web]   [get]',
      'pods                                            []             []      [list get]',
      'deployments.apps                                []             []      [list get]',
    ]);
    expect(table.startsWith('selfsubjectreviews.authentication.k8s.io        []             []      [create]\n')).toBe(true);
  });

  it('shows only the namespace asked for', () => {
    expect(sim.run('kubectl auth can-i --list --as=jane -n kube-system').stdout).not.toContain('pods ');
  });
});

describe('aggregated ClusterRoles', () => {
  it('grow when a ClusterRole is labelled to aggregate into view, and everyone bound to view gains its rules', () => {
    const sim = createSimulator({ seed: 6 });
    sim.run('kubectl create sa viewer');
    sim.run('kubectl create rolebinding viewercanview --clusterrole=view --serviceaccount=default:viewer');
    sim.run('kubectl create clusterrole cron-admin --verb=create --resource=cronjobs.batch');
    expect(sim.run(`kubectl auth can-i create cronjobs ${SA}`).stdout).toBe('no\n');
    expect(sim.run('kubectl label clusterrole cron-admin rbac.authorization.k8s.io/aggregate-to-view=true').exitCode).toBe(0);
    expect(sim.run(`kubectl auth can-i create cronjobs ${SA}`).stdout).toBe('yes\n');
    // edit aggregates view, so it carries the new rule as well.
    expect(JSON.parse(sim.run('kubectl get clusterrole edit -o json').stdout).rules).toContainEqual({ apiGroups: ['batch'], resources: ['cronjobs'], verbs: ['create'] });
  });
});

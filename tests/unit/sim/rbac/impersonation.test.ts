import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../../src-main/sim/index';

describe('impersonation on other commands', () => {
  const sim = createSimulator({ seed: 9 });
  sim.run('kubectl create sa viewer');
  sim.run('kubectl create rolebinding viewercanview --clusterrole=view --serviceaccount=default:viewer');
  sim.run('kubectl create deployment web --image=nginx');

  it('refuses a list RBAC denies with the API server\'s Forbidden message', () => {
    expect(sim.run('kubectl get pods --as=jane')).toEqual({
      exitCode: 1,
      stdout: '',
      stderr: 'Error from server (Forbidden): pods is forbidden: User "jane" cannot list resource "pods" in API group "" in the namespace "default"\n',
    });
    expect(sim.run('kubectl get nodes --as=jane').stderr).toBe(
      'Error from server (Forbidden): nodes is forbidden: User "jane" cannot list resource "nodes" in API group "" at the cluster scope\n',
    );
  });

  it('names the object of a denied get and the group of a denied create', () => {
    expect(sim.run('kubectl get deployment web --as=jane').stderr).toBe(
      'Error from server (Forbidden): deployments.apps "web" is forbidden: User "jane" cannot get resource "deployments" in API group "apps" in the namespace "default"\n',
    );
    expect(sim.run('kubectl create deployment api --image=nginx --as=system:serviceaccount:default:viewer').stderr).toBe(
      'error: failed to create deployment: deployments.apps is forbidden: User "system:serviceaccount:default:viewer" cannot create resource "deployments" in API group "apps" in the namespace "default"\n',
    );
  });

  it('lets the service account read what view grants, and changes nothing for the learner', () => {
    expect(sim.run('kubectl get deployments --as=system:serviceaccount:default:viewer').exitCode).toBe(0);
    expect(sim.run('kubectl get pods -n kube-system --as=system:serviceaccount:default:viewer').exitCode).toBe(1);
    expect(sim.run('kubectl scale deployment web --replicas=2').exitCode).toBe(0);
    expect(sim.run('kubectl scale deployment web --replicas=3 --as=system:serviceaccount:default:viewer').stderr).toBe(
      'Error from server (Forbidden): deployments.apps "web" is forbidden: User "system:serviceaccount:default:viewer" cannot patch resource "deployments/scale" in API group "apps" in the namespace "default"\n',
    );
  });
});

describe('kubectl auth whoami', () => {
  const sim = createSimulator({ seed: 9 });

  it('shows the learner as a cluster admin', () => {
    expect(sim.run('kubectl auth whoami')).toEqual({ exitCode: 0, stdout: 'ATTRIBUTE   VALUE\nUsername    learner\nGroups      [system:masters system:authenticated]\n', stderr: '' });
  });

  it('shows an impersonated service account with its groups', () => {
    expect(sim.run('kubectl auth whoami --as=system:serviceaccount:dev:ci').stdout).toBe(
      'ATTRIBUTE   VALUE\nUsername    system:serviceaccount:dev:ci\nGroups      [system:serviceaccounts system:serviceaccounts:dev system:authenticated]\n',
    );
  });

  it('prints the SelfSubjectReview with -o json', () => {
    const review = JSON.parse(sim.run('kubectl auth whoami -o json --as=jane --as-group=devs').stdout);
    expect(review.kind).toBe('SelfSubjectReview');
    expect(review.status.userInfo).toEqual({ username: 'jane', groups: ['devs', 'system:authenticated'] });
  });
});

describe('the built-in policy', () => {
  const sim = createSimulator({ seed: 9 });

  it('binds cluster-admin to system:masters, as describe shows', () => {
    const crb = JSON.parse(sim.run('kubectl get clusterrolebinding cluster-admin -o json').stdout);
    expect(crb.roleRef).toEqual({ apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' });
    expect(crb.subjects).toEqual([{ apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: 'system:masters' }]);
  });

  it('fills view, edit and admin with their aggregated rules', () => {
    const rules = (name: string) => JSON.parse(sim.run(`kubectl get clusterrole ${name} -o json`).stdout).rules as unknown[];
    expect(rules('view').length).toBeGreaterThan(5);
    expect(rules('edit').length).toBeGreaterThan(rules('view').length);
    expect(rules('admin').length).toBe(rules('edit').length + 2);
  });
});

describe('the kubeadm identities', () => {
  const sim = createSimulator({ seed: 9 });

  it('authorizes kubernetes-admin through the kubeadm:cluster-admins binding, not system:masters', () => {
    expect(sim.run('kubectl auth can-i delete nodes --as=kubernetes-admin --as-group=kubeadm:cluster-admins -q').exitCode).toBe(0);
    sim.run('kubectl delete clusterrolebinding kubeadm:cluster-admins');
    expect(sim.run('kubectl auth can-i delete nodes -A --as=kubernetes-admin --as-group=kubeadm:cluster-admins')).toEqual({ exitCode: 1, stdout: 'no\n', stderr: '' });
    expect(sim.run('kubectl auth can-i delete nodes -A --as=kubernetes-admin --as-group=system:masters').stdout).toBe('yes\n');
  });

  it('lets kube-proxy\'s service account list services cluster-wide through kubeadm:node-proxier', () => {
    expect(sim.run('kubectl auth can-i list services -A --as=system:serviceaccount:kube-system:kube-proxy').stdout).toBe('yes\n');
    expect(sim.run('kubectl auth can-i delete services -A --as=system:serviceaccount:kube-system:kube-proxy').stdout).toBe('no\n');
  });
});

describe('service-account tokens from kubectl create token', () => {
  const sim = createSimulator({ seed: 9 });
  sim.run('kubectl create sa viewer');
  sim.run('kubectl create rolebinding viewercanview --clusterrole=view --serviceaccount=default:viewer');
  const token = sim.run('kubectl create token viewer --duration=10m').stdout.trim();

  it('authenticate as the service account, with its uid and the token\'s credential id', () => {
    const uid = JSON.parse(sim.run('kubectl get sa viewer -o json').stdout).metadata.uid;
    const lines = sim.run(`kubectl auth whoami --token=${token}`).stdout.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'ATTRIBUTE                                           VALUE',
      'Username                                            system:serviceaccount:default:viewer',
      `UID                                                 ${uid}`,
      'Groups                                              [system:serviceaccounts system:serviceaccounts:default system:authenticated]',
    ]);
    expect(lines[4]).toMatch(/^Extra: authentication\.kubernetes\.io\/credential-id {3}\[JTI=[0-9a-f-]{36}\]$/);
  });

  it('are authorized by the account\'s bindings on every command', () => {
    expect(sim.run(`kubectl get pods --token=${token}`).exitCode).toBe(0);
    expect(sim.run(`kubectl auth can-i create pods --token=${token}`).stdout).toBe('no\n');
    expect(sim.run(`kubectl delete sa default --token=${token}`).stderr).toBe(
      'Error from server (Forbidden): serviceaccounts "default" is forbidden: User "system:serviceaccount:default:viewer" cannot delete resource "serviceaccounts" in API group "" in the namespace "default"\n',
    );
  });

  it('stop working when they expire or their account is deleted, and a made-up token never works', () => {
    const unauthorized = { exitCode: 1, stdout: '', stderr: 'error: You must be logged in to the server (Unauthorized)\n' };
    expect(sim.run('kubectl get pods --token=not-a-token')).toEqual(unauthorized);
    const later = sim.clone();
    later.cluster.advance(11 * 60 * 1000);
    expect(later.run(`kubectl get pods --token=${token}`)).toEqual(unauthorized);
    const deleted = sim.clone();
    deleted.run('kubectl delete sa viewer');
    expect(deleted.run(`kubectl get pods --token=${token}`)).toEqual(unauthorized);
  });
});

describe('kubectl create token', () => {
  const sim = createSimulator({ seed: 9 });
  sim.run('kubectl create sa viewer');
  const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));

  it('issues a three-part RS256 token whose key id is the same for every token of the cluster', () => {
    const [a, b] = [sim.run('kubectl create token viewer').stdout.trim(), sim.run('kubectl create token viewer').stdout.trim()];
    const [ha, , sig] = a.split('.');
    expect(decode(ha!)).toEqual({ alg: 'RS256', kid: decode(b.split('.')[0]!).kid });
    expect(decode(ha!).kid).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(sig).toMatch(/^[A-Za-z0-9_-]{342}$/);
    expect(a).not.toBe(b);
  });

  it('names the account and lasts --duration', () => {
    const claims = decode(sim.run('kubectl create token viewer --duration=10m').stdout.split('.')[1]!);
    expect(claims.sub).toBe('system:serviceaccount:default:viewer');
    expect(claims.exp - claims.iat).toBe(600);
  });
});

describe('the namespaced kubeadm policy', () => {
  const sim = createSimulator({ seed: 9 });

  it('lets joining nodes read the kubeadm ConfigMaps and nothing else in kube-system', () => {
    const node = '--as=system:node:node3 --as-group=system:nodes';
    expect(sim.run(`kubectl auth can-i get configmaps/kubeadm-config -n kube-system ${node}`).stdout).toBe('yes\n');
    expect(sim.run(`kubectl auth can-i get configmaps/coredns -n kube-system ${node}`).stdout).toBe('no\n');
  });

  it('lets anonymous requests read cluster-info in kube-public, as kubeadm join needs, and nothing else', () => {
    // Authorized, so the answer is the object's absence, not a refusal.
    expect(sim.run('kubectl get configmap cluster-info -n kube-public --as=system:anonymous').stderr).toBe('Error from server (NotFound): configmaps "cluster-info" not found\n');
    expect(sim.run('kubectl get configmap other -n kube-public --as=system:anonymous').stderr).toContain('(Forbidden)');
    // Anonymous is not in system:authenticated, so it may not even ask the API what it may do.
    expect(sim.run('kubectl auth can-i get configmaps --as=system:anonymous').stderr).toBe(
      'Error from server (Forbidden): selfsubjectaccessreviews.authorization.k8s.io is forbidden: User "system:anonymous" cannot create resource "selfsubjectaccessreviews" in API group "authorization.k8s.io" at the cluster scope\n',
    );
  });
});

describe('impersonation flags without a user', () => {
  it('are an invalid configuration, as client-go validates it', () => {
    const sim = createSimulator({ seed: 9 });
    expect(sim.run('kubectl get pods --as-group=devs')).toEqual({
      exitCode: 1,
      stdout: '',
      stderr: 'Error in configuration: requesting uid, groups or user-extra for learner without impersonating a user\n',
    });
  });
});

describe('kubectl create token as another user', () => {
  const sim = createSimulator({ seed: 9 });
  sim.run('kubectl create sa viewer');
  sim.run('kubectl create rolebinding editors --clusterrole=edit --user=ed');

  it('needs create on serviceaccounts/token, which edit grants and view does not', () => {
    expect(sim.run('kubectl create token viewer --as=ed').exitCode).toBe(0);
    expect(sim.run('kubectl create token viewer --as=jane')).toEqual({
      exitCode: 1,
      stdout: '',
      stderr: 'error: failed to create token: serviceaccounts "viewer" is forbidden: User "jane" cannot create resource "serviceaccounts/token" in API group "" in the namespace "default"\n',
    });
  });
});

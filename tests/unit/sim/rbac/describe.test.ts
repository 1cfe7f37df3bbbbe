import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../../src-main/sim/index';

describe('kubectl describe of RBAC objects', () => {
  const sim = createSimulator({ seed: 4 });
  sim.run('kubectl create sa viewer');
  sim.run('kubectl create rolebinding viewercanview --clusterrole=view --serviceaccount=default:viewer --user=jane');
  sim.run('kubectl create role pod-reader --verb=get,list --verb=watch --resource=pods,deployments.apps --resource-name=web');

  it('shows the cluster-admin binding to system:masters as the notes look it up', () => {
    expect(sim.run('kubectl describe clusterrolebinding cluster-admin')).toEqual({
      exitCode: 0,
      stderr: '',
      stdout: [
        'Name:         cluster-admin',
        'Labels:       kubernetes.io/bootstrapping=rbac-defaults',
        'Annotations:  rbac.authorization.kubernetes.io/autoupdate: true',
        'Role:',
        '  Kind:  ClusterRole',
        '  Name:  cluster-admin',
        'Subjects:',
        '  Kind   Name            Namespace',
        '  ----   ----            ---------',
        '  Group  system:masters  ',
        '',
      ].join('\n'),
    });
  });

  it('lists a RoleBinding\'s subjects with their namespaces', () => {
    expect(sim.run('kubectl describe rolebinding viewercanview').stdout).toBe(
      [
        'Name:         viewercanview',
        'Labels:       <none>',
        'Annotations:  <none>',
        'Role:',
        '  Kind:  ClusterRole',
        '  Name:  view',
        'Subjects:',
        '  Kind            Name    Namespace',
        '  ----            ----    ---------',
        '  User            jane    ',
        '  ServiceAccount  viewer  default',
        '',
      ].join('\n'),
    );
  });

  it('lists a Role\'s rules one resource a line, verbs merged', () => {
    expect(sim.run('kubectl describe role pod-reader').stdout).toBe(
      [
        'Name:         pod-reader',
        'Labels:       <none>',
        'Annotations:  <none>',
        'PolicyRule:',
        '  Resources         Non-Resource URLs  Resource Names  Verbs',
        '  ---------         -----------------  --------------  -----',
        '  pods              []                 [web]           [get list watch]',
        '  deployments.apps  []                 [web]           [get list watch]',
        '',
      ].join('\n'),
    );
  });
});

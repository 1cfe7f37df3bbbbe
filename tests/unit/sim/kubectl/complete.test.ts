import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../../src-main/sim/index';

const sim = createSimulator({ seed: 3, start: Date.UTC(2026, 0, 15, 10) });
sim.run('kubectl create deployment web --image=nginx --replicas=2');
sim.run('kubectl create namespace dev');
sim.cluster.advance(30_000);
const pods = sim.cluster.list('pods', 'default').map((p) => p.metadata.name).sort();

describe('tab completion', () => {
  it('completes kubectl, then verbs by prefix', () => {
    expect(sim.complete('k')).toEqual(['kubectl']);
    expect(sim.complete('kubectl sc')).toEqual(['scale']);
    expect(sim.complete('sudo kubectl api-')).toEqual(['api-resources', 'api-versions']);
  });
  it('completes resource types with their short names, then object names', () => {
    expect(sim.complete('kubectl get deplo')).toEqual(['deploy', 'deployments']);
    expect(sim.complete('kubectl describe deploy ')).toEqual(['web']);
    expect(sim.complete('kubectl scale deploy/w')).toEqual(['deploy/web']);
    expect(sim.complete('kubectl logs ')).toEqual(pods);
  });
  it('completes flags of the verb and values of -n and -o', () => {
    expect(sim.complete('kubectl create deployment x --rep')).toEqual(['--replicas']);
    expect(sim.complete('kubectl get pods -n d')).toEqual(['default', 'dev']);
    expect(sim.complete('kubectl get pods -o y')).toEqual(['yaml']);
    expect(sim.complete('kubectl run x --image=nginx --dry-run=c')).toEqual(['--dry-run=client']);
  });
  it('looks names up in the namespace given by -n anywhere before the word', () => {
    expect(sim.complete('kubectl -n kube-system get pods etcd')).toEqual(['etcd-node1']);
  });
  it('offers nothing for an unterminated quote or an unknown type', () => {
    expect(sim.complete("kubectl get 'po")).toEqual([]);
    expect(sim.complete('kubectl get nosuchtype ')).toEqual([]);
  });
});

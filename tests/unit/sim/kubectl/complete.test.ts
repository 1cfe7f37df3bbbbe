import { describe, expect, it } from 'vitest';
import { completeLine, createSimulator } from '../../../../src-main/sim/index';

const sim = createSimulator({ seed: 3, start: Date.UTC(2026, 0, 15, 10), files: { 'web.yaml': 'kind: Pod\n' } });
sim.run('kubectl create deployment web --image=nginx --replicas=2');
sim.run('kubectl create deployment worker --image=nginx');
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
    expect(sim.complete('kubectl describe deploy ')).toEqual(['web', 'worker']);
    expect(sim.complete('kubectl scale deploy/w')).toEqual(['deploy/web', 'deploy/worker']);
    expect(sim.complete('kubectl logs ')).toEqual(pods);
  });
  it('offers only the types a verb takes', () => {
    expect(sim.complete('kubectl scale p')).toEqual([]);
    expect(sim.complete('kubectl get p')).toEqual(expect.arrayContaining(['po', 'pods', 'pv']));
  });
  it('completes flags of the verb and values of -n and -o', () => {
    expect(sim.complete('kubectl create deployment x --rep')).toEqual(['--replicas']);
    expect(sim.complete('kubectl get pods -n d')).toEqual(['default', 'dev']);
    expect(sim.complete('kubectl get pods -o y')).toEqual(['yaml']);
    expect(sim.complete('kubectl run x --image=nginx --dry-run=c')).toEqual(['--dry-run=client']);
  });
  it('offers a short flag by its own prefix, as cobra does', () => {
    expect(sim.complete('kubectl get pods -o')).toEqual(['-o']);
    expect(sim.complete('kubectl get pods -')).toEqual(expect.arrayContaining(['-o', '--output', '-n', '--namespace']));
  });
  it('completes the values of --restart, --cascade and -f (the working directory’s files)', () => {
    expect(sim.complete('kubectl run x --image=nginx --restart N')).toEqual(['Never']);
    expect(sim.complete('kubectl delete deploy web --cascade=f')).toEqual(['--cascade=foreground']);
    expect(sim.complete('kubectl apply -f ')).toEqual(['web.yaml']);
  });
  it('looks names up in the namespace given by -n anywhere before the word, or everywhere with -A', () => {
    expect(sim.complete('kubectl -n kube-system get pods etcd')).toEqual(['etcd-node1']);
    expect(sim.complete('kubectl get pods -A etcd')).toEqual(['etcd-node1']);
    expect(sim.complete('kubectl get pods etcd')).toEqual([]);
  });
  it('leaves out names already on the line and objects being deleted', () => {
    expect(sim.complete('kubectl delete deploy web w')).toEqual(['worker']);
    const copy = sim.clone();
    copy.run(`kubectl delete pod ${pods[0]} --wait=false`);
    expect(copy.cluster.get('pods', 'default', pods[0]!).metadata.deletionTimestamp).toBeDefined(); // still Terminating
    const offered = copy.complete('kubectl logs ');
    expect(offered).not.toContain(pods[0]);
    expect(offered).toEqual(expect.arrayContaining(pods.slice(1)));
  });
  it('offers nothing after the type of explain, for another program, or for an unterminated quote or an unknown type', () => {
    expect(sim.complete('kubectl explain pods ')).toEqual([]);
    expect(sim.complete('docker ps')).toEqual([]);
    expect(sim.complete("kubectl get 'po")).toEqual([]);
    expect(sim.complete('kubectl get nosuchtype ')).toEqual([]);
  });
  it('completes the command after the last pipe, and only if it is kubectl', () => {
    expect(sim.complete('kubectl get pods | grep w')).toEqual([]);
    expect(sim.complete('kubectl get pods; k get deploy wo')).toEqual(['worker']);
  });
  it('applies a unique candidate with a space, a shared prefix without, and says where the word starts', () => {
    expect(completeLine('kubectl scale deploy/wor', sim)).toEqual({ from: 14, candidates: ['deploy/worker'], line: 'kubectl scale deploy/worker ' });
    expect(completeLine('kubectl scale deploy w', sim)).toEqual({ from: 21, candidates: ['web', 'worker'], line: 'kubectl scale deploy w' });
    expect(completeLine('kubectl scale deploy/', sim).line).toBe('kubectl scale deploy/w');
    expect(completeLine('kubectl get pods -o jsonp', sim).line).toBe('kubectl get pods -o jsonpath');
    expect(completeLine('kubectl get pods -o jsonpath=', sim).line).toBe('kubectl get pods -o jsonpath=');
  });
});

import { describe, expect, it } from 'vitest';
import { buildScenario, complete } from '../../../src-main/drills';
import { BLUE_GREEN, PINGPONG } from './scenarios';

const sim = buildScenario(PINGPONG);
const blueGreen = buildScenario(BLUE_GREEN);

describe('Tab completion', () => {
  it('completes the program and the verbs', () => {
    expect(complete('kub', sim).line).toBe('kubectl ');
    expect(complete('kubectl sc', sim).line).toBe('kubectl scale ');
    expect([...complete('kubectl de', sim).candidates].sort()).toEqual(['debug', 'delete', 'describe']);
    expect(complete('kubectl rollout u', sim).line).toBe('kubectl rollout undo ');
  });

  it('completes resource types by name and short name', () => {
    expect(complete('kubectl scale dep', sim).line).toBe('kubectl scale deploy');
    expect(complete('kubectl scale deploym', sim).line).toBe('kubectl scale deployments ');
    expect(complete('kubectl get sv', sim).line).toBe('kubectl get svc ');
    expect(complete('kubectl get po', sim).candidates).toEqual(expect.arrayContaining(['po', 'pods', 'poddisruptionbudgets']));
  });

  it('completes object names from the learner’s copy of the cluster', () => {
    expect(complete('kubectl scale deployment p', sim).line).toBe('kubectl scale deployment pingpong ');
    expect(complete('kubectl scale deploy/p', sim).line).toBe('kubectl scale deploy/pingpong ');
    const pod = sim.cluster.list('pods', 'default')[0]!.metadata.name;
    expect(complete('kubectl logs ping', sim).line).toBe(`kubectl logs ${pod} `);
    const copy = sim.clone();
    copy.run('kubectl create deployment pingpong2 --image=alpine');
    expect(complete('kubectl get deploy ping', copy).candidates).toEqual(['pingpong', 'pingpong2']);
  });

  it('reads names in the namespace the line names', () => {
    expect(complete('kubectl get deploy -n blue ', blueGreen).candidates).toEqual(['redis']);
    expect(complete('kubectl get deploy ', blueGreen).candidates).toEqual(['web']);
    expect(complete('kubectl -n bl', blueGreen).line).toBe('kubectl -n blue ');
  });

  it('completes the flags of the verb and some flag values', () => {
    expect(complete('kubectl scale deployment pingpong --rep', sim).line).toBe('kubectl scale deployment pingpong --replicas ');
    expect(complete('kubectl get pods -o w', sim).line).toBe('kubectl get pods -o wide ');
    expect(complete('kubectl get pods --output=ya', sim).line).toBe('kubectl get pods --output=yaml ');
    expect(complete('kubectl expose deploy pingpong --type N', sim).line).toBe('kubectl expose deploy pingpong --type NodePort ');
    expect(complete('kubectl apply -f ', blueGreen).candidates).toEqual(['web.yaml']);
  });

  it('offers nothing for a program other than kubectl', () => {
    expect(complete('docker ps', sim).candidates).toEqual([]);
  });
});

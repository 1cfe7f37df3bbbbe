import { describe, expect, it } from 'vitest';
import { buildScenario, DrillSession, type DrillTask } from '../../../src-main/drills';
import { isReadOnly } from '../../../src-main/drills/command';
import { PINGPONG } from './scenarios';

const T0 = Date.UTC(2026, 0, 15, 10);
const pingpong = buildScenario(PINGPONG);

describe('reading and writing shell lines in a drill', () => {
  it('a pipeline of reading commands only reads', () => {
    expect(isReadOnly('kubectl get pods | grep web | wc -l')).toBe(true);
    expect(isReadOnly('kubectl get secret s -o jsonpath={.data.p} | base64 -d')).toBe(true);
  });

  it('a line with any writing kubectl writes', () => {
    expect(isReadOnly('kubectl get pods; kubectl delete pod web')).toBe(false);
    expect(isReadOnly('for i in $(seq 3); do kubectl run p$i --image=nginx; done')).toBe(false);
    expect(isReadOnly('kubectl create deployment web --image=nginx --dry-run=client -o yaml > web.yaml && kubectl apply -f web.yaml')).toBe(false);
  });

  it('a dry run redirected to a file only reads', () => {
    expect(isReadOnly('kubectl create deployment web --image=nginx --dry-run=client -o yaml > web.yaml')).toBe(true);
  });
});

describe('the drill terminal is a shell', () => {
  const SCALE: DrillTask = { answer: 'kubectl scale deployment pingpong --replicas=8', check: 'state' };

  it('solves a task through a file written by a redirect and applied', () => {
    const s = new DrillSession(pingpong.clone(), SCALE, T0);
    const write = s.run('kubectl get deploy pingpong -o yaml > pp.yaml', T0);
    expect(write.result.exitCode).toBe(0);
    expect(write.status).toBe('open');
    const edit = s.run("sed -i 's/replicas: 1/replicas: 8/' pp.yaml", T0);
    expect(edit.result.exitCode).toBe(0);
    const apply = s.run('kubectl apply -f pp.yaml', T0 + 1000);
    expect(apply.result.exitCode).toBe(0);
    expect(apply.verdict).toEqual({ status: 'pass' });
  });

  it('keeps variables from one line to the next', () => {
    const s = new DrillSession(pingpong.clone(), SCALE, T0);
    s.run('N=8', T0);
    expect(s.run('kubectl scale deploy/pingpong --replicas=$N', T0).verdict).toEqual({ status: 'pass' });
  });

  it('answers a reading pipeline without counting it as an attempt', () => {
    const s = new DrillSession(pingpong.clone(), SCALE, T0);
    const out = s.run('kubectl get pods | grep -c pingpong', T0);
    expect(out.result.stdout).toBe('1\n');
    expect(s.wrongAttempts).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../../src-main/sim/index';

function rolledOut() {
  const sim = createSimulator({ seed: 4, start: Date.UTC(2026, 0, 15, 10) });
  sim.run('kubectl create deployment web --image=nginx:1.25 --replicas=3');
  sim.cluster.advance(60_000);
  sim.run('kubectl set image deployment/web nginx=nginx:1.26 --record');
  sim.cluster.advance(120_000);
  return sim;
}

describe('kubectl rollout', () => {
  it('history lists the revisions with their change causes, as kubectl prints them', () => {
    expect(rolledOut().run('kubectl rollout history deployment/web').stdout).toBe(
      'deployment.apps/web \nREVISION  CHANGE-CAUSE\n1         <none>\n2         kubectl set image deployment/web nginx=nginx:1.26 --record=true\n\n',
    );
  });

  it('undo goes back to the previous template, which becomes the newest revision', () => {
    const sim = rolledOut();
    expect(sim.run('kubectl rollout undo deploy/web').stdout).toBe('deployment.apps/web rolled back\n');
    sim.cluster.advance(120_000);
    expect(sim.run('kubectl get deploy web -o jsonpath={.spec.template.spec.containers[0].image}').stdout).toBe('nginx:1.25');
    expect(sim.run('kubectl rollout history deploy web').stdout).toMatch(/\n2 +kubectl set image.*\n3 +<none>\n\n$/);
  });

  it('undo refuses a revision that does not exist and a deployment without history', () => {
    expect(rolledOut().run('kubectl rollout undo deploy/web --to-revision=7').stderr).toBe('error: unable to find specified revision 7 in history\n');
    const fresh = createSimulator();
    fresh.run('kubectl create deployment one --image=nginx');
    expect(fresh.run('kubectl rollout undo deployment one').stderr).toBe('error: no rollout history found for deployment "one"\n');
  });

  it('status waits on the virtual clock and ends with the success line', () => {
    const sim = createSimulator({ seed: 4 });
    sim.run('kubectl create deployment web --image=nginx --replicas=2');
    const r = sim.run('kubectl rollout status deployment/web');
    expect(r.exitCode).toBe(0);
    expect(r.stdout.split('\n').filter(Boolean).pop()).toBe('deployment "web" successfully rolled out');
  });

  it('status reports a rollout stuck on a broken image once its progress deadline passes', () => {
    const sim = createSimulator({ seed: 4 });
    sim.run('kubectl create deployment web --image=nginx --replicas=1');
    sim.cluster.advance(60_000);
    sim.run('kubectl set image deployment/web nginx=DUMMY_IMAGE:TEST');
    const r = sim.run('kubectl rollout status deployment/web');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe('error: deployment "web" exceeded its progress deadline\n');
  });
});

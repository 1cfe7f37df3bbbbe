import { describe, expect, it } from 'vitest';
import { buildScenario, DrillSession, explain, type DrillTask } from '../../../src-main/drills';
import type { Verdict } from '../../../src-main/drills';
import { BLUE_GREEN, PINGPONG, TWO_DEPLOYS } from './scenarios';

const T0 = Date.UTC(2026, 0, 15, 10);
const pingpong = buildScenario(PINGPONG);
const blueGreen = buildScenario(BLUE_GREEN);

function session(task: DrillTask, scenario = pingpong) {
  return new DrillSession(scenario.clone(), task, T0);
}

function messages(v: Verdict, locale: 'es' | 'en' = 'es'): string[] {
  return v.status === 'fail' ? explain(v.findings, locale) : [];
}

const SCALE: DrillTask = { answer: 'kubectl scale deployment pingpong --replicas=8', check: 'state' };

describe('state drills', () => {
  it.each([
    'kubectl scale deploy/pingpong --replicas 8',
    'kubectl scale deployment pingpong --replicas=8',
    'kubectl scale --replicas=8 deployment/pingpong',
    'kubectl -n default scale deploy pingpong --replicas=8',
    'k scale deployments.apps pingpong --replicas=8',
  ])('accepts the equivalent form %s', (line) => {
    const s = session(SCALE);
    const out = s.run(line, T0 + 5_000);
    expect(out.result.exitCode).toBe(0);
    expect(out.verdict).toEqual({ status: 'pass' });
    expect(out.status).toBe('solved');
  });

  it('refuses a wrong count and says how many replicas there are and how many the task wants', () => {
    const s = session(SCALE);
    const out = s.run('kubectl scale deployment pingpong --replicas=3', T0);
    expect(out.verdict.status).toBe('fail');
    expect(messages(out.verdict)).toEqual(['deployment/pingpong tiene 3 réplicas; la tarea pide 8']);
    expect(messages(out.verdict, 'en')).toEqual(['deployment/pingpong has 3 replicas; the task wants 8']);
  });

  it('lets the learner fix a wrong attempt with another command, counting the wrong one', () => {
    const s = session(SCALE);
    s.run('kubectl scale deployment pingpong --replicas=3', T0);
    const out = s.run('kubectl scale deployment pingpong --replicas=8', T0 + 1000);
    expect(out.verdict.status).toBe('pass');
    expect(out.grade).toBe(3);
  });

  it('does not count reading commands run before answering', () => {
    const s = session(SCALE);
    expect(s.run('kubectl get deploy', T0).verdict).toEqual({ status: 'neutral' });
    expect(s.run('kubectl describe deployment pingpong', T0).verdict).toEqual({ status: 'neutral' });
    expect(s.run('kubectl scale deployment pingpong --replicas=8 --dry-run=client', T0).verdict).toEqual({ status: 'neutral' });
    const out = s.run('kubectl scale deploy pingpong --replicas 8', T0 + 10_000);
    expect(out.verdict.status).toBe('pass');
    expect(out.grade).toBe(5);
  });

  it('refuses the object made in the wrong namespace and names both namespaces', () => {
    const s = session({ answer: 'kubectl create deployment cache --image=redis -n blue', check: 'state' }, blueGreen);
    const out = s.run('kubectl create deployment cache --image=redis', T0);
    expect(out.verdict.status).toBe('fail');
    expect(messages(out.verdict)).toEqual(['deployment/cache está en el namespace default; la tarea lo pide en blue']);
    expect(messages(out.verdict, 'en')).toEqual(['deployment/cache is in namespace default; the task wants it in blue']);
  });

  it('refuses the wrong kind of resource under the expected name', () => {
    const s = session({ answer: 'kubectl expose deployment pingpong --port=80', check: 'state' });
    const out = s.run('kubectl create deployment pingpong2 --image=alpine', T0);
    expect(messages(out.verdict)).toContain('falta service/pingpong en el namespace default');
    const t = session({ answer: 'kubectl create configmap pingpong --from-literal=a=1', check: 'state' });
    const wrong = t.run('kubectl create secret generic pingpong --from-literal=a=1', T0);
    expect(messages(wrong.verdict)).toEqual(['creaste secret/pingpong; la tarea pide configmap/pingpong']);
  });

  it('reports changes the task does not make as side effects', () => {
    const s = session(SCALE);
    s.run('kubectl create deployment extra --image=nginx', T0);
    expect(s.wrongAttempts).toBe(1);
    const out = s.run('kubectl scale deployment pingpong --replicas=8', T0);
    expect(out.verdict.status).toBe('fail');
    expect(messages(out.verdict)).toEqual(['efecto secundario: creaste deployment/extra en default, que la tarea no pide']);
  });

  it('refuses a deletion of the wrong object and one left undone', () => {
    const s = session({ answer: 'kubectl delete deployment web', check: 'state' }, blueGreen);
    const out = s.run('kubectl delete deployment redis -n blue', T0);
    expect(messages(out.verdict)).toEqual([
      'deployment/web sigue existiendo; la tarea lo borra',
      'efecto secundario: borraste deployment/redis en blue, que la tarea no toca',
    ]);
  });

  it('checks an image and a label with their values', () => {
    const image = session({ answer: 'kubectl create deployment web --image=nginx:1.27', check: 'state' });
    expect(messages(image.run('kubectl create deployment web --image=nginx', T0).verdict)).toEqual([
      'deployment/web usa la imagen nginx; la tarea pide nginx:1.27',
    ]);
    const label = session({ answer: 'kubectl label deployment pingpong tier=web', check: 'state' });
    expect(messages(label.run('kubectl label deployment pingpong tier=api', T0).verdict, 'en')).toEqual([
      'deployment/pingpong has tier=api; the task wants tier=web',
    ]);
    const missing = session({ answer: 'kubectl label deployment pingpong tier=web', check: 'state' });
    expect(messages(missing.run('kubectl label deployment pingpong team=web', T0).verdict)).toEqual([
      'a deployment/pingpong le falta la etiqueta tier=web',
      'deployment/pingpong tiene la etiqueta team=web, que la tarea no pone',
    ]);
  });

  it('says a mistake once: another image, not also the container name derived from it', () => {
    const s = session({ answer: 'kubectl create deployment pp --image=alpine -- ping 1.1.1.1', check: 'state' });
    expect(messages(s.run('kubectl create deployment pp --image=busybox -- ping 1.1.1.1', T0).verdict)).toEqual([
      'deployment/pp usa la imagen busybox; la tarea pide alpine',
    ]);
  });

  it('shows a container’s command line whole', () => {
    const s = session({ answer: 'kubectl create deployment pp --image=alpine -- ping 1.1.1.1', check: 'state' });
    expect(messages(s.run('kubectl create deployment pp --image=alpine -- ping -c 3 1.1.1.1', T0).verdict)).toEqual([
      'deployment/pp ejecuta `ping -c 3 1.1.1.1`; la tarea pide `ping 1.1.1.1`',
    ]);
  });

  it('says 1 réplica in the singular', () => {
    const s = session(SCALE);
    const out = s.run('kubectl scale deployment pingpong --replicas=8 -n kube-system', T0);
    expect(messages(out.verdict)).toContain('deployment/pingpong tiene 1 réplica; la tarea pide 8');
  });

  it('checks the kubeconfig a task changes: the current namespace', () => {
    const task: DrillTask = { answer: 'kubectl config set-context --current --namespace=blue', check: 'state' };
    expect(session(task, blueGreen).run('kubectl config set-context --current --namespace blue', T0).verdict.status).toBe('pass');
    const wrong = session(task, blueGreen).run('kubectl config set-context --current --namespace=green', T0);
    expect(messages(wrong.verdict)).toEqual(['el contexto actual usa el namespace green; la tarea lo deja en blue']);
  });

  it('says kubectl refused a changing command that failed', () => {
    const s = session(SCALE);
    const out = s.run('kubectl scale deployment pingpong --replica=8', T0);
    expect(out.result.exitCode).not.toBe(0);
    expect(messages(out.verdict)[0]).toBe('kubectl rechazó el comando (código de salida 1)');
  });

  it('fails the drill after three wrong attempts, with grade 1', () => {
    const s = session(SCALE);
    for (const n of [2, 3, 4]) s.run(`kubectl scale deployment pingpong --replicas=${n}`, T0);
    expect(s.status).toBe('failed');
    expect(s.grade()).toBe(1);
  });

  it('checks deleting a Deployment’s pods by the pods, not by their replacements', () => {
    const task: DrillTask = { answer: 'kubectl delete pods -l app=pingpong', check: 'state' };
    const podName = pingpong.cluster.list('pods', 'default')[0]!.metadata.name;
    expect(session(task).run(`kubectl delete pod ${podName}`, T0).verdict.status).toBe('pass');
    const wrong = session(task).run('kubectl delete deployment pingpong', T0);
    expect(wrong.verdict.status).toBe('fail');
  });
});

describe('tasks done in several steps', () => {
  const two = buildScenario(TWO_DEPLOYS);
  const task: DrillTask = { answer: 'kubectl delete deployments --all', check: 'state' };

  it('counts part of the task as progress, not as a wrong attempt, and says what is left', () => {
    const s = session(task, two);
    const first = s.run('kubectl delete deploy web', T0);
    expect(first.verdict.status).toBe('progress');
    expect(first.verdict.status === 'progress' && explain(first.verdict.findings, 'es')).toEqual(['deployment/api sigue existiendo; la tarea lo borra']);
    expect(s.wrongAttempts).toBe(0);
    const second = s.run('kubectl delete deploy api', T0 + 5_000);
    expect(second.verdict.status).toBe('pass');
    expect(second.grade).toBe(5);
  });

  it('still refuses a step that does something else', () => {
    const s = session(task, two);
    const out = s.run('kubectl scale deploy web --replicas=2', T0);
    expect(out.verdict.status).toBe('fail');
  });
});

describe('drills checked by state and output', () => {
  const task: DrillTask = { answer: 'kubectl create deployment web2 --image=nginx -o name', check: 'both' };

  it('passes when the cluster and the printed output both match', () => {
    expect(session(task).run('kubectl create deploy web2 --image nginx --output=name', T0).verdict.status).toBe('pass');
  });

  it('refuses the right change printed another way, and the right printing of another change', () => {
    const printed = session(task).run('kubectl create deployment web2 --image=nginx', T0);
    expect(messages(printed.verdict)).toEqual(['la salida no es la que pide la tarea: se esperaban 1 línea y salieron 1; la primera diferencia está en la línea 1']);
    const changed = session(task).run('kubectl create deployment web2 --image=httpd -o name', T0);
    expect(messages(changed.verdict)).toEqual(['deployment/web2 usa la imagen httpd; la tarea pide nginx']);
  });
});

describe('output drills', () => {
  const GET_WIDE: DrillTask = { answer: 'kubectl get pods -o wide', check: 'output' };

  it('accepts any command printing the same output, whatever the spacing', () => {
    expect(session(GET_WIDE).run('kubectl get po -owide', T0).verdict.status).toBe('pass');
    expect(session(GET_WIDE).run('kubectl get pods --output=wide -n default', T0).verdict.status).toBe('pass');
  });

  it('refuses a command of the same kind with another output and says where it differs', () => {
    const out = session(GET_WIDE).run('kubectl get pods', T0);
    expect(out.verdict.status).toBe('fail');
    expect(messages(out.verdict)[0]).toMatch(/^la salida no es la que pide la tarea: se esperaban 2 líneas y salieron 2; la primera diferencia está en la línea 1$/);
  });

  it('counts a reading command with the wrong output as a retry, never as failing the drill', () => {
    const s = session(GET_WIDE);
    for (let i = 0; i < 4; i++) expect(s.run('kubectl get pods', T0).verdict.status).toBe('fail');
    expect(s.status).toBe('open');
    const out = s.run('kubectl get pods -o wide', T0);
    expect(out.status).toBe('solved');
    expect(out.grade).toBe(3);
  });

  it('lets the learner explore with other reading commands first', () => {
    const s = session({ answer: 'kubectl logs deploy/pingpong --tail 1', check: 'output' });
    expect(s.run('kubectl get pods', T0).verdict).toEqual({ status: 'neutral' });
    expect(s.run('kubectl logs deploy/pingpong --tail=1', T0).verdict.status).toBe('pass');
  });

  it('never passes a command kubectl refuses, even when the answer fails the same way', () => {
    const s = session({ answer: 'kubectl frobnicate pods', check: 'output' });
    const out = s.run('kubectl frobnicate pods', T0);
    expect(out.result.exitCode).not.toBe(0);
    expect(out.verdict.status).toBe('fail');
  });

  it('refuses the wrong namespace by output', () => {
    const s = session({ answer: 'kubectl get deploy -n blue', check: 'output' }, blueGreen);
    expect(s.run('kubectl get deploy', T0).verdict.status).toBe('fail');
    expect(session({ answer: 'kubectl get deploy -n blue', check: 'output' }, blueGreen).run('kubectl get deployments --namespace blue', T0).verdict.status).toBe('pass');
  });
});

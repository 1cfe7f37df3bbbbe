import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../../src-main/sim/index';

const START = Date.UTC(2026, 0, 15, 10);
const sim = () => createSimulator({ seed: 42, start: START });

describe('verbs on the live cluster', () => {
  it('creates a deployment and prints kubectl\'s short line, then refuses a second one', () => {
    const s = sim();
    expect(s.run('kubectl create deployment web --image=nginx')).toEqual({ exitCode: 0, stdout: 'deployment.apps/web created\n', stderr: '' });
    expect(s.run('kubectl create deployment web --image=nginx')).toEqual({
      exitCode: 1,
      stdout: '',
      stderr: 'error: failed to create deployment: deployments.apps "web" already exists\n',
    });
  });

  it('says "No resources found in default namespace." on stderr for an empty list', () => {
    expect(sim().run('kubectl get deployments')).toEqual({ exitCode: 0, stdout: '', stderr: 'No resources found in default namespace.\n' });
  });

  it('prints the objects found and the NotFound errors after them, exit 1', () => {
    const s = sim();
    s.run('kubectl create namespace dev');
    const r = s.run('kubectl get ns dev nope --no-headers');
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/^dev\s+/);
    expect(r.stderr).toBe('Error from server (NotFound): namespaces "nope" not found\n');
  });

  it('scales, labels and annotates with kubectl\'s messages', () => {
    const s = sim();
    s.run('kubectl create deployment web --image=nginx');
    expect(s.run('kubectl scale deploy/web --replicas=3').stdout).toBe('deployment.apps/web scaled\n');
    expect((s.cluster.get('deployments', 'default', 'web').spec as { replicas: number }).replicas).toBe(3);
    expect(s.run('kubectl label deployment web tier=fe').stdout).toBe('deployment.apps/web labeled\n');
    expect(s.run('kubectl label deployment web tier=be').stderr).toBe("error: 'tier' already has a value (fe), and --overwrite is false\n");
    expect(s.run('kubectl label deployment web tier-').stdout).toBe('deployment.apps/web unlabeled\n');
    expect(s.run('kubectl label deployment web tier-').stdout).toBe('deployment.apps/web not labeled\n');
    expect(s.run('kubectl annotate deployment web note=hi').stdout).toBe('deployment.apps/web annotated\n');
    expect(s.cluster.get('deployments', 'default', 'web').metadata.annotations?.note).toBe('hi');
  });

  it('deletes by name and reports a missing one', () => {
    const s = sim();
    s.run('kubectl create configmap c1 --from-literal=a=b');
    const r = s.run('kubectl delete configmap c1 c2');
    expect(r.stdout).toBe('configmap "c1" deleted\n');
    expect(r.stderr).toBe('Error from server (NotFound): configmaps "c2" not found\n');
    expect(r.exitCode).toBe(1);
    expect(s.cluster.tryGet('configmaps', 'default', 'c1')).toBeUndefined();
  });

  it('exposes a deployment as a service selecting its pods, the target port defaulting to --port as kubectl does', () => {
    const s = sim();
    s.run('kubectl create deployment web --image=nginx --port=8080');
    expect(s.run('kubectl expose deployment web --port=80 --type=NodePort').stdout).toBe('service/web exposed\n');
    const svc = s.cluster.get('services', 'default', 'web');
    expect(svc.spec).toMatchObject({ type: 'NodePort', selector: { app: 'web' }, ports: [{ port: 80, targetPort: 80, protocol: 'TCP' }] });
  });

  it('keeps a clone independent of the original', () => {
    const s = sim();
    const copy = s.clone();
    copy.run('kubectl create namespace only-in-copy');
    expect(s.cluster.tryGet('namespaces', undefined, 'only-in-copy')).toBeUndefined();
    expect(copy.cluster.tryGet('namespaces', undefined, 'only-in-copy')).toBeDefined();
  });

  it('prints the recorded help for --help, -h and kubectl help', () => {
    const s = sim();
    const help = s.run('kubectl create deployment --help');
    expect(help.stdout.startsWith('Create a deployment with the specified name.\n')).toBe(true);
    expect(s.run('kubectl create deploy -h').stdout).toBe(help.stdout);
    expect(s.run('kubectl help create deployment').stdout).toBe(help.stdout);
  });
});

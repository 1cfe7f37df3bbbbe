import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../../src-main/sim/index';

const deployYaml = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 1
  template:
    spec:
      containers:
      - name: nginx
        image: nginx
`;

function withWeb() {
  const sim = createSimulator({ files: { 'd.yaml': deployYaml, 'p.yaml': 'spec:\n  replicas: 7\n' } });
  sim.run('kubectl create deployment web --image=nginx');
  return sim;
}

describe('kubectl patch', () => {
  it('patches a deployment and says (no change) when the patch changes nothing', () => {
    const sim = withWeb();
    expect(sim.run(`kubectl patch deployment web -p '{"spec":{"replicas":3}}'`)).toEqual({ exitCode: 0, stdout: 'deployment.apps/web patched\n', stderr: '' });
    expect(sim.run(`kubectl patch deployment web -p '{"spec":{"replicas":3}}'`).stdout).toBe('deployment.apps/web patched (no change)\n');
    expect(sim.run('kubectl get deploy web -o jsonpath={.spec.replicas}').stdout).toBe('3');
  });

  it('adds a container by name with the default strategic merge, before the ones the patch does not name (as kubectl 1.32 orders it)', () => {
    const sim = withWeb();
    sim.run(`kubectl patch deploy web -p '{"spec":{"template":{"spec":{"containers":[{"name":"sidecar","image":"busybox"}]}}}}'`);
    expect(sim.run('kubectl get deploy web -o jsonpath={.spec.template.spec.containers[*].name}').stdout).toBe('sidecar nginx');
  });

  it('replaces the container list with --type merge', () => {
    const sim = withWeb();
    sim.run(`kubectl patch deploy web --type merge -p '{"spec":{"template":{"spec":{"containers":[{"name":"only","image":"redis"}]}}}}'`);
    expect(sim.run('kubectl get deploy web -o jsonpath={.spec.template.spec.containers[*].name}').stdout).toBe('only');
  });

  it('applies a JSON patch and reports one that does not apply as the API server does', () => {
    const sim = withWeb();
    expect(sim.run(`kubectl patch deploy web --type=json -p '[{"op":"replace","path":"/spec/template/spec/containers/0/image","value":"nginx:1.27"}]'`).stdout).toBe('deployment.apps/web patched\n');
    expect(sim.run('kubectl get deploy web -o jsonpath={.spec.template.spec.containers[0].image}').stdout).toBe('nginx:1.27');
    expect(sim.run(`kubectl patch deploy web --type json -p '[{"op":"remove","path":"/spec/nope"}]'`)).toEqual({
      exitCode: 1,
      stdout: '',
      stderr: 'The request is invalid: the server rejected our request due to an error in our request\n',
    });
  });

  it('reads YAML patches and --patch-file', () => {
    const sim = withWeb();
    expect(sim.run('kubectl patch deploy web --patch-file p.yaml').stdout).toBe('deployment.apps/web patched\n');
    expect(sim.run(`kubectl patch deploy web -p 'spec: {replicas: 2}' -o jsonpath={.spec.replicas}`).stdout).toBe('2');
  });

  it('patches a file locally and prints it without touching the cluster', () => {
    const sim = createSimulator({ files: { 'd.yaml': deployYaml } });
    const r = sim.run(`kubectl patch -f d.yaml --local --dry-run=client -o yaml -p '{"spec":{"replicas":4}}'`);
    expect(r.stdout).toContain('  replicas: 4\n');
    expect(r.exitCode).toBe(0);
    expect(sim.run('kubectl get deploy').stderr).toBe('No resources found in default namespace.\n');
    expect(sim.run(`kubectl patch -f d.yaml --local -p '{"spec":{"replicas":1}}'`).stdout).toBe('deployment.apps/web patched (no change)\n');
  });

  it('answers kubectl\'s errors for missing or conflicting options', () => {
    const sim = withWeb();
    expect(sim.run('kubectl patch deploy web').stderr).toBe('error: must specify --patch or --patch-file containing the contents of the patch\n');
    expect(sim.run(`kubectl patch deploy web -p '{}' --patch-file p.yaml`).stderr).toBe('error: cannot specify --patch and --patch-file together\n');
    expect(sim.run(`kubectl patch deploy web --type foo -p '{}'`).stderr).toBe('error: --type must be one of [json merge strategic], not "foo"\n');
    expect(sim.run(`kubectl patch deploy web --local -p '{}'`).stderr).toBe('error: cannot specify --local and server resources\n');
    expect(sim.run(`kubectl patch deploy nope -p '{}'`).stderr).toBe('Error from server (NotFound): deployments.apps "nope" not found\n');
    expect(sim.run(`kubectl patch deploy web -p '{"spec":{"template":{"spec":{"containers":[{"image":"x"}]}}}}'`).stderr).toBe(
      'Error from server: map: map[image:x] does not contain declared merge key: name\n',
    );
  });

  it('leaves the object alone on a client dry run', () => {
    const sim = withWeb();
    expect(sim.run(`kubectl patch deploy web -p '{"spec":{"replicas":9}}' --dry-run=client`).stdout).toBe('deployment.apps/web patched (dry run)\n');
    expect(sim.run('kubectl get deploy web -o jsonpath={.spec.replicas}').stdout).toBe('1');
  });
});

describe('kubectl patch --subresource=scale', () => {
  it('patches the replicas through the Scale object and names it', () => {
    const sim = withWeb();
    expect(sim.run(`kubectl patch deployment web --subresource=scale --type=merge -p '{"spec":{"replicas":2}}'`).stdout).toBe('scale.autoscaling/web patched\n');
    expect(sim.run('kubectl get deploy web -o jsonpath={.spec.replicas}').stdout).toBe('2');
    expect(sim.run(`kubectl patch deployment web --subresource=scale --type=merge -p '{"spec":{"replicas":2}}' -o jsonpath={.kind}`).stdout).toBe('Scale');
    sim.run('kubectl create configmap c');
    expect(sim.run(`kubectl patch cm c --subresource=scale -p '{}'`).stderr).toBe('Error from server (NotFound): the server could not find the requested resource\n');
  });
});

describe('kubectl apply with merge keys', () => {
  it('keeps a container added by patch when the file never had it, and the defaulted fields of the file\'s containers', () => {
    const sim = createSimulator({ files: { 'd.yaml': deployYaml.replace('name: web\n', 'name: web\n  labels:\n    app: web\n').replace('spec:\n  replicas: 1\n', 'spec:\n  replicas: 1\n  selector:\n    matchLabels:\n      app: web\n').replace('  template:\n    spec:', '  template:\n    metadata:\n      labels:\n        app: web\n    spec:') } });
    expect(sim.run('kubectl apply -f d.yaml').stdout).toBe('deployment.apps/web created\n');
    sim.run(`kubectl patch deploy web -p '{"spec":{"template":{"spec":{"containers":[{"name":"sidecar","image":"busybox"}]}}}}'`);
    sim.files.set('d.yaml', sim.files.get('d.yaml')!.replace('image: nginx', 'image: nginx:1.27'));
    expect(sim.run('kubectl apply -f d.yaml').stdout).toBe('deployment.apps/web configured\n');
    const c = sim.run("kubectl get deploy web -o 'jsonpath={range .spec.template.spec.containers[*]}{.name}={.image},{.imagePullPolicy};{end}'").stdout;
    // imagePullPolicy was defaulted to Always for `nginx` (latest); a list replaced whole would re-default it to IfNotPresent for nginx:1.27.
    expect(c).toBe('nginx=nginx:1.27,Always;sidecar=busybox,Always;');
  });
});

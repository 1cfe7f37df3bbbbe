import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../../src-main/sim/index';
import { createShell, runShell } from '../../../../src-main/sim/bash/index';
import { newShell, out } from './helpers';

describe('kubectl in the shell', () => {
  it('runs kubectl, k and sudo kubectl as the simulator does', () => {
    const sh = newShell();
    expect(out(sh, 'kubectl create deployment web --image=nginx --replicas=2')).toBe('deployment.apps/web created\n');
    const direct = sh.sim.clone().run('kubectl get deploy');
    expect(sh.run('k get deploy')).toEqual(direct);
    expect(sh.run('sudo kubectl get deploy')).toEqual(direct);
  });

  it('matches sim.run for every plain kubectl line, errors included', () => {
    const lines = ['kubectl get pods', 'kubectl get nodes -o wide', 'kubectl get pod nope', 'kubectl frobnicate', 'kubectl run x --image=nginx', 'kubectl get ns'];
    const a = createSimulator({ seed: 3, start: Date.UTC(2026, 0, 15, 10) });
    const b = createSimulator({ seed: 3, start: Date.UTC(2026, 0, 15, 10) });
    for (const line of lines) expect(runShell(a, line), line).toEqual(b.run(line));
  });

  it('pipes kubectl -o json into jq', () => {
    const sh = newShell();
    sh.run('kubectl create deployment web --image=nginx --replicas=2');
    const names = sh.sim.clone().run('kubectl get pods -o name').stdout.replace(/pod\//g, '').trim().split('\n');
    expect(out(sh, "kubectl get pods -o json | jq '.items[].metadata.name'")).toBe(names.map((n) => `"${n}"\n`).join(''));
    expect(out(sh, 'kubectl get pods -o json | jq -r ".items | length"')).toBe('2\n');
  });

  it('counts rows with grep and wc', () => {
    const sh = newShell();
    sh.run('kubectl create deployment web --image=nginx --replicas=3');
    const table = sh.sim.clone().run('kubectl get pods').stdout;
    const expected = table.split('\n').filter((l) => l.includes('Running')).length;
    expect(out(sh, 'kubectl get pods | grep Running | wc -l')).toBe(`${expected}\n`);
    expect(out(sh, 'kubectl get pods --no-headers | wc -l')).toBe('3\n');
  });

  it('decodes a Secret read with jsonpath through base64 -d', () => {
    const sh = newShell();
    out(sh, 'kubectl create secret generic db --from-literal=password=s3cr3t');
    expect(out(sh, "kubectl get secret db -o jsonpath='{.data.password}' | base64 -d")).toBe('s3cr3t');
    expect(out(sh, 'kubectl get secret db -o json | jq -r .data.password | base64 --decode')).toBe('s3cr3t');
  });

  it('writes a dry-run manifest to a file, shows it, and applies it', () => {
    const sh = newShell();
    expect(out(sh, 'kubectl create deployment web --image=nginx --dry-run=client -o yaml > web.yaml')).toBe('');
    const yaml = sh.sim.files.get('web.yaml')!;
    expect(yaml).toContain('kind: Deployment');
    expect(out(sh, 'cat web.yaml')).toBe(yaml);
    expect(out(sh, 'kubectl apply -f web.yaml')).toBe('deployment.apps/web created\n');
    expect(out(sh, 'kubectl get deploy -o name')).toBe('deployment.apps/web\n');
  });

  it('creates pods in a for-loop over $(seq 3)', () => {
    const sh = newShell();
    expect(out(sh, 'for i in $(seq 3); do kubectl run p$i --image=nginx; done')).toBe('pod/p1 created\npod/p2 created\npod/p3 created\n');
    expect(out(sh, 'kubectl get pods -o name | sort')).toBe('pod/p1\npod/p2\npod/p3\n');
  });

  it('loops over the names kubectl prints', () => {
    const sh = newShell();
    sh.run('for n in a b; do kubectl create ns $n; done');
    expect(out(sh, 'for ns in $(kubectl get ns -o name | grep -E "/(a|b)$"); do echo "got $ns"; done')).toBe('got namespace/a\ngot namespace/b\n');
  });

  it('keeps kubectl errors on stderr while stdout feeds the pipe', () => {
    const sh = newShell();
    const r = sh.run('kubectl get pod nope | wc -l');
    expect(r.stdout).toBe('0\n');
    expect(r.stderr).toBe('Error from server (NotFound): pods "nope" not found\n');
    expect(r.exitCode).toBe(0);
    expect(sh.run('kubectl get pod nope 2>&1 | wc -l').stdout).toBe('1\n');
    expect(sh.run('kubectl get pod nope && echo never').stdout).toBe('');
    expect(sh.run('kubectl get pod nope || echo fallback').stdout).toBe('fallback\n');
  });

  it('stores a value from kubectl in a variable and uses it later', () => {
    const sh = newShell();
    out(sh, 'kubectl create deployment web --image=nginx --replicas=2');
    out(sh, 'REPLICAS=$(kubectl get deploy web -o jsonpath="{.spec.replicas}")');
    expect(out(sh, 'echo "web has $REPLICAS replicas"')).toBe('web has 2 replicas\n');
    expect(out(sh, 'kubectl scale deploy web --replicas=$((REPLICAS + 1))')).toBe('deployment.apps/web scaled\n');
  });

  it('feeds piped YAML to kubectl apply -f -', () => {
    const sh = newShell();
    out(sh, 'kubectl create deployment api --image=nginx --dry-run=client -o yaml > api.yaml');
    expect(out(sh, 'cat api.yaml | kubectl apply -f -')).toBe('deployment.apps/api created\n');
    expect(sh.sim.files.has('STDIN')).toBe(false);
  });

  it('writes a here-document to a file, expanding variables, and applies it', () => {
    const sh = newShell();
    out(sh, 'NAME=web');
    const line = ['cat <<EOF > pod.yaml', 'apiVersion: v1', 'kind: Pod', 'metadata:', '  name: $NAME', 'spec:', '  containers:', '  - name: c', '    image: "nginx"', 'EOF', 'kubectl apply -f pod.yaml'].join('\n');
    expect(out(sh, line)).toBe('pod/web created\n');
    expect(sh.sim.files.get('pod.yaml')).toBe('apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: c\n    image: "nginx"\n');
  });

  it('pipes a quoted here-document to kubectl apply -f - without expanding it', () => {
    const sh = newShell();
    const line = ["kubectl apply -f - <<'EOF'", 'apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: cfg', 'data:', '  price: $5', 'EOF'].join('\n');
    expect(out(sh, line)).toBe('configmap/cfg created\n');
    expect(out(sh, "kubectl get cm cfg -o jsonpath='{.data.price}'")).toBe('$5');
  });

  it('deletes what kubectl lists through xargs', () => {
    const sh = newShell();
    out(sh, 'for i in 1 2 3; do kubectl run p$i --image=nginx; done');
    expect(out(sh, 'kubectl get pods -o name | grep -v p2 | xargs kubectl delete --now')).toBe('pod "p1" deleted\npod "p3" deleted\n');
    expect(out(sh, 'kubectl get pods -o name')).toBe('pod/p2\n');
    expect(out(sh, 'echo a b c | xargs -n 1 echo item')).toBe('item a\nitem b\nitem c\n');
    expect(out(sh, 'printf "x\\ny\\n" | xargs -I {} echo "<{}>"')).toBe('<x>\n<y>\n');
    expect(sh.run('echo a | xargs curl')).toEqual({ exitCode: 127, stdout: '', stderr: 'xargs: curl: No such file or directory\n' });
  });

  it('shares the working directory with kubectl: files written by the shell are what apply reads', () => {
    const sim = createSimulator({ seed: 2 });
    const sh = createShell(sim);
    out(sh, 'kubectl run solo --image=nginx --dry-run=client -o yaml > pod.yaml');
    expect(sim.files.has('pod.yaml')).toBe(true);
    expect(out(sh, 'kubectl apply -f ./pod.yaml')).toBe('pod/solo created\n');
  });
});

import { describe, expect, it } from 'vitest';
import { HINT } from '../../../../src-main/sim/bash/index';
import { newShell, out } from './helpers';

/** The shell forms of the study notes, checked against what the simulator itself returns. */
describe('the notes’ shell lines', () => {
  it('prints each node’s capacity with its name through jq', () => {
    const sh = newShell();
    const nodes = JSON.parse(sh.sim.clone().run('kubectl get nodes -o json').stdout) as { items: { metadata: { name: string }; status: { capacity: Record<string, string> } }[] };
    const expected = nodes.items.map((n) => JSON.stringify({ name: n.metadata.name, ...n.status.capacity }, null, 2) + '\n').join('');
    expect(out(sh, 'kubectl get nodes -o json | jq ".items[] | {name:.metadata.name} + .status.capacity"')).toBe(expected);
    expect(out(sh, 'kubectl get nodes -o json |\n      jq ".items[] | {name:.metadata.name} + .status.capacity"')).toBe(expected);
  });

  it('prints each Deployment’s rolling-update strategy with its name', () => {
    const sh = newShell();
    out(sh, 'kubectl create deployment rng --image=nginx');
    expect(out(sh, 'kubectl get deploy -o json | jq ".items[] | {name:.metadata.name} + .spec.strategy.rollingUpdate"')).toBe('{\n  "name": "rng",\n  "maxUnavailable": "25%",\n  "maxSurge": "25%"\n}\n');
  });

  it('greps cluster role bindings for several patterns with -e', () => {
    const sh = newShell();
    const yaml = sh.sim.clone().run('kubectl get clusterrolebindings -o yaml').stdout;
    const expected = yaml.split('\n').filter((l) => l.includes('kubernetes-admin') || l.includes('system:masters'));
    expect(out(sh, 'kubectl get clusterrolebindings -o yaml | grep -e kubernetes-admin -e system:masters')).toBe(expected.map((l) => l + '\n').join(''));
  });

  it('refuses the curly-quoted jq filter and the missing openssl, as a real terminal would', () => {
    const sh = newShell();
    const r = sh.run('kubectl config view --raw -o json | jq -r .users[0].user[“client-certificate-data”] | base64 -d | openssl x509 -text | grep Subject');
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('jq: 1 compile error\n');
    expect(r.stderr).toContain(`bash: openssl: command not found\n${HINT}\n`);
  });

  it('runs the notes’ curl loop, answering curl as missing once with the hint', () => {
    const sh = newShell();
    out(sh, 'kubectl create deployment httpenv --image=jpetazzo/httpenv');
    out(sh, 'kubectl expose deployment httpenv --port 8888');
    const r = sh.run(`for i in $(seq 10); do curl -s http://$(kubectl get service/httpenv -o jsonpath='{.spec.clusterIP}'):8888 | jq ".HOSTNAME"; done`);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`bash: curl: command not found\n${HINT}\n` + 'bash: curl: command not found\n'.repeat(9));
  });

  it('stores a Service’s cluster IP in a variable with $(…)', () => {
    const sh = newShell();
    out(sh, 'kubectl create deployment elastic --image=nginx');
    out(sh, 'kubectl expose deployment elastic --port 9200');
    const ip = sh.sim.clone().run("kubectl get svc elastic -o jsonpath='{.spec.clusterIP}'").stdout;
    out(sh, "IP=$(kubectl get svc elastic -o jsonpath='{.spec.clusterIP}')");
    expect(out(sh, 'echo $IP')).toBe(`${ip}\n`);
  });

  it('saves a Deployment as YAML with > and reads it back', () => {
    const sh = newShell();
    out(sh, 'kubectl create deployment rng --image=nginx');
    expect(out(sh, 'kubectl get deploy/rng -o yaml > rng.yml')).toBe('');
    expect(out(sh, 'cat rng.yml')).toBe(sh.sim.clone().run('kubectl get deploy/rng -o yaml').stdout);
  });

  it('pages a ConfigMap through less, which prints it', () => {
    const sh = newShell();
    out(sh, 'kubectl create configmap haproxy --from-literal=a=b');
    expect(out(sh, 'kubectl get configmap haproxy -o yaml | less')).toBe(sh.sim.clone().run('kubectl get configmap haproxy -o yaml').stdout);
  });

  it('writes to /tmp, which always exists', () => {
    const sh = newShell();
    expect(out(sh, 'echo x > /tmp/out.txt; cat /tmp/out.txt')).toBe('x\n');
  });
});

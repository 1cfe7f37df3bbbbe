import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../../src-main/sim/index';

function withWeb() {
  const sim = createSimulator();
  sim.run('kubectl create deployment web --image=nginx --replicas=2 --port=80');
  sim.run('kubectl expose deployment web --port=8080 --target-port=80');
  sim.cluster.advance(60_000);
  return sim;
}

describe('kubectl port-forward', () => {
  it('prints the Forwarding lines (IPv4 and IPv6) with the Service port translated to the pod\'s, and returns', () => {
    const sim = withWeb();
    expect(sim.run('kubectl port-forward svc/web 8080:8080')).toEqual({ exitCode: 0, stdout: 'Forwarding from 127.0.0.1:8080 -> 80\nForwarding from [::1]:8080 -> 80\n', stderr: '' });
    expect(sim.run('kubectl port-forward deploy/web 9090:80 --address 0.0.0.0').stdout).toBe('Forwarding from 0.0.0.0:9090 -> 80\n');
    expect(sim.run('kubectl port-forward deploy/web 80').stdout).toBe('Forwarding from 127.0.0.1:80 -> 80\nForwarding from [::1]:80 -> 80\n');
  });

  it('answers kubectl\'s errors', () => {
    const sim = withWeb();
    expect(sim.run('kubectl port-forward svc/web').stderr).toBe("error: TYPE/NAME and list of ports are required for port-forward\nSee 'kubectl port-forward -h' for help and examples\n");
    expect(sim.run('kubectl port-forward svc/web 8080:81').stderr).toBe('error: Service web does not have a service port 81\n');
    expect(sim.run('kubectl port-forward nope 8080:80').stderr).toBe('Error from server (NotFound): pods "nope" not found\n');
  });
});

describe('kubectl top', () => {
  it('says the Metrics API is not available on a cluster without metrics-server, as on kubeadm or minikube', () => {
    const sim = withWeb();
    expect(sim.run('kubectl top pods')).toEqual({ exitCode: 1, stdout: '', stderr: 'error: Metrics API not available\n' });
    expect(sim.run('kubectl top node').stderr).toBe('error: Metrics API not available\n');
  });

  it('prints deterministic usage once metrics-server runs, in kubectl\'s padded columns', () => {
    const setup = () => {
      const sim = withWeb();
      sim.run('kubectl -n kube-system create deployment metrics-server --image=registry.k8s.io/metrics-server/metrics-server:v0.7.2');
      sim.cluster.advance(60_000);
      return sim;
    };
    const a = setup().run('kubectl top pods');
    expect(a.exitCode).toBe(0);
    const lines = a.stdout.split('\n');
    expect(lines[0]).toBe('NAME                   CPU(cores)   MEMORY(bytes)   ');
    expect(lines[1]).toMatch(/^web-[a-z0-9]+-[a-z0-9]{5}   \d+m {9,11}\d+Mi +$/);
    expect(setup().run('kubectl top pods').stdout).toBe(a.stdout);
    const nodes = setup().run('kubectl top nodes --no-headers').stdout.split('\n').filter(Boolean);
    expect(nodes.length).toBe(2);
    expect(nodes[0]).toMatch(/^node1 +\d+m +\d+% +\d+Mi +\d+% +$/);
  });

  it('scales usage with the container\'s requests', () => {
    const big = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: big\nspec:\n  containers:\n  - name: big\n    image: nginx\n    resources:\n      requests: {cpu: "2", memory: 1Gi}\n';
    const sim = createSimulator({ files: { 'big.yaml': big } });
    sim.run('kubectl -n kube-system create deployment metrics-server --image=registry.k8s.io/metrics-server/metrics-server:v0.7.2');
    expect(sim.run('kubectl apply -f big.yaml').exitCode).toBe(0);
    sim.run('kubectl run small --image=nginx');
    sim.cluster.advance(60_000);
    const rows = sim.run('kubectl top pod --no-headers --sort-by=cpu').stdout.split('\n');
    expect(rows[0]).toMatch(/^big /);
    const cpu = Number(/ (\d+)m /.exec(rows[0]!)![1]);
    expect(cpu).toBeGreaterThanOrEqual(100);
    expect(cpu).toBeLessThan(2000);
  });
});

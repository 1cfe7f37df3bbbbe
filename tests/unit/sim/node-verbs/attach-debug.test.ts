import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../../src-main/sim/index';

function running() {
  const sim = createSimulator();
  sim.run('kubectl run web --image=nginx');
  sim.cluster.advance(20_000);
  return sim;
}

describe('kubectl attach', () => {
  it('checks the pod and container, then says the terminal cannot stay attached and names the logs command', () => {
    const sim = running();
    expect(sim.run('kubectl attach web')).toEqual({
      exitCode: 1,
      stdout: '',
      stderr: 'error: the drill terminal cannot stay attached to container web of pod web; to see its output, run: kubectl logs web\n',
    });
    expect(sim.run('kubectl attach web -c nope')).toEqual({ exitCode: 1, stdout: '', stderr: 'error: container nope not found in pod web\n' });
    expect(sim.run('kubectl attach nope').stderr).toBe('Error from server (NotFound): pods "nope" not found\n');
    expect(sim.run('kubectl attach')).toEqual({ exitCode: 1, stdout: '', stderr: 'error: at least 1 argument is required for attach\n' });
  });
});

const LEGACY = '--profile=legacy is deprecated and will be removed in the future. It is recommended to explicitly specify a profile, for example "--profile=general".\n';

describe('kubectl debug', () => {
  it('adds an ephemeral container to the pod, naming it when -c is not given', () => {
    const sim = running();
    const r = sim.run('kubectl debug web --image=busybox --target=web');
    expect(r.exitCode).toBe(0);
    expect(r.stderr.startsWith(LEGACY)).toBe(true);
    const name = /^Defaulting debug container name to (debugger-[a-z0-9]{5})\.\n$/.exec(r.stderr.slice(LEGACY.length))?.[1];
    expect(name).toBeDefined();
    const spec = sim.cluster.get('pods', 'default', 'web').spec as { ephemeralContainers?: unknown[] };
    expect(spec.ephemeralContainers).toEqual([{ name, image: 'busybox', terminationMessagePolicy: 'File', targetContainerName: 'web' }]);
    expect(sim.run('kubectl debug web --image=busybox -c web').stderr).toBe(LEGACY + 'error: ephemeral container "web" already exists\n');
  });

  it('with -it, makes the change and says it cannot attach', () => {
    const sim = running();
    const r = sim.run('kubectl debug web -it --image=busybox -c dbg');
    expect(r).toEqual({ exitCode: 0, stdout: '', stderr: LEGACY + "the drill terminal cannot attach to container dbg of pod web; it was added to the pod's spec.ephemeralContainers, but the simulator does not run it\n" });
  });

  it('creates a node debugging pod on the node, with the host root at /host', () => {
    const sim = running();
    const r = sim.run('kubectl debug node/node1 --image=busybox');
    const podName = /^Creating debugging pod (node-debugger-node1-[a-z0-9]{5}) with container debugger on node node1\.\n$/.exec(r.stdout)?.[1];
    expect(podName).toBeDefined();
    const pod = sim.cluster.get('pods', 'default', podName!);
    expect(pod.spec).toMatchObject({ nodeName: 'node1', hostPID: true, hostNetwork: true });
    expect((pod.spec as { volumes: unknown[] }).volumes).toContainEqual({ name: 'host-root', hostPath: { path: '/' } });
    sim.cluster.advance(20_000);
    expect((sim.cluster.get('pods', 'default', podName!).status as { phase?: string }).phase).not.toBe('Pending');
  });

  it('refuses what it cannot do with clear errors', () => {
    const sim = running();
    expect(sim.run('kubectl debug web').stderr).toBe('error: you must specify --image when not using --copy-to.\n');
    expect(sim.run('kubectl debug web --image=busybox --copy-to=web-copy').stderr).toBe(LEGACY + 'error: "kubectl debug --copy-to" is not supported by the simulator yet\n');
    expect(sim.run('kubectl debug --image=busybox').stderr).toBe('error: NAME or filename is required for debug\n');
    expect(sim.run('kubectl debug web --image=busybox --profile=foo').stderr).toBe('error: unknown profile: foo\n');
  });
});

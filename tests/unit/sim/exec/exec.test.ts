import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../../src-main/sim/index';
import { parseScript } from '../../../../src-main/sim/exec/shell-words';

function cluster() {
  const sim = createSimulator({
    files: {
      'pod.yaml': `apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  containers:
  - name: main
    image: busybox
    command: ["sleep", "3600"]
    env:
    - name: COLOR
      valueFrom:
        configMapKeyRef: {name: cfg, key: color}
    - name: PASSWORD
      valueFrom:
        secretKeyRef: {name: creds, key: password}
    - name: MY_POD
      valueFrom:
        fieldRef: {fieldPath: metadata.name}
    envFrom:
    - configMapRef: {name: cfg}
      prefix: CFG_
    volumeMounts:
    - {name: conf, mountPath: /etc/conf}
    - {name: sec, mountPath: /etc/sec}
  - name: side
    image: nginx
  volumes:
  - name: conf
    configMap: {name: cfg}
  - name: sec
    secret: {secretName: creds}
`,
    },
  });
  sim.run('kubectl create deployment web --image=nginx --replicas=2');
  sim.run('kubectl expose deployment web --port=80');
  sim.run('kubectl create configmap cfg --from-literal=color=blue --from-literal=size=L');
  sim.run('kubectl create secret generic creds --from-literal=password=s3cret');
  sim.run('kubectl apply -f pod.yaml');
  sim.cluster.advance(60_000);
  return sim;
}

describe('kubectl exec', () => {
  it('prints env from ConfigMap and Secret refs, the downward API and the service links', () => {
    const sim = cluster();
    const r = sim.run('kubectl exec app -c main -- env');
    expect(r.exitCode).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin');
    expect(lines[1]).toBe('HOSTNAME=app');
    expect(lines).toContain('COLOR=blue');
    expect(lines).toContain('PASSWORD=s3cret');
    expect(lines).toContain('MY_POD=app');
    expect(lines).toContain('CFG_size=L');
    expect(lines).toContain('KUBERNETES_SERVICE_HOST=10.96.0.1');
    expect(lines.some((l) => l.startsWith('WEB_SERVICE_HOST=10.'))).toBe(true);
    expect(lines[lines.length - 2]).toBe('HOME=/root');
  });

  it('answers printenv, hostname and cat of mounted ConfigMap and Secret files', () => {
    const sim = cluster();
    expect(sim.run('kubectl exec app -c main -- printenv COLOR').stdout).toBe('blue\n');
    expect(sim.run('kubectl exec app -c main -- printenv NOPE')).toEqual({ exitCode: 1, stdout: '', stderr: 'command terminated with exit code 1\n' });
    expect(sim.run('kubectl exec app -c main -- hostname').stdout).toBe('app\n');
    expect(sim.run('kubectl exec app -c main -- cat /etc/hostname').stdout).toBe('app\n');
    expect(sim.run('kubectl exec app -c main -- cat /etc/conf/color').stdout).toBe('blue');
    expect(sim.run('kubectl exec app -c main -- cat /etc/sec/password').stdout).toBe('s3cret');
    expect(sim.run('kubectl exec app -c main -- ls /etc/conf').stdout).toBe('color\nsize\n');
  });

  it('says which container it defaulted to when the pod has several', () => {
    const sim = cluster();
    expect(sim.run('kubectl exec app -- hostname')).toEqual({ exitCode: 0, stdout: 'app\n', stderr: 'Defaulted container "main" out of: main, side\n' });
    expect(sim.run('kubectl exec app -q -- hostname').stderr).toBe('');
  });

  it('lists / one name a line without a TTY, in a row with -it', () => {
    const sim = cluster();
    expect(sim.run('kubectl exec app -c main -- ls /').stdout).toBe('bin\ndev\netc\nhome\nlib\nlib64\nproc\nroot\nsys\ntmp\nusr\nvar\n');
    expect(sim.run('kubectl exec -it app -c main -- ls /').stdout).toBe('bin  dev  etc  home  lib  lib64  proc  root  sys  tmp  usr  var\n');
  });

  it('reaches Services by name: nginx\'s welcome page over curl and wget, nslookup from the cluster DNS', () => {
    const sim = cluster();
    const curl = sim.run('kubectl exec deploy/web -- curl -s http://web');
    expect(curl.stdout).toContain('<title>Welcome to nginx!</title>');
    expect(curl.stdout.length).toBe(615);
    expect(sim.run('kubectl exec app -c main -- wget -qO- web.default.svc.cluster.local').stdout).toBe(curl.stdout);
    const ip = sim.run('kubectl get svc web -o jsonpath={.spec.clusterIP}').stdout;
    expect(sim.run('kubectl exec app -c main -- nslookup web').stdout).toBe(`Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\nName:\tweb.default.svc.cluster.local\nAddress: ${ip}\n\n`);
    expect(sim.run('kubectl exec deploy/web -- curl -s http://nope')).toEqual({ exitCode: 6, stdout: '', stderr: 'curl: (6) Could not resolve host: nope\ncommand terminated with exit code 6\n' });
    expect(sim.run('kubectl exec app -c main -- wget -qO- http://nope').stderr).toBe("wget: bad address 'nope'\ncommand terminated with exit code 1\n");
  });

  it('shows curl\'s progress meter on stderr when stdout is not a terminal', () => {
    const sim = cluster();
    const r = sim.run('kubectl exec deploy/web -- curl http://web');
    expect(r.stderr).toContain('% Total    % Received');
    expect(r.stderr).toContain('100   615  100   615');
  });

  it('runs sh -c scripts with variables, && and ||, and reports unknown commands as the shell does', () => {
    const sim = cluster();
    expect(sim.run(`kubectl exec app -c main -- sh -c 'echo "hi $COLOR" && echo done'`).stdout).toBe('hi blue\ndone\n');
    expect(sim.run(`kubectl exec app -c main -- sh -c 'false || echo fallback'`).stdout).toBe('fallback\n');
    expect(sim.run(`kubectl exec app -c main -- sh -c 'foo'`)).toEqual({ exitCode: 127, stdout: '', stderr: 'sh: foo: not found\ncommand terminated with exit code 127\n' });
    expect(sim.run(`kubectl exec deploy/web -- sh -c 'nslookup web'`).stderr).toBe('sh: 1: nslookup: not found\ncommand terminated with exit code 127\n');
  });

  it('fails as containerd does for a binary the image does not have', () => {
    const sim = cluster();
    const r = sim.run('kubectl exec deploy/web -- wget -qO- web');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/^error: Internal error occurred: .*OCI runtime exec failed: exec failed: unable to start container process: exec: "wget": executable file not found in \$PATH: unknown\n$/);
  });

  it('answers kubectl\'s errors: missing pod, unknown container, old syntax, no command', () => {
    const sim = cluster();
    expect(sim.run('kubectl exec nope -- ls')).toEqual({ exitCode: 1, stdout: '', stderr: 'Error from server (NotFound): pods "nope" not found\n' });
    expect(sim.run('kubectl exec app -c x -- ls').stderr).toBe('error: unable to upgrade connection: container not found ("x")\n');
    expect(sim.run('kubectl exec app ls').stderr).toBe("error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead\nSee 'kubectl exec -h' for help and examples\n");
    expect(sim.run('kubectl exec app').stderr).toBe('error: you must specify at least one command for the container\n');
  });
});

describe('files inside one exec', () => {
  it('copies, makes directories and removes within a sh -c script, with busybox\'s messages on failure', () => {
    const sim = cluster();
    expect(sim.run(`kubectl exec app -c main -- sh -c 'mkdir /etc/foo && cp /etc/passwd /etc/foo/passwd && ls /etc/foo'`).stdout).toBe('passwd\n');
    expect(sim.run('kubectl exec app -c main -- cp /etc/passwd /etc/foo/passwd')).toEqual({ exitCode: 1, stdout: '', stderr: "cp: can't create '/etc/foo/passwd': No such file or directory\ncommand terminated with exit code 1\n" });
    expect(sim.run('kubectl exec app -c main -- rm /nope').stderr).toBe("rm: can't remove '/nope': No such file or directory\ncommand terminated with exit code 1\n");
    expect(sim.run('kubectl exec app -c main -- cat /etc/passwd').stdout.startsWith('root:x:0:0:root:/root:/bin/sh\n')).toBe(true);
    expect(sim.run('kubectl exec app -c side -- cat /etc/os-release').stdout).toContain('PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\n');
  });
});

describe('the container shell\'s word splitting', () => {
  it('expands variables outside single quotes and splits on ; && ||', () => {
    const env = new Map([['A', 'x y']]);
    expect(parseScript(`echo "$A" '$A' \${A}; b && c || d`, env)).toEqual([
      // Unquoted expansions are not field-split (a simplification the learners' one-liners do not notice).
      { join: ';', words: ['echo', 'x y', '$A', 'x y'] },
      { join: ';', words: ['b'] },
      { join: '&&', words: ['c'] },
      { join: '||', words: ['d'] },
    ]);
    expect(parseScript('a | b', env)).toEqual({ unsupported: 'pipes' });
  });
});

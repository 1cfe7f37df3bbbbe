import { describe, expect, it } from 'vitest';
import { seededRandom as rng } from '../../../../src-main/cards/seeded';
import { createSimulator } from '../../../../src-main/sim/index';
import { editBegin, editCommit } from '../../../../src-main/sim/kubectl/cmd/edit';
import { applyJsonPatch, applyMergePatch, applyStrategicPatch, PatchError, threeWayMerge } from '../../../../src-main/sim/patch';

const WORDS = [
  'patch', 'edit', 'explain', 'exec', 'port-forward', 'top', 'pod', 'node', 'pods', 'nodes', 'get', '-w', '--watch-only', 'cluster-info', 'dump',
  'deploy/web', 'deployment', 'web', 'svc/web', 'bb', 'pod/bb', '-c', 'x', 'main', '--', 'sh', '-c', "'echo $HOME; foo && ls /'", 'env', 'printenv', 'HOME',
  'curl', 'wget', '-qO-', 'http://web', 'nslookup', 'cat', '/etc/hosts', 'ls', '/', '-it', '-i', '-t', '8080:80', ':80', '80', 'http', '--address', '0.0.0.0',
  '-p', "'{\"spec\":{\"replicas\":2}}'", "'[{\"op\":\"remove\",\"path\":\"/spec\"}]'", "'{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"x\",\"$patch\":\"delete\"}]}}}}'",
  "'{'", "'null'", "'[]'", "'3'", '--type', 'json', 'merge', 'strategic', 'bogus', '--local', '-f', 'd.yaml', '--patch-file', 'p.json', '--dry-run=client', '-o', 'yaml', 'name',
  'pods.spec.containers', 'deploy.spec.template.spec', 'svc.spec.ports', 'cm', '--recursive', '--api-version=v1', '.', '..', 'pod.', '--containers', '--sort-by=cpu', '-A', '--sum',
  '-n', 'kube-system', '=', '-', '"', "'", '\\',
];

const JS_ERROR = /Cannot read propert|is not a function|is not iterable|Maximum call stack|undefined|\[object Object\]/;

function setup() {
  const sim = createSimulator({ files: { 'd.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 1\n', 'p.json': '{"metadata":{"labels":{"a":"b"}}}' } });
  sim.run('kubectl create deployment web --image=nginx');
  sim.run('kubectl expose deployment web --port=80');
  sim.run('kubectl run bb --image=busybox -- sleep 3600');
  sim.run('kubectl -n kube-system create deployment metrics-server --image=registry.k8s.io/metrics-server/metrics-server:v0.7.2');
  sim.cluster.advance(30_000);
  return sim;
}

describe('fuzzing the part-2 verbs', () => {
  it('answers 1,500 random command lines of patch, edit, explain, exec, port-forward, top and get -w with an exit code and text', () => {
    const next = rng(20261126);
    const base = setup();
    for (let i = 0; i < 1500; i++) {
      const sim = i % 50 === 0 ? base.clone() : base;
      const n = 1 + Math.floor(next() * 7);
      const words = ['kubectl'];
      for (let j = 0; j < n; j++) words.push(WORDS[Math.floor(next() * WORDS.length)]!);
      const line = words.join(' ');
      const r = sim.run(line);
      expect(typeof r.exitCode, line).toBe('number');
      expect(typeof r.stdout + typeof r.stderr, line).toBe('stringstring');
      if (r.exitCode !== 0) expect(r.stderr.length, line).toBeGreaterThan(0);
      // run() turns exceptions into text: a JavaScript error message there is a bug.
      expect(r.stderr, line).not.toMatch(JS_ERROR);
    }
  });

  it('never throws from editBegin/editCommit, whatever the text', () => {
    const next = rng(7);
    const sim = setup();
    const texts = ['', '#', 'kind: [', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: "x"\n', '- a\n- b\n', 'null', '{}', '\u0000', 'items: 3\nkind: List\n'];
    for (let i = 0; i < 200; i++) {
      const args = [['deploy/web'], ['deploy', 'web'], ['pod/bb'], ['nope'], [], ['-f', 'd.yaml'], ['--bogus']][Math.floor(next() * 7)]!;
      const begun = editBegin(sim, args);
      expect(typeof begun.ok).toBe('boolean');
      const text = begun.ok && next() < 0.5 ? begun.text.replace(/: \S+\n/, ': [oops\n') : texts[Math.floor(next() * texts.length)]!;
      const r = editCommit(sim, args, text);
      expect(typeof r.exitCode).toBe('number');
      expect(r.stderr).not.toMatch(JS_ERROR);
    }
  });

  it('patch functions only ever throw PatchError on random documents', () => {
    const next = rng(99);
    const atoms: unknown[] = [null, 1, 'x', true, [], {}, [1, 'a'], { name: 'a' }, { $patch: 'delete' }, { $patch: 'replace' }, { $patch: 'bogus' }, [{ name: 'c', $patch: 'delete' }], [{ op: 'add', path: '/a', value: 1 }], [{ op: 'move', from: '/x', path: '/y' }], [{ op: 'test' }]];
    const doc = (depth: number): unknown => {
      if (depth === 0 || next() < 0.3) return atoms[Math.floor(next() * atoms.length)];
      const keys = ['spec', 'containers', 'env', 'metadata', 'labels', 'ports', 'finalizers', '$setElementOrder/containers', '$retainKeys', '$deleteFromPrimitiveList/finalizers'];
      const o: Record<string, unknown> = {};
      for (let i = 0; i < 3; i++) o[keys[Math.floor(next() * keys.length)]!] = doc(depth - 1);
      return next() < 0.2 ? [o] : o;
    };
    for (let i = 0; i < 2000; i++) {
      const target = doc(3);
      const patch = doc(3);
      const safe = (fn: () => unknown) => {
        try {
          fn();
        } catch (e) {
          expect(e).toBeInstanceOf(PatchError);
        }
      };
      safe(() => applyStrategicPatch((target && typeof target === 'object' && !Array.isArray(target) ? target : {}) as Record<string, unknown>, patch, 'Pod'));
      safe(() => applyMergePatch(target, patch));
      safe(() => applyJsonPatch(target, Array.isArray(patch) ? (patch as never) : []));
      safe(() => threeWayMerge({ spec: target }, { spec: patch }, { spec: doc(2) }, 'Pod'));
    }
  });
});

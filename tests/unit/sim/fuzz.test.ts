import { describe, expect, it } from 'vitest';
import { seededRandom as rng } from '../../../src-main/cards/seeded';
import { createSimulator } from '../../../src-main/sim/index';
import { GOLDEN_CASES } from '../../../scripts/kubectl-golden-cases';

const WORDS = [
  'get', 'describe', 'create', 'run', 'expose', 'scale', 'delete', 'label', 'annotate', 'logs', 'api-resources', 'api-versions', 'version', 'cluster-info',
  'deployment', 'deploy', 'pods', 'po', 'svc', 'service', 'nodes', 'ns', 'namespace', 'configmap', 'cm', 'secret', 'generic', 'sa', 'job', 'cronjob', 'all', 'rs',
  'web', 'nginx', 'busybox', 'web/x', 'deploy/web', 'pod/nginx', 'app=web', 'tier-', '--image=nginx', '--image', '--replicas=3', '--replicas', '-r', '-n', 'dev', '-A', '-o', 'yaml',
  'json', 'name', 'wide', '-oyaml', '--dry-run=client', '--dry-run', '-l', '--selector', '--all', '--now', '--force', '--grace-period=0', '--overwrite', '--tail=2', '-f', '-c',
  '--', 'sleep', '3600', '--port=80', '--tcp=80:8080', '--from-literal=a=b', '--show-labels', '-L', 'app', '--sort-by=.metadata.name', '-it', '--rm', '--restart=Never',
  '--expose', '-w', '--no-headers', '-h', '--help', '=', '-', '--=x', "'quoted word'", '"dq \\" x"', '\\', '|', '>', ';', '&&', '$X', '#', '{', '}', '[0]', '-o=jsonpath={.items[*].metadata.name}',
  '--field-selector=status.phase=Running', 'exec', 'apply', 'rollout', 'status', 'foo', '-x', '-nkube-system', '--namespace=', '--output=', 'clusterip', 'nodeport', '--clusterip=None',
];
const CHARS = ' \t-=/:.,\'"\\|><;&$#{}[]()*?!~`aZ09é\u0000\n';

function randomLine(next: () => number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const n = Math.floor(next() * 9);
  const words = [pick(['kubectl', 'k', 'sudo kubectl', 'kubectl', '', 'minikube kubectl --'])];
  for (let i = 0; i < n; i++) words.push(pick(WORDS));
  return words.join(' ');
}

function mutate(line: string, next: () => number): string {
  const chars = [...line];
  const edits = 1 + Math.floor(next() * 4);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(next() * (chars.length + 1));
    const op = next();
    if (op < 0.4) chars.splice(at, 0, CHARS[Math.floor(next() * CHARS.length)]!);
    else if (op < 0.7) chars.splice(at, 1);
    else chars.splice(at, 0, ...` ${WORDS[Math.floor(next() * WORDS.length)]!} `);
  }
  return chars.join('');
}

describe('fuzzing the command line', () => {
  it('answers 10,000 random and mutated command lines (and completes them) with an exit code and text, never an exception', () => {
    const next = rng(20261126);
    const sim = createSimulator({ seed: 5, start: Date.UTC(2026, 0, 15, 10) });
    sim.run('kubectl create deployment web --image=nginx --replicas=2');
    sim.run('kubectl run nginx --image=nginx');
    const seeds = GOLDEN_CASES.map((c) => `kubectl ${c.args.map((a) => (/[\s'"\\|;&<>$#]/.test(a) ? `'${a.replaceAll("'", "'\\''")}'` : a)).join(' ')}`);
    for (let i = 0; i < 10_000; i++) {
      const line = i % 2 === 0 ? randomLine(next) : mutate(seeds[Math.floor(next() * seeds.length)]!, next);
      const r = sim.run(line);
      expect(Number.isInteger(r.exitCode), line).toBe(true);
      expect(typeof r.stdout).toBe('string');
      expect(typeof r.stderr).toBe('string');
      // A failure always says something; an internal crash would read "error: <JS message>" with no kubectl wording.
      if (r.exitCode !== 0) expect(r.stderr.length + r.stdout.length, line).toBeGreaterThan(0);
      expect(r.stderr, line).not.toMatch(/TypeError|ReferenceError|RangeError|undefined is not|Cannot read properties|is not a function|Maximum call stack/);
      // Tab completion sees the same half-typed lines.
      const candidates = sim.complete(line);
      expect(Array.isArray(candidates) && candidates.every((c) => typeof c === 'string'), line).toBe(true);
      if (i % 500 === 0) sim.cluster.advance(5_000);
    }
  });
});

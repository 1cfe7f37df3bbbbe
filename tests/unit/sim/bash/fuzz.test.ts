import { describe, expect, it } from 'vitest';
import { seededRandom as rng } from '../../../../src-main/cards/seeded';
import { createSimulator } from '../../../../src-main/sim/index';
import { createShell } from '../../../../src-main/sim/bash/index';

const SEEDS = [
  'kubectl get pods -o json | jq ".items[] | {name:.metadata.name} + .status.capacity"',
  'for i in $(seq 3); do kubectl run p$i --image=nginx; done',
  "kubectl get secret s -o jsonpath='{.data.password}' | base64 -d",
  'kubectl create deployment web --image=nginx --dry-run=client -o yaml > web.yaml && cat web.yaml',
  'kubectl get pods | grep Running | wc -l',
  'X=$(kubectl get svc -o name | head -1); echo "$X" >> out.txt 2>&1',
  "echo 'a b' | tr a-z A-Z | awk -F' ' '{print $2, $1}' | sort -rn | uniq -c",
  'jq -r \'.items[] | select(.x == "y") | .a[0] // "none"\' f.json',
  'cat <in.txt | cut -d: -f1,3- | head -n 2 | tail -1',
  'printf "%s=%d\\n" a 1 | grep -Eo "[a-z]+" ; echo $((1+2*3)) `echo hi`',
  "cat <<EOF | sed -n 's/b/c/p' | xargs -n 1 echo\na $X b\nEOF",
  'kubectl get pods -o name | xargs kubectl delete; kubectl get deploy web -o yaml | sed "s/replicas: 2/replicas: 3/" | kubectl apply -f -',
];
const PIECES = [
  'kubectl', 'k', 'sudo', 'get', 'pods', '-o', 'json', 'yaml', '|', '||', '&&', ';', '>', '>>', '2>', '2>&1', '<', '&', '(', ')', '$(', '`', '"', "'", '\\',
  '$X', '${X}', '${', '$((', '))', 'for', 'in', 'do', 'done', 'while', 'if', 'then', 'fi', '{', '}', '!', '#', '*', '?', '~',
  'jq', '.', '.items[]', '.[0]', '{name}', 'select(.a)', 'map(.)', 'keys', 'length', '-r', '-c', '"\\(.a)"', '@base64d', 'reduce', '..', '.a |= 1', 'del(.a)',
  'grep', '-E', '-v', '-c', '[[:digit:]]', '(', 'sort', '-k', '2', '-n', 'uniq', '-c', 'cut', '-d:', '-f1', 'tr', 'a-z', 'A-Z', 'awk', "'{print $1}'", '-F:',
  'base64', '-d', 'seq', '3', '1000000', 'echo', 'printf', '%s', 'cat', 'ls', '-l', 'rm', '-rf', 'touch', 'mkdir', 'head', 'tail', '-n', '-5', 'wc', '-l',
  'sed', "'s/a/b/g'", '-i', '/x/d', 'xargs', '-I', '{}', '<<EOF', "<<'EOF'", 'EOF', '-A', '1',
  'curl', 'vi', 'docker', 'x.yaml', 'f.json', 'dir/', '/dev/null', 'clear', 'export', 'A=1', 'true', 'false', '\n', 'é', '\u0000',
];
const CHARS = ' \t-=/:.,\'"\\|><;&$#{}[]()*?!~`aZ09é\n';

function randomLine(next: () => number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  if (next() < 0.4) return mutate(pick(SEEDS), next);
  const n = 1 + Math.floor(next() * 12);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(pick(PIECES));
  return words.join(next() < 0.8 ? ' ' : '');
}

function mutate(line: string, next: () => number): string {
  const chars = [...line];
  const edits = 1 + Math.floor(next() * 4);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(next() * (chars.length + 1));
    const r = next();
    if (r < 0.4) chars.splice(at, 1);
    else if (r < 0.8) chars.splice(at, 0, CHARS[Math.floor(next() * CHARS.length)]!);
    else chars.splice(at, Math.floor(next() * 6));
  }
  return chars.join('');
}

describe('shell fuzz', () => {
  it('answers 5,000 random and mutated lines without throwing, hanging or leaking the stdin file', () => {
    const next = rng(20260115);
    const sim = createSimulator({
      seed: 5,
      start: Date.UTC(2026, 0, 15, 10),
      files: { 'in.txt': 'a:b:c\nd:e:f\n', 'f.json': '{"items":[{"x":"y","a":[1]}]}' },
    });
    sim.run('kubectl create deployment web --image=nginx --replicas=2');
    sim.run('kubectl create secret generic s --from-literal=password=x');
    const shell = createShell(sim);
    let slowest = 0;
    for (let i = 0; i < 5000; i++) {
      const line = randomLine(next);
      const t0 = Date.now();
      const r = shell.run(line);
      slowest = Math.max(slowest, Date.now() - t0);
      expect(typeof r.exitCode, line).toBe('number');
      expect(Number.isInteger(r.exitCode) && r.exitCode >= 0 && r.exitCode <= 255, line).toBe(true);
      expect(typeof r.stdout, line).toBe('string');
      expect(r.stderr, line).not.toContain('internal error');
      if (r.exitCode === 2 && r.stderr.startsWith('bash: ')) expect(r.stderr.endsWith('\n'), line).toBe(true);
    }
    expect(sim.files.has('STDIN')).toBe(false);
    // Every line is bounded: none may take more than a few seconds even on a loaded machine
    // (the whole run must also fit vitest's 30 s test timeout).
    expect(slowest).toBeLessThan(5000);
  });
});

import { describe, expect, it } from 'vitest';
import { drillGrade, isReadOnly, isRefusal, SLOW_DRILL_MS } from '../../../src-main/drills';

describe('drill grade (DESIGN.md §4)', () => {
  const solved = { outcome: 'solved' as const, wrongAttempts: 0, hintUsed: false, elapsedMs: 10_000 };
  it('is 5 for a first try without hint', () => expect(drillGrade(solved)).toBe(5));
  it('is 4 for a first try that took long', () => expect(drillGrade({ ...solved, elapsedMs: SLOW_DRILL_MS + 1 })).toBe(4));
  it('is 3 after a wrong attempt or a hint', () => {
    expect(drillGrade({ ...solved, wrongAttempts: 1 })).toBe(3);
    expect(drillGrade({ ...solved, hintUsed: true })).toBe(3);
  });
  it('is 1 when revealed or failed', () => {
    expect(drillGrade({ ...solved, outcome: 'revealed' })).toBe(1);
    expect(drillGrade({ ...solved, outcome: 'failed' })).toBe(1);
  });
});

describe('reading commands', () => {
  it.each(['kubectl get pods', 'k -n blue describe deploy web', 'kubectl logs web', 'kubectl rollout history deploy/web', 'kubectl scale deploy web --replicas=2 --dry-run=client', 'kubectl delete pod web --help', 'kubectl config view', 'ls'])(
    '%s only reads',
    (line) => expect(isReadOnly(line)).toBe(true),
  );
  it.each(['kubectl scale deploy web --replicas=2', 'kubectl -n blue delete pod web', 'kubectl rollout undo deploy web', 'kubectl config set-context --current --namespace=blue', 'kubectl apply -f x.yaml'])(
    '%s changes the cluster',
    (line) => expect(isReadOnly(line)).toBe(false),
  );
});

describe('refusals', () => {
  it('are a non-zero exit with an error, not an answer or a warning', () => {
    expect(isRefusal({ exitCode: 1, stdout: '', stderr: 'Error from server (NotFound): pods "x" not found\n' })).toBe(true);
    expect(isRefusal({ exitCode: 1, stdout: 'no\n', stderr: '' })).toBe(false);
    expect(isRefusal({ exitCode: 1, stdout: 'no\n', stderr: "Warning: resource 'nodes' is not namespace scoped\n" })).toBe(false);
    expect(isRefusal({ exitCode: 0, stdout: '', stderr: 'error: x\n' })).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../../src-main/sim/index';
import { EDIT_HEADER, editBegin, editCommit } from '../../../../src-main/sim/kubectl/cmd/edit';

function withWeb() {
  const sim = createSimulator();
  sim.run('kubectl create deployment web --image=nginx');
  return sim;
}

function begin(sim: ReturnType<typeof createSimulator>, args: string[]): string {
  const b = editBegin(sim, args);
  if (!b.ok) throw new Error(b.result.stderr);
  return b.text;
}

describe('kubectl edit (editBegin / editCommit)', () => {
  it('opens the object as YAML under kubectl\'s instructions header', () => {
    const sim = withWeb();
    const text = begin(sim, ['deployment/web']);
    expect(text.startsWith(EDIT_HEADER + 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n')).toBe(true);
    expect(text).toBe(begin(sim, ['deploy', 'web']));
    expect(text).toContain('\nstatus:\n');
  });

  it('saves a change and prints `edited`; an unchanged or emptied file cancels', () => {
    const sim = withWeb();
    const text = begin(sim, ['deployment/web']);
    expect(editCommit(sim, ['deployment/web'], text)).toEqual({ exitCode: 0, stdout: 'Edit cancelled, no changes made.\n', stderr: '' });
    expect(editCommit(sim, ['deployment/web'], '# all gone\n\n')).toEqual({ exitCode: 0, stdout: 'Edit cancelled, no changes made.\n', stderr: '' });
    expect(editCommit(sim, ['deployment/web'], text.replace('replicas: 1\n', 'replicas: 3\n'))).toEqual({ exitCode: 0, stdout: 'deployment.apps/web edited\n', stderr: '' });
    expect(sim.run('kubectl get deploy web -o jsonpath={.spec.replicas}').stdout).toBe('3');
  });

  it('reports a validation error as kubectl does and hands back the text to reopen with the failures in its header', () => {
    const sim = withWeb();
    const text = begin(sim, ['deployment/web']);
    const r = editCommit(sim, ['deployment/web'], text.replace('replicas: 1\n', 'replicas: -1\n'));
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe('error: deployments.apps "web" is invalid\n');
    expect(r.reopen).toContain(EDIT_HEADER + '# deployments.apps "web" was not valid:\n# * spec.replicas: Invalid value: -1: must be greater than or equal to 0\n#\napiVersion: apps/v1\n');
    expect(sim.run('kubectl get deploy web -o jsonpath={.spec.replicas}').stdout).toBe('1');
  });

  it('refuses a renamed object and reopens a file with a syntax error', () => {
    const sim = withWeb();
    const text = begin(sim, ['deployment/web']);
    expect(editCommit(sim, ['deployment/web'], text.replace('name: web\n', 'name: other\n')).stderr).toBe('error: At least one of apiVersion, kind and name was changed\n');
    const bad = editCommit(sim, ['deployment/web'], 'spec: [\n');
    expect(bad.exitCode).toBe(1);
    expect(bad.reopen).toContain('# The edited file had a syntax error: error converting YAML to JSON: yaml: ');
  });

  it('answers kubectl\'s errors before opening anything', () => {
    const sim = withWeb();
    expect(editBegin(sim, ['deploy/nope'])).toEqual({ ok: false, result: { exitCode: 1, stdout: '', stderr: 'Error from server (NotFound): deployments.apps "nope" not found\n' } });
    expect(sim.run('kubectl edit').stderr).toMatch(/^error: You must provide one or more resources by argument or filename\./);
    expect(sim.run('kubectl edit deploy/web').stderr).toContain('inline editor');
  });
});

import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../../src-main/sim/index';

const files = { 'p.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers:\n  - name: a\n    image: nginx\n' };

describe('API errors about objects from a file name the file', () => {
  it('create -f of an existing object: AlreadyExists when creating the file', () => {
    const sim = createSimulator({ files });
    sim.run('kubectl create -f p.yaml');
    const r = sim.run('kubectl create -f p.yaml');
    expect(r.stderr).toBe('Error from server (AlreadyExists): error when creating "p.yaml": pods "x" already exists\n');
    expect(r.exitCode).toBe(1);
  });

  it('apply -f into a missing namespace: NotFound when creating the file', () => {
    const r = createSimulator({ files }).run('kubectl apply -f p.yaml -n nope');
    expect(r.stderr).toBe('Error from server (NotFound): error when creating "p.yaml": namespaces "nope" not found\n');
  });
});

import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../../src-main/sim/index';

describe('kubectl apply -f / create -f of a file without objects', () => {
  const files = { 'empty.yaml': '', 'comments.yaml': '# nothing here\n---\n---\n' };

  it('apply says no objects were passed and exits 1', () => {
    const sim = createSimulator({ files });
    for (const f of ['empty.yaml', 'comments.yaml']) {
      const r = sim.run(`kubectl apply -f ${f}`);
      expect(r.stderr).toBe('error: no objects passed to apply\n');
      expect(r.exitCode).toBe(1);
    }
  });

  it('create says no objects were passed and exits 1', () => {
    const sim = createSimulator({ files });
    for (const f of ['empty.yaml', 'comments.yaml']) {
      const r = sim.run(`kubectl create -f ${f}`);
      expect(r.stderr).toBe('error: no objects passed to create\n');
      expect(r.exitCode).toBe(1);
    }
  });
});

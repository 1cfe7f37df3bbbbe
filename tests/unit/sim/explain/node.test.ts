import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../../src-main/sim/index';

const explain = (args: string) => createSimulator().run(`kubectl explain ${args}`);

describe('kubectl explain for nodes', () => {
  it('lists the node spec fields a learner cordons and taints with', () => {
    const r = explain('node.spec');
    expect(r.exitCode).toBe(0);
    expect(r.stdout.startsWith('KIND:       Node\nVERSION:    v1\n\nFIELD: spec <NodeSpec>\n\nDESCRIPTION:\n')).toBe(true);
    expect(r.stdout).toContain('\n  taints\t<[]Taint>\n    If specified, the node\'s taints.\n');
    expect(r.stdout).toContain('\n  unschedulable\t<boolean>\n');
  });

  it('follows a path into taints and marks required fields with their enum', () => {
    const r = explain('no.spec.taints');
    expect(r.stdout).toContain('FIELD: taints <[]Taint>\n');
    expect(r.stdout).toContain('  effect\t<string> -required-\n  enum: NoExecute, NoSchedule, PreferNoSchedule\n');
  });

  it('walks the whole node schema with --recursive', () => {
    const r = explain('node --recursive');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/\n {4}taints\t<\[\]Taint>\n {6}effect\t<string> -required-\n/);
    expect(r.stdout).toMatch(/\n {6}kubeletVersion\t<string> -required-\n/);
  });

  it('refuses a field nodes do not have, as kubectl does', () => {
    const r = explain('node.spec.replicas');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('field "replicas" does not exist');
  });
});

import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../../src-main/sim/index';
import { parseTaints, qualifiedNameErrors, reorganize } from '../../../../src-main/sim/kubectl/cmd/taint-spec';

const ok = (stdout: string) => ({ exitCode: 0, stdout, stderr: '' });
const fail = (stderr: string) => ({ exitCode: 1, stdout: '', stderr });

describe('kubectl taint', () => {
  it('adds, refuses to overwrite without --overwrite, modifies and removes a taint', () => {
    const sim = createSimulator();
    expect(sim.run('kubectl taint nodes node2 dedicated=gpu:NoSchedule')).toEqual(ok('node/node2 tainted\n'));
    expect(sim.cluster.get('nodes', undefined, 'node2').spec).toMatchObject({ taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }] });
    expect(sim.run('kubectl taint nodes node2 dedicated=cpu:NoSchedule')).toEqual(fail('error: node node2 already has dedicated taint(s) with same effect(s) and --overwrite is false\n'));
    expect(sim.run('kubectl taint nodes node2 dedicated=cpu:NoSchedule --overwrite')).toEqual(ok('node/node2 modified\n'));
    expect(sim.run('kubectl taint node node2 dedicated:NoSchedule-')).toEqual(ok('node/node2 untainted\n'));
    expect(sim.cluster.get('nodes', undefined, 'node2').spec).not.toHaveProperty('taints');
    expect(sim.run('kubectl taint nodes node2 dedicated-')).toEqual(fail('error: taint "dedicated" not found\n'));
  });

  it('removes every effect of a key with KEY-', () => {
    const sim = createSimulator();
    sim.run('kubectl taint nodes node2 a=1:NoSchedule a=1:NoExecute b:PreferNoSchedule');
    expect(sim.run('kubectl taint nodes node2 a-')).toEqual(ok('node/node2 untainted\n'));
    expect(sim.cluster.get('nodes', undefined, 'node2').spec).toMatchObject({ taints: [{ key: 'b', effect: 'PreferNoSchedule' }] });
  });

  it('answers malformed commands with kubectl\'s errors', () => {
    const sim = createSimulator();
    expect(sim.run('kubectl taint nodes')).toEqual(fail('error: at least one taint update is required\n'));
    expect(sim.run('kubectl taint nodes node1 a=b:Bad')).toEqual(fail("error: invalid taint effect: Bad, unsupported taint effect\nSee 'kubectl taint -h' for help and examples\n"));
    // Without a colon the whole word is the key, and `=` is not allowed in a key.
    expect(sim.run('kubectl taint nodes node1 a=b').stderr).toMatch(/^error: invalid taint spec: a=b, name part must consist of alphanumeric characters, .*\nSee 'kubectl taint -h' for help and examples\n$/);
    expect(sim.run('kubectl taint nodes node1 a=b=c:NoSchedule').stderr).toBe("error: invalid taint spec: a=b=c:NoSchedule\nSee 'kubectl taint -h' for help and examples\n");
    expect(sim.run('kubectl taint nodes node1 a=b:NoSchedule x')).toEqual(fail('error: all resources must be specified before taint changes: x\n'));
    expect(sim.run('kubectl taint pods x a=b:NoSchedule')).toEqual(fail('error: invalid resource type pods, only node types are supported\n'));
    expect(sim.run('kubectl taint nodes a=b:NoSchedule')).toEqual(fail("error: at least one resource name must be specified since 'all' parameter is not set\n"));
    expect(sim.run('kubectl taint nodes --all -l x=y a=b:NoSchedule')).toEqual(fail("error: setting 'all' parameter with a non empty selector is prohibited\n"));
    expect(sim.run('kubectl taint nodes node1 a=b:NoSchedule a-')).toEqual(fail('error: can not both modify and remove the following taint(s) in the same command: a=\n'));
    expect(sim.run('kubectl taint nodes nope a=b:NoSchedule')).toEqual(fail('Error from server (NotFound): nodes "nope" not found\n'));
    expect(sim.run('kubectl taint nodes node1 a=b:NoSchedule a=c:NoSchedule').stderr).toBe("error: duplicated taints with the same key and effect: {a c NoSchedule <nil>}\nSee 'kubectl taint -h' for help and examples\n");
  });

  it('leaves the node unchanged with --dry-run=client and taints every node with --all', () => {
    const sim = createSimulator();
    expect(sim.run('kubectl taint nodes node2 x=y:NoSchedule --dry-run=client')).toEqual(ok('node/node2 tainted (dry run)\n'));
    expect(sim.cluster.get('nodes', undefined, 'node2').spec).not.toHaveProperty('taints');
    expect(sim.run('kubectl taint nodes --all x=y:PreferNoSchedule')).toEqual(ok('node/node1 tainted\nnode/node2 tainted\n'));
  });

  it('keeps pods that do not tolerate the taint off the node, and lets them in once it is removed', () => {
    const sim = createSimulator();
    sim.run('kubectl taint nodes node2 dedicated=gpu:NoSchedule');
    sim.run('kubectl create deployment web --image=nginx');
    sim.cluster.advance(10_000);
    const pod = () => sim.cluster.list('pods', 'default')[0]!;
    expect((pod().spec as { nodeName?: string }).nodeName).toBeUndefined();
    expect(sim.run('kubectl taint nodes node1 node-role.kubernetes.io/control-plane:NoSchedule-')).toEqual(ok('node/node1 untainted\n'));
    sim.cluster.advance(10_000);
    expect((pod().spec as { nodeName?: string }).nodeName).toBe('node1');
  });
});

describe('taint specs', () => {
  it('parses additions and removals, with or without effect', () => {
    expect(parseTaints(['k=v:NoSchedule', 'k2:NoExecute', 'k3-', 'k4:PreferNoSchedule-'])).toEqual({
      add: [{ key: 'k', value: 'v', effect: 'NoSchedule' }, { key: 'k2', effect: 'NoExecute' }],
      remove: [{ key: 'k3', effect: '' }, { key: 'k4', effect: 'PreferNoSchedule' }],
    });
  });

  it('checks keys as qualified names', () => {
    expect(qualifiedNameErrors('example.com/gpu')).toEqual([]);
    expect(qualifiedNameErrors('-bad')[0]).toMatch(/^name part must consist of alphanumeric characters/);
  });

  it('reports modified when a taint is both added and another removed', () => {
    const r = reorganize('n', [{ key: 'a', effect: 'NoSchedule' }], [{ key: 'b', effect: 'NoSchedule' }], [{ key: 'a', effect: '' }], false);
    expect(r).toEqual({ operation: 'modified', taints: [{ key: 'b', effect: 'NoSchedule' }] });
  });
});

import { describe, expect, it } from 'vitest';
import { applyJsonPatch, applyMergePatch, applyStrategicPatch, listStrategy, parseJsonPatch, PatchError, threeWayMerge } from '../../../../src-main/sim/patch';

const pod = () => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'p', labels: { app: 'web', tier: 'fe' }, finalizers: ['a'] },
  spec: {
    containers: [
      { name: 'nginx', image: 'nginx', ports: [{ containerPort: 80 }], env: [{ name: 'A', value: '1' }, { name: 'B', value: '2' }] },
      { name: 'side', image: 'busybox' },
    ],
    tolerations: [{ key: 'x', operator: 'Exists' }],
  },
});

describe('strategic merge patch', () => {
  it('merges containers by name, keeping the fields the patch does not mention', () => {
    const out = applyStrategicPatch(pod(), { spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] } }, 'Pod') as any;
    expect(out.spec.containers).toEqual([
      { name: 'nginx', image: 'nginx:1.27', ports: [{ containerPort: 80 }], env: [{ name: 'A', value: '1' }, { name: 'B', value: '2' }] },
      { name: 'side', image: 'busybox' },
    ]);
  });

  it('merges list items by key and orders them as kubectl 1.32 does: the patch\'s items first unless an original one ranks before', () => {
    const out = applyStrategicPatch(pod(), { spec: { containers: [{ name: 'nginx', env: [{ name: 'C', value: '3' }, { name: 'A', value: 'x' }], ports: [{ containerPort: 443 }] }] } }, 'Pod') as any;
    // C is new (goes before the remaining originals); A keeps rank 0, so it goes before B.
    expect(out.spec.containers[0].env).toEqual([{ name: 'C', value: '3' }, { name: 'A', value: 'x' }, { name: 'B', value: '2' }]);
    expect(out.spec.containers[0].ports).toEqual([{ containerPort: 443 }, { containerPort: 80 }]);
    const reordered = applyStrategicPatch(pod(), { spec: { containers: [{ name: 'side', image: 'b2' }, { name: 'new', image: 'x' }, { name: 'nginx', image: 'n2' }] } }, 'Pod') as any;
    // Every item named by the patch: the patch's order (checked against kubectl 1.32 --local).
    expect(reordered.spec.containers.map((c: any) => c.name)).toEqual(['side', 'new', 'nginx']);
  });

  it('deletes a list item with $patch: delete and a key with null', () => {
    const out = applyStrategicPatch(pod(), { metadata: { labels: { tier: null } }, spec: { containers: [{ name: 'side', $patch: 'delete' }] } }, 'Pod') as any;
    expect(out.metadata.labels).toEqual({ app: 'web' });
    expect(out.spec.containers.map((c: any) => c.name)).toEqual(['nginx']);
  });

  it('replaces lists without a merge key (tolerations) whole', () => {
    const out = applyStrategicPatch(pod(), { spec: { tolerations: [{ key: 'y', operator: 'Exists' }] } }, 'Pod') as any;
    expect(out.spec.tolerations).toEqual([{ key: 'y', operator: 'Exists' }]);
  });

  it('honours $patch: replace in a map and in a list', () => {
    const map = applyStrategicPatch(pod(), { metadata: { labels: { $patch: 'replace', only: 'x' } } }, 'Pod') as any;
    expect(map.metadata.labels).toEqual({ only: 'x' });
    const list = applyStrategicPatch(pod(), { spec: { containers: [{ $patch: 'replace' }, { name: 'solo', image: 'redis' }] } }, 'Pod') as any;
    expect(list.spec.containers).toEqual([{ name: 'solo', image: 'redis' }]);
  });

  it('merges finalizers as a set and removes with $deleteFromPrimitiveList', () => {
    const added = applyStrategicPatch(pod(), { metadata: { finalizers: ['a', 'b'] } }, 'Pod') as any;
    expect(added.metadata.finalizers).toEqual(['a', 'b']);
    const removed = applyStrategicPatch(added, { metadata: { '$deleteFromPrimitiveList/finalizers': ['a'] } }, 'Pod') as any;
    expect(removed.metadata.finalizers).toEqual(['b']);
  });

  it('orders a merged list with $setElementOrder', () => {
    const out = applyStrategicPatch(pod(), { spec: { '$setElementOrder/containers': [{ name: 'side' }, { name: 'nginx' }], containers: [{ name: 'side', image: 'b2' }] } }, 'Pod') as any;
    expect(out.spec.containers.map((c: any) => `${c.name}=${c.image}`)).toEqual(['side=b2', 'nginx=nginx']);
  });

  it('keeps only the keys $retainKeys names', () => {
    const d = { kind: 'Deployment', spec: { strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1 } } } };
    const out = applyStrategicPatch(d, { spec: { strategy: { $retainKeys: ['type'], type: 'Recreate' } } }, 'Deployment') as any;
    expect(out.spec.strategy).toEqual({ type: 'Recreate' });
  });

  it('refuses a list item without its merge key, with apimachinery\'s message', () => {
    expect(() => applyStrategicPatch(pod(), { spec: { containers: [{ image: 'x' }] } }, 'Pod')).toThrow('map: map[image:x] does not contain declared merge key: name');
  });

  it('merges Service ports by port, and only a Service\'s', () => {
    expect(listStrategy('Service', ['spec', 'ports'])).toEqual({ kind: 'merge', key: 'port' });
    expect(listStrategy('Pod', ['spec', 'containers', 'ports'])).toEqual({ kind: 'merge', key: 'containerPort' });
    expect(listStrategy('Endpoints', ['subsets', 'ports'])).toEqual({ kind: 'replace' });
    const svc = { kind: 'Service', spec: { ports: [{ port: 80, targetPort: 8080 }] } };
    const out = applyStrategicPatch(svc, { spec: { ports: [{ port: 80, nodePort: 30080 }] } }, 'Service') as any;
    expect(out.spec.ports).toEqual([{ port: 80, targetPort: 8080, nodePort: 30080 }]);
  });

  it('does not change its input', () => {
    const p = pod();
    applyStrategicPatch(p, { spec: { containers: [{ name: 'nginx', image: 'changed' }] } }, 'Pod');
    expect(p.spec.containers[0]!.image).toBe('nginx');
  });
});

describe('JSON merge patch (RFC 7386)', () => {
  it('merges maps, deletes with null and replaces lists whole', () => {
    expect(applyMergePatch({ a: 'b', c: { d: 'e', f: 'g' }, l: [1, 2] }, { a: 'z', c: { f: null }, l: [3] })).toEqual({ a: 'z', c: { d: 'e' }, l: [3] });
  });
  it('follows the RFC\'s examples for non-object patches and targets', () => {
    expect(applyMergePatch({ a: 'foo' }, 'bar')).toBe('bar');
    expect(applyMergePatch(['a'], { a: 'b' })).toEqual({ a: 'b' });
    expect(applyMergePatch({}, { a: { bb: { ccc: null } } })).toEqual({ a: { bb: {} } });
  });
});

describe('JSON patch (RFC 6902)', () => {
  const doc = () => ({ spec: { replicas: 1, list: ['a', 'b'] } });
  it('adds, replaces, removes, moves, copies and tests', () => {
    const ops = parseJsonPatch([
      { op: 'add', path: '/spec/list/1', value: 'x' },
      { op: 'add', path: '/spec/list/-', value: 'z' },
      { op: 'replace', path: '/spec/replicas', value: 3 },
      { op: 'copy', from: '/spec/replicas', path: '/spec/copied' },
      { op: 'move', from: '/spec/copied', path: '/moved' },
      { op: 'remove', path: '/spec/list/0' },
      { op: 'test', path: '/moved', value: 3 },
      { op: 'add', path: '/a~1b', value: true },
    ]);
    expect(applyJsonPatch(doc(), ops)).toEqual({ spec: { replicas: 3, list: ['x', 'b', 'z'] }, moved: 3, 'a/b': true });
  });
  it('fails with evanphx/json-patch v4\'s messages (as kubectl 1.32 prints them with --local)', () => {
    expect(() => applyJsonPatch(doc(), [{ op: 'replace', path: '/spec/nope/x', value: 1 }])).toThrow('replace operation does not apply: doc is missing path: /spec/nope/x: missing value');
    expect(() => applyJsonPatch(doc(), [{ op: 'remove', path: '/spec/nope' }])).toThrow("error in remove for path: '/spec/nope': Unable to remove nonexistent key: nope: missing value");
    expect(() => applyJsonPatch(doc(), [{ op: 'add', path: '/spec/list/5', value: 1 }])).toThrow("error in add for path: '/spec/list/5': Unable to access invalid index: 5: invalid index referenced");
    expect(() => applyJsonPatch(doc(), [{ op: 'test', path: '/spec/replicas', value: 2 }])).toThrow('testing value /spec/replicas failed: test failed');
    expect(() => applyJsonPatch(doc(), [{ op: 'add', path: '/x/y', value: 1 }])).toThrow('add operation does not apply: doc is missing path: "/x/y": missing value');
    expect(() => parseJsonPatch({ op: 'add' })).toThrow('cannot unmarshal object');
  });

  it('sets a missing key on replace, as v4 does', () => {
    expect(applyJsonPatch(doc(), [{ op: 'replace', path: '/spec/nope', value: 1 }])).toEqual({ spec: { replicas: 1, list: ['a', 'b'], nope: 1 } });
  });
});

describe('apply\'s three-way merge', () => {
  it('keeps live-only container fields, drops items the last apply had and the file dropped, keeps others\' items', () => {
    const live = { spec: { containers: [{ name: 'a', image: 'a:1', imagePullPolicy: 'Always' }, { name: 'b', image: 'b' }, { name: 'injected', image: 'i' }] } };
    const original = { spec: { containers: [{ name: 'a', image: 'a:1' }, { name: 'b', image: 'b' }] } };
    const modified = { spec: { containers: [{ name: 'a', image: 'a:2' }] } };
    expect(threeWayMerge(live, modified, original, 'Pod')).toEqual({ spec: { containers: [{ name: 'a', image: 'a:2', imagePullPolicy: 'Always' }, { name: 'injected', image: 'i' }] } });
  });
  it('removes a field the last apply set and the file no longer has', () => {
    expect(threeWayMerge({ a: 1, b: 2, c: 3 }, { a: 5 }, { a: 1, b: 2 }, 'X')).toEqual({ a: 5, c: 3 });
  });
});

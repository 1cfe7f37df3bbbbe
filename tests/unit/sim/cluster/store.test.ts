import { describe, expect, it } from 'vitest';
import { formatStatusError, StatusError } from '../../../../src-main/sim/api/errors';
import { deepCopy } from '../../../../src-main/sim/cluster/objects';
import { deployment, names, newCluster, pod, service, START, type Json } from './fixtures';

describe('Cluster.create', () => {
  it('fills metadata and the API server defaults of a Deployment', () => {
    const c = newCluster();
    const d = c.create(deployment('web', 'nginx'));
    expect(d.metadata.uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(d.metadata.generation).toBe(1);
    expect(d.metadata.creationTimestamp).toBe('2026-11-26T10:00:00Z');
    expect(d.metadata.namespace).toBe('default');
    const spec = d.spec as Json;
    expect(spec.strategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } });
    expect(spec.revisionHistoryLimit).toBe(10);
    expect(spec.progressDeadlineSeconds).toBe(600);
    const tpl = spec.template.spec;
    expect(tpl).toMatchObject({ restartPolicy: 'Always', dnsPolicy: 'ClusterFirst', terminationGracePeriodSeconds: 30, schedulerName: 'default-scheduler', securityContext: {} });
    expect(tpl.containers[0]).toMatchObject({ imagePullPolicy: 'Always', terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File', resources: {} });
  });

  it('pulls tagged images only if not present', () => {
    const c = newCluster();
    const p = c.create(pod('a', 'nginx:1.27'));
    expect((p.spec as Json).containers[0].imagePullPolicy).toBe('IfNotPresent');
    const q = c.create(pod('b', 'nginx:latest'));
    expect((q.spec as Json).containers[0].imagePullPolicy).toBe('Always');
  });

  it('names objects from generateName with five random characters', () => {
    const c = newCluster();
    const p = c.create({ ...pod('x', 'nginx'), metadata: { name: '', generateName: 'job-' } });
    expect(p.metadata.name).toMatch(/^job-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
  });

  it('allocates a ClusterIP in 10.96.0.0/12 and NodePorts in 30000-32767', () => {
    const c = newCluster();
    const s = c.create(service('web', { app: 'web' }, 80, 'NodePort'));
    const spec = s.spec as Json;
    expect(spec.clusterIP).toMatch(/^10\.(9[6-9]|10[0-9]|11[01])\.\d+\.\d+$/);
    expect(spec.clusterIPs).toEqual([spec.clusterIP]);
    expect(spec.ports[0].nodePort).toBeGreaterThanOrEqual(30000);
    expect(spec.ports[0].nodePort).toBeLessThanOrEqual(32767);
    expect(spec.externalTrafficPolicy).toBe('Cluster');
  });

  it('refuses a taken ClusterIP and an existing name with the API server wording', () => {
    const c = newCluster();
    const s = service('dup', { app: 'x' }, 80);
    (s.spec as Json).clusterIP = '10.96.0.1';
    expect(() => c.create(s)).toThrow('spec.clusterIPs: Invalid value: ["10.96.0.1"]: failed to allocate IP 10.96.0.1: provided IP is already allocated');
    c.create(deployment('web', 'nginx'));
    try {
      c.create(deployment('web', 'nginx'));
      expect.unreachable();
    } catch (e) {
      expect(formatStatusError(e as StatusError)).toBe('Error from server (AlreadyExists): deployments.apps "web" already exists');
    }
  });

  it('refuses objects in a missing namespace and invalid names', () => {
    const c = newCluster();
    expect(() => c.create({ ...pod('a', 'nginx'), metadata: { name: 'a', namespace: 'nope' } })).toThrow('namespaces "nope" not found');
    expect(() => c.create(pod('Bad_Name', 'nginx'))).toThrow(/metadata.name: Invalid value: "Bad_Name": a lowercase RFC 1123 subdomain/);
  });

  it('refuses a deployment whose selector does not match its template', () => {
    const c = newCluster();
    const d = deployment('web', 'nginx');
    (d.spec as Json).selector = { matchLabels: { app: 'other' } };
    expect(() => c.create(d)).toThrow('spec.template.metadata.labels: Invalid value: map[string]string{"app":"web"}: `selector` does not match template `labels`');
  });

  it('leaves no trace on a dry run', () => {
    const c = newCluster();
    const before = c.list('pods', undefined).length;
    const p = c.create(pod('dry', 'nginx'), { dryRun: true });
    expect(p.metadata.uid).toBeDefined();
    expect(c.list('pods', undefined).length).toBe(before);
    expect(c.tryGet('pods', 'default', 'dry')).toBeUndefined();
  });
});

describe('Cluster.get, list, update', () => {
  it('raises NotFound with kubectl wording', () => {
    const c = newCluster();
    expect(() => c.get('pods', 'default', 'x')).toThrow('pods "x" not found');
    expect(() => c.get('deploy', 'default', 'x')).toThrow('deployments.apps "x" not found');
  });

  it('lists in namespace/name order and filters by label and field selectors', () => {
    const c = newCluster();
    c.create(pod('b', 'nginx', { labels: { app: 'one' } }));
    c.create(pod('a', 'nginx', { labels: { app: 'two' } }));
    expect(names(c, 'pods')).toEqual(['a', 'b']);
    expect(names(c, 'pods', 'default', 'app=one')).toEqual(['b']);
    expect(c.list('pods', undefined, { fieldSelector: 'metadata.namespace=default,metadata.name!=a' }).map((p) => p.metadata.name)).toEqual(['b']);
    expect(c.list('pods', undefined).map((p) => p.metadata.namespace)).toEqual([...c.list('pods', undefined).map((p) => p.metadata.namespace!)].sort());
  });

  it('refuses an unsupported field selector the way the API server does', () => {
    const c = newCluster();
    expect(() => c.list('pods', 'default', { fieldSelector: 'spec.foo=x' })).toThrow('Unable to find "/v1, Resource=pods" that match label selector "", field selector "spec.foo=x": field label not supported: spec.foo');
  });

  it('bumps generation on spec changes and refuses a stale resourceVersion', () => {
    const c = newCluster();
    const d = c.create(deployment('web', 'nginx'));
    const stale = deepCopy(d);
    const edit = deepCopy(c.get('deploy', 'default', 'web'));
    (edit.spec as Json).replicas = 2;
    const updated = c.update(edit);
    expect(updated.metadata.generation).toBe(2);
    expect(updated.metadata.uid).toBe(d.metadata.uid);
    (stale.spec as Json).replicas = 5;
    expect(() => c.update(stale)).toThrow('Operation cannot be fulfilled on deployments.apps "web": the object has been modified');
  });

  it('keeps the stored status on update, as the status subresource does', () => {
    const c = newCluster();
    c.create(pod('p', 'nginx'));
    c.advance(8_000);
    const edit = deepCopy(c.get('pods', 'default', 'p'));
    delete edit.status;
    edit.metadata.labels = { run: 'p', extra: 'yes' };
    const updated = c.update(edit);
    expect((updated.status as Json).phase).toBe('Running');
    expect(updated.metadata.labels).toEqual({ run: 'p', extra: 'yes' });
  });

  it('keeps a Service\'s ClusterIP and NodePort when an update omits them', () => {
    const c = newCluster();
    const s = c.create(service('web', { app: 'web' }, 80, 'NodePort'));
    const replacement = service('web', { app: 'web' }, 80, 'NodePort');
    const updated = c.update(replacement);
    expect((updated.spec as Json).clusterIP).toBe((s.spec as Json).clusterIP);
    expect((updated.spec as Json).ports[0].nodePort).toBe((s.spec as Json).ports[0].nodePort);
  });

  it('refuses pod spec changes other than images, with the API server message', () => {
    const c = newCluster();
    c.create(pod('p', 'nginx'));
    const edit = deepCopy(c.get('pods', 'default', 'p'));
    (edit.spec as Json).containers[0].command = ['sleep', '1'];
    expect(() => c.update(edit)).toThrow('Pod "p" is invalid: spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`');
  });

  it('returns frozen objects so callers cannot change the store by accident', () => {
    const c = newCluster();
    const p = c.create(pod('a', 'nginx'));
    expect(() => {
      (p.metadata as Json).name = 'b';
    }).toThrow(TypeError);
  });
});

describe('Cluster construction', () => {
  it('builds identical, independent clusters from identical options', () => {
    const a = newCluster();
    const b = newCluster();
    expect(b.list('pods', undefined).map((p) => p.metadata.uid)).toEqual(a.list('pods', undefined).map((p) => p.metadata.uid));
    a.create(pod('only-a', 'nginx'));
    expect(b.tryGet('pods', 'default', 'only-a')).toBeUndefined();
    expect(b.create(pod('x', 'nginx')).metadata.uid).toBe(newCluster().create(pod('x', 'nginx')).metadata.uid);
    expect(newCluster({ seed: 8 }).list('pods', 'kube-system')[0]!.metadata.uid).not.toBe(a.list('pods', 'kube-system')[0]!.metadata.uid);
  });
});

describe('Cluster.clone', () => {
  it('makes an independent copy that continues the same random sequence', () => {
    const c = newCluster();
    c.create(deployment('web', 'nginx', 2));
    c.advance(10_000);
    const copy = c.clone();
    copy.create(pod('only-in-copy', 'nginx'));
    copy.advance(60_000);
    expect(c.tryGet('pods', 'default', 'only-in-copy')).toBeUndefined();
    expect(c.now()).toBe(START + 10_000);
    expect(copy.now()).toBe(START + 70_000);
    const a = c.clone();
    const b = c.clone();
    expect(a.create(pod('p', 'nginx')).metadata.uid).toBe(b.create(pod('p', 'nginx')).metadata.uid);
  });

  it('keeps the original unchanged when the clone deletes and scales', () => {
    const c = newCluster();
    c.create(deployment('web', 'nginx', 2));
    c.advance(10_000);
    const before = names(c, 'pods');
    const copy = c.clone();
    copy.delete('deploy', 'default', 'web');
    copy.advance(60_000);
    expect(names(copy, 'pods')).toEqual([]);
    expect(names(c, 'pods')).toEqual(before);
  });
});

import { describe, expect, it } from 'vitest';
import { deployment, newCluster, pod } from './fixtures';

describe('Cluster.logs', () => {
  it('prints ping lines, one per second of virtual time', () => {
    const c = newCluster();
    c.create(pod('pingpong', 'alpine', { command: ['ping', '1.1.1.1'] }));
    c.advance(5_000);
    c.advance(10_000);
    const lines = c.logs('default', 'pingpong');
    expect(lines[0]).toBe('PING 1.1.1.1 (1.1.1.1): 56 data bytes');
    expect(lines[1]).toMatch(/^64 bytes from 1\.1\.1\.1: seq=0 ttl=42 time=\d+\.\d{3} ms$/);
    expect(lines.length).toBeGreaterThanOrEqual(11);
    const seqs = lines.slice(1).map((l) => Number(/seq=(\d+)/.exec(l)![1]));
    expect(seqs).toEqual(seqs.map((_, i) => i));
  });

  it('is deterministic and honours --tail without generating the whole log', () => {
    const a = newCluster();
    const b = newCluster();
    for (const c of [a, b]) {
      c.create(pod('pingpong', 'alpine', { args: ['ping', '8.8.8.8'] }));
      c.advance(3_600_000);
    }
    const tail = a.logs('default', 'pingpong', { tail: 3 });
    expect(tail).toEqual(b.logs('default', 'pingpong', { tail: 3 }));
    expect(tail).toHaveLength(3);
    const all = a.logs('default', 'pingpong');
    expect(all.slice(-3)).toEqual(tail);
    expect(a.logs('default', 'pingpong', { tail: 0 })).toEqual([]);
  });

  it('filters by sinceSeconds and prefixes timestamps', () => {
    const c = newCluster();
    c.create(pod('p', 'busybox', { command: ['ping', '1.1.1.1'] }));
    c.advance(60_000);
    const recent = c.logs('default', 'p', { sinceSeconds: 10 });
    expect(recent.length).toBeGreaterThanOrEqual(9);
    expect(recent.length).toBeLessThanOrEqual(11);
    expect(c.logs('default', 'p', { tail: 1, timestamps: true })[0]).toMatch(/^2026-11-26T10:00:\d\d\.\d{9}Z 64 bytes from/);
  });

  it('prints nginx startup lines', () => {
    const c = newCluster();
    c.create(deployment('web', 'nginx'));
    c.advance(10_000);
    const [p] = c.list('pods', 'default');
    const lines = c.logs('default', p!.metadata.name);
    expect(lines[0]).toBe('/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration');
    expect(lines).toContain('/docker-entrypoint.sh: Configuration complete; ready for start up');
    expect(lines.some((l) => /^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d \[notice\] 1#1: nginx\/1\.27\.3$/.test(l))).toBe(true);
  });

  it('prints what echo printed, and the previous run after a restart', () => {
    const c = newCluster();
    c.create(pod('hi', 'busybox', { command: ['sh', '-c', 'echo hello; sleep 2'] }));
    c.advance(15_000);
    expect(c.logs('default', 'hi')).toEqual(['hello']);
    expect(c.logs('default', 'hi', { previous: true })).toEqual(['hello']);
  });

  it('refuses logs of a container that has not started, with the kubelet message', () => {
    const c = newCluster();
    c.create(pod('typo', 'nginxx'));
    expect(() => c.logs('default', 'typo')).toThrow('container "typo" in pod "typo" is waiting to start: ContainerCreating');
    c.advance(5_000);
    expect(() => c.logs('default', 'typo')).toThrow('container "typo" in pod "typo" is waiting to start: trying and failing to pull image');
    expect(() => c.logs('default', 'typo', { container: 'nope' })).toThrow('container nope is not valid for pod typo');
    c.create(pod('fresh', 'nginx'));
    c.advance(8_000);
    expect(() => c.logs('default', 'fresh', { previous: true })).toThrow('previous terminated container "fresh" in pod "fresh" not found');
  });
});

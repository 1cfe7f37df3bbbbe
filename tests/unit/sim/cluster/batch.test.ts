import { describe, expect, it } from 'vitest';
import type { KObject } from '../../../../src-main/sim/api/types';
import { resolveResource } from '../../../../src-main/sim/api/registry';
import { printTable } from '../../../../src-main/sim/printers/table';
import { nextRun, parseCron } from '../../../../src-main/sim/controllers/cron';
import { names, newCluster, scale, START, statusOf, type Json } from './fixtures';

function job(name: string, command: string[], extra: Json = {}): KObject {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name },
    spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name, image: 'busybox', command }] } }, ...extra },
  };
}

describe('jobs', () => {
  it('labels and selects pods by controller uid, runs them to completion, and reports it', () => {
    const c = newCluster();
    const j = c.create(job('hello', ['echo', 'hi']));
    const uid = j.metadata.uid!;
    expect((j.spec as Json).selector).toEqual({ matchLabels: { 'batch.kubernetes.io/controller-uid': uid } });
    expect((j.spec as Json).template.metadata.labels).toMatchObject({ 'batch.kubernetes.io/job-name': 'hello', 'job-name': 'hello', 'controller-uid': uid });
    expect(names(c, 'pods')[0]).toMatch(/^hello-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    c.advance(10_000);
    const st = statusOf(c.get('jobs', 'default', 'hello'));
    expect(st.succeeded).toBe(1);
    expect(st.conditions.map((x: Json) => x.type)).toEqual(['SuccessCriteriaMet', 'Complete']);
    const table = printTable(resolveResource('jobs')!, c.list('jobs', 'default'), { now: c.now() });
    expect(table).toMatch(/^NAME    STATUS     COMPLETIONS   DURATION   AGE\nhello   Complete   1\/1           \d+s         10s\n$/);
  });

  it('runs completions with parallelism and stops at the backoff limit', () => {
    const c = newCluster();
    c.create(job('many', ['true'], { completions: 3, parallelism: 2 }));
    expect(c.list('pods', 'default')).toHaveLength(2);
    c.advance(20_000);
    expect(statusOf(c.get('jobs', 'default', 'many')).succeeded).toBe(3);
    c.create(job('fail', ['false'], { backoffLimit: 1 }));
    c.advance(30_000);
    const st = statusOf(c.get('jobs', 'default', 'fail'));
    expect(st.failed).toBe(2);
    expect(st.conditions.map((x: Json) => x.type)).toEqual(['FailureTarget', 'Failed']);
  });

  it('refuses restartPolicy Always in a job template', () => {
    const c = newCluster();
    const bad = job('x', ['true']);
    (bad.spec as Json).template.spec.restartPolicy = 'Always';
    expect(() => c.create(bad)).toThrow('spec.template.spec.restartPolicy: Unsupported value: "Always": supported values: "OnFailure", "Never"');
  });
});

describe('cron schedules', () => {
  const at = (iso: string) => Date.parse(iso);
  it.each([
    ['*/5 * * * *', '2026-11-26T10:02:30Z', '2026-11-26T10:05:00Z'],
    ['0 * * * *', '2026-11-26T10:00:00Z', '2026-11-26T11:00:00Z'],
    ['@daily', '2026-11-26T10:00:00Z', '2026-11-27T00:00:00Z'],
    ['30 2 * * mon', '2026-11-26T10:00:00Z', '2026-11-30T02:30:00Z'],
    ['0 0 1 jan *', '2026-11-26T10:00:00Z', '2027-01-01T00:00:00Z'],
  ])('%s after %s is %s', (schedule, after, expected) => {
    expect(new Date(nextRun(parseCron(schedule), at(after))!).toISOString().replace('.000Z', 'Z')).toBe(expected);
  });

  it('rejects malformed schedules', () => {
    expect(() => parseCron('* * *')).toThrow('expected exactly 5 fields');
    expect(() => parseCron('61 * * * *')).toThrow();
  });
});

describe('cronjobs', () => {
  it('creates a job each scheduled minute and keeps the history limit', () => {
    const c = newCluster();
    c.create({
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'tick' },
      spec: { schedule: '* * * * *', jobTemplate: { spec: { template: { spec: { restartPolicy: 'OnFailure', containers: [{ name: 'tick', image: 'busybox', command: ['date'] }] } } } } },
    });
    c.advance(5 * 60_000 + 30_000);
    const jobs = names(c, 'jobs');
    expect(jobs).toHaveLength(3);
    for (const j of jobs) expect(j).toMatch(/^tick-\d{8}$/);
    expect(jobs[2]).toBe(`tick-${Math.floor(START / 60_000) + 5}`);
    const st = statusOf(c.get('cj', 'default', 'tick'));
    expect(st.lastScheduleTime).toBe('2026-11-26T10:05:00Z');
    const reasons = new Set(c.list('events', 'default').filter((e) => (e.involvedObject as Json).kind === 'CronJob').map((e) => e.reason));
    expect([...reasons].sort()).toEqual(['SawCompletedJob', 'SuccessfulCreate', 'SuccessfulDelete']);
  });
});

describe('statefulsets', () => {
  it('creates pods in order with stable names and scales down from the top', () => {
    const c = newCluster();
    c.create({
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: { name: 'db' },
      spec: { replicas: 3, serviceName: 'db', selector: { matchLabels: { app: 'db' } }, template: { metadata: { labels: { app: 'db' } }, spec: { containers: [{ name: 'redis', image: 'redis:7' }] } } },
    });
    expect(names(c, 'pods')).toEqual(['db-0']);
    c.advance(30_000);
    expect(names(c, 'pods')).toEqual(['db-0', 'db-1', 'db-2']);
    expect((c.get('pods', 'default', 'db-1').spec as Json).hostname).toBe('db-1');
    expect(printTable(resolveResource('sts')!, c.list('sts', 'default'), { now: c.now() })).toBe('NAME   READY   AGE\ndb     3/3     30s\n');
    scale(c, 'sts', 'db', 1);
    c.advance(10_000);
    expect(names(c, 'pods')).toEqual(['db-0']);
  });
});

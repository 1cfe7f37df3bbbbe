/**
 * Transcripts from the course notes (../shared/notes/000, "ReplicaSet"): the hello-world-rest-api
 * deployment on a three-node GKE cluster, one pod deleted (the ReplicaSet replaces it), then
 * scaled to 3. Generated parts differ by nature (the pod-template hash depends on the template,
 * pod suffixes are random), so names are normalized; everything else is compared as printed,
 * whitespace-normalized as a drill's output check does.
 */
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../src-main/sim/index';

const GKE = ['jvqc', 'ndlk', 'm2zw'].map((s) => ({ name: `gke-in28minutes-claster-default-pool-8086b58c-${s}`, roles: [] }));
const IMAGE = 'in28min/hello-world-rest-api:0.0.1.RELEASE';

/** Pod and ReplicaSet names lose their generated parts; lines lose their column padding. */
function normalize(text: string): string[] {
  return text
    .trim()
    .split('\n')
    .map((line) => line.replace(/hello-world-rest-api-[a-z0-9]{6,10}(-[a-z0-9]{5})?/g, (_, pod) => `hello-world-rest-api-HASH${pod ? '-POD' : ''}`).trim().split(/\s+/).join(' '));
}

function notesCluster() {
  const sim = createSimulator({ seed: 7, start: Date.UTC(2026, 0, 15, 10), scenario: { nodes: GKE } });
  expect(sim.run(`kubectl create deployment hello-world-rest-api --image=${IMAGE}`).exitCode).toBe(0);
  sim.cluster.advance(8 * 86_400_000);
  const first = sim.cluster.list('pods', 'default')[0]!.metadata.name;
  expect(sim.run(`kubectl delete pods ${first}`).stdout).toBe(`pod "${first}" deleted\n`);
  sim.cluster.advance(245_000);
  expect(sim.run('kubectl scale deployment hello-world-rest-api --replicas=3').stdout).toBe('deployment.apps/hello-world-rest-api scaled\n');
  sim.cluster.advance(89_000);
  return sim;
}

describe('the notes transcripts (hello-world-rest-api scaled to 3)', () => {
  const sim = notesCluster();

  it('kubectl get pods lists the replacement pod and the two new ones, all Running', () => {
    const transcript = `
NAME                                    READY   STATUS    RESTARTS   AGE
hello-world-rest-api-6f58bf7f76-6dgl9   1/1     Running   0          89s
hello-world-rest-api-6f58bf7f76-7cc8w   1/1     Running   0          5m35s
hello-world-rest-api-6f58bf7f76-gq67r   1/1     Running   0          89s`;
    const [header, ...rows] = normalize(sim.run('kubectl get pods').stdout);
    const [wantHeader, ...wantRows] = normalize(transcript);
    expect(header).toBe(wantHeader);
    expect(rows.sort()).toEqual(wantRows.sort());
  });

  it('kubectl get replicaset shows 3 desired, current and ready, 8 days old', () => {
    const transcript = `
NAME                              DESIRED   CURRENT   READY   AGE
hello-world-rest-api-6f58bf7f76   3         3         3       8d`;
    expect(normalize(sim.run('kubectl get replicaset').stdout)).toEqual(normalize(transcript));
  });

  it('kubectl get pods -o wide places the pods on the GKE nodes with pod IPs', () => {
    const lines = normalize(sim.run('kubectl get pods -o wide').stdout);
    expect(lines[0]).toBe('NAME READY STATUS RESTARTS AGE IP NODE NOMINATED NODE READINESS GATES');
    for (const row of lines.slice(1)) {
      expect(row).toMatch(/^hello-world-rest-api-HASH-POD 1\/1 Running 0 (89s|5m35s) \d+\.\d+\.\d+\.\d+ gke-in28minutes-claster-default-pool-8086b58c-(jvqc|ndlk|m2zw) <none> <none>$/);
    }
  });

  it('kubectl get events tells the same story: killing, replacing, scheduling, scaling', () => {
    const lines = normalize(sim.run('kubectl get events').stdout);
    expect(lines[0]).toBe('LAST SEEN TYPE REASON OBJECT MESSAGE');
    const has = (re: RegExp) => expect(lines.some((l) => re.test(l)), String(re)).toBe(true);
    has(/^5m35s Normal Killing pod\/hello-world-rest-api-HASH-POD Stopping container hello-world-rest-api$/);
    has(/^5m35s Normal SuccessfulCreate replicaset\/hello-world-rest-api-HASH Created pod: hello-world-rest-api-HASH-POD$/);
    has(/^89s Normal Scheduled pod\/hello-world-rest-api-HASH-POD Successfully assigned default\/hello-world-rest-api-HASH-POD to gke-in28minutes-claster-default-pool-8086b58c-\w{4}$/);
    has(/^\d+s Normal Started pod\/hello-world-rest-api-HASH-POD Started container hello-world-rest-api$/);
    // kubectl 1.32 words the scaling event with the old size ("from 1 to 3"); the notes' older cluster did not.
    has(/^89s Normal ScalingReplicaSet deployment\/hello-world-rest-api Scaled up replica set hello-world-rest-api-HASH from 1 to 3$/);
    expect(lines.filter((l) => / SuccessfulCreate /.test(l) && l.startsWith('89s')).length).toBe(2);
  });
});

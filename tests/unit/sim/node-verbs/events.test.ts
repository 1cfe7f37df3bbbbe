import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../../src-main/sim/index';

function withBadPod() {
  const sim = createSimulator();
  sim.run('kubectl run web --image=nginx');
  sim.run('kubectl run bad --image=nginx:nope');
  sim.cluster.advance(60_000);
  return sim;
}

const lines = (s: string) => s.split('\n').filter(Boolean);

describe('kubectl events', () => {
  it('lists the namespace\'s events oldest first with OBJECT as Kind/name and repeats as (xN over T)', () => {
    const sim = withBadPod();
    const r = sim.run('kubectl events');
    expect(r.exitCode).toBe(0);
    const out = lines(r.stdout);
    expect(out[0]).toMatch(/^LAST SEEN +TYPE +REASON +OBJECT +MESSAGE$/);
    expect(out).toContain(out.find((l) => /^60s +Normal +Scheduled +Pod\/web +Successfully assigned default\/web to node2$/.test(l)));
    expect(out.some((l) => /^\d+s \(x\d+ over \d+s\) +Warning +Failed +Pod\/bad +Error: ErrImagePull$/.test(l))).toBe(true);
    // Oldest first: the age of the last sighting never grows down the table.
    const ages = out.slice(1).map((l) => Number(/^(\d+)s/.exec(l)![1]));
    expect(ages).toEqual([...ages].sort((a, b) => b - a));
    expect(new Set(ages).size).toBeGreaterThan(1);
  });

  it('filters by --types and --for, and adds NAMESPACE with -A', () => {
    const sim = withBadPod();
    const warnings = lines(sim.run('kubectl events --types=Warning').stdout).slice(1);
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.every((l) => / Warning +Failed +Pod\/bad /.test(l))).toBe(true);
    const web = lines(sim.run('kubectl events --for=pod/web').stdout).slice(1);
    expect(web.map((l) => l.split(/ {2,}/)[2])).toEqual(['Scheduled', 'Pulling', 'Pulled', 'Created', 'Started']);
    const all = lines(sim.run('kubectl events -A --types=warning').stdout);
    expect(all[0]).toMatch(/^NAMESPACE +LAST SEEN +TYPE/);
    expect(all.slice(1).every((l) => l.startsWith('default '))).toBe(true);
    expect(lines(sim.run('kubectl events --for pod/web --no-headers').stdout)).toHaveLength(5);
  });

  it('says so on stderr when there are no events, and refuses unknown types', () => {
    const sim = createSimulator();
    expect(sim.run('kubectl events -n empty')).toEqual({ exitCode: 0, stdout: '', stderr: 'No events found in empty namespace.\n' });
    expect(sim.run('kubectl events --types=Info')).toEqual({ exitCode: 1, stdout: '', stderr: 'error: valid --types are Normal or Warning\n' });
  });

  it('with -w, prints the events that arrive on the virtual clock, then ends', () => {
    const sim = createSimulator();
    sim.run('kubectl run late --image=nginx');
    const r = sim.run('kubectl events -w --for=pod/late');
    const out = lines(r.stdout);
    expect(out[1]).toMatch(/^0s +Normal +Scheduled +Pod\/late /);
    expect(out.slice(2).map((l) => l.split(/ {2,}/)[2])).toEqual(['Pulling', 'Pulled', 'Created', 'Started']);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { createSimulator, type Scenario } from '../../../src-main/sim/index';
import { parseAdvance } from '../../../src-main/sim/scenario';

const SCENARIOS = join(import.meta.dirname, '../../../decks/scenarios');

describe('scenarios', () => {
  it('creates the namespaces, runs the setup in order, advances the clock and keeps the files', () => {
    const scenario: Scenario = {
      id: 't',
      seed: 9,
      start: '2026-01-15T10:00:00Z',
      namespaces: ['dev'],
      setup: ['kubectl create deployment web --image=nginx -n dev', { advance: '90s' }],
      files: { 'app.env': 'A=1\n' },
    };
    const sim = createSimulator({ scenario });
    expect(sim.cluster.tryGet('deployments', 'dev', 'web')).toBeDefined();
    expect(sim.cluster.now()).toBe(Date.parse('2026-01-15T10:01:30Z'));
    expect(sim.run('kubectl create configmap c --from-env-file=app.env -o jsonpath={.data.A}').stdout).toBe('1');
  });

  it('names the failing setup step and its kubectl error', () => {
    expect(() => createSimulator({ scenario: { setup: ['kubectl get', 'kubectl create deployment web'] } })).toThrow(
      /setup step 1 \(kubectl get\) failed: You must specify the type of resource to get/,
    );
  });

  it('takes the namespace, context and server from the scenario kubeconfig', () => {
    const sim = createSimulator({
      scenario: {
        namespaces: ['team'],
        kubeconfig: {
          currentContext: 'admin@k',
          clusters: [{ name: 'k', server: 'https://10.0.0.1:6443' }],
          users: [{ name: 'admin' }],
          contexts: [{ name: 'admin@k', cluster: 'k', user: 'admin', namespace: 'team' }],
        },
      },
    });
    expect(sim.namespace).toBe('team');
    expect(sim.run('kubectl get pods').stderr).toBe('No resources found in team namespace.\n');
    expect(sim.run('kubectl get pods --context=admin@k').exitCode).toBe(0);
    expect(sim.run('kubectl get pods --context=sim').stderr).toBe('Error in configuration: context was not found for specified context: sim\n');
    expect(sim.run('kubectl cluster-info').stdout).toContain('https://10.0.0.1:6443');
  });

  it('reads durations as 30s, 5m, 1h30m or plain seconds', () => {
    expect([parseAdvance('30s'), parseAdvance('5m'), parseAdvance('1h30m'), parseAdvance(2)]).toEqual([30_000, 300_000, 5_400_000, 2_000]);
    expect(() => parseAdvance('soon')).toThrow(/invalid duration/);
  });

  for (const file of readdirSync(SCENARIOS).filter((f) => f.endsWith('.yaml'))) {
    it(`builds the curated scenario ${file}`, () => {
      const scenario = parse(readFileSync(join(SCENARIOS, file), 'utf8')) as Scenario;
      expect(() => createSimulator({ scenario })).not.toThrow();
    });
  }
});

/** Small scenarios for the drill tests, written as the deck parser would hand them over. */
import type { ScenarioFile } from '../../../src-main/decks/schema';

const base = { seed: 42, start: '2026-01-15T10:00:00Z', nodes: ['node1', 'node2'] };

export const PINGPONG: ScenarioFile = {
  ...base,
  id: 'pingpong',
  description: 'pingpong',
  setup: ['kubectl create deployment pingpong --image=alpine -- ping 1.1.1.1', { advance: '60s' }],
};

export const BLUE_GREEN: ScenarioFile = {
  ...base,
  id: 'azul-verde',
  description: 'two namespaces',
  namespaces: ['blue', 'green'],
  setup: ['kubectl create deployment redis --image=redis -n blue', 'kubectl create deployment web --image=nginx', { advance: '60s' }],
  files: { 'web.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-config\ndata:\n  a: "1"\n' },
};

export const BROKEN: ScenarioFile = {
  ...base,
  id: 'broken',
  description: 'a scenario whose second step fails',
  setup: ['kubectl create deployment web --image=nginx', 'kubectl scale deployment nope --replicas=2'],
};

export const TWO_DEPLOYS: ScenarioFile = {
  ...base,
  id: 'dos',
  description: 'two deployments in default',
  setup: ['kubectl create deployment web --image=nginx', 'kubectl create deployment api --image=httpd', { advance: '60s' }],
};

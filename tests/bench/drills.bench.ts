/**
 * Drill checking (DESIGN.md §7: a drill check — copy the scenario, run the answer and the
 * learner's command, compare — under 5 ms at p99), on the shipped scenarios.
 */
import path from 'node:path';
import { checkAttempt, DrillSession, ScenarioCache, type DrillTask } from '../../src-main/drills';
import { scenarioSourceFromDir } from '../../src-main/drills/scenario-files';
import { measure, printSection, type Figures } from './harness';

const DECKS = path.resolve(__dirname, '..', '..', 'decks');
const CHECK_BUDGET_MS = 5;

interface Case {
  name: string;
  scenario: string;
  task: DrillTask;
  learner: string;
}

const CASES: Case[] = [
  { name: 'state: scale (pingpong)', scenario: 'pingpong', task: { answer: 'kubectl scale deployment pingpong --replicas=8', check: 'state' }, learner: 'kubectl scale deploy/pingpong --replicas 8' },
  { name: 'state: wrong count, explained', scenario: 'pingpong', task: { answer: 'kubectl scale deployment pingpong --replicas=8', check: 'state' }, learner: 'kubectl scale deploy/pingpong --replicas 3' },
  { name: 'state: expose (dockercoins)', scenario: 'dockercoins', task: { answer: 'kubectl expose deployment rng --port 80', check: 'state' }, learner: 'kubectl expose deploy/rng --port=80' },
  { name: 'state: delete pods -l (pingdnsgoogle)', scenario: 'pingdnsgoogle', task: { answer: 'kubectl delete pods -l app=pingdnsgoogle', check: 'state' }, learner: 'kubectl delete pod -l app=pingdnsgoogle' },
  { name: 'output: get pods -o wide (dockercoins)', scenario: 'dockercoins', task: { answer: 'kubectl get pods -o wide', check: 'output' }, learner: 'kubectl get po -owide' },
];

export function benchDrills(): void {
  const cache = new ScenarioCache(scenarioSourceFromDir(DECKS));
  const rows: Figures[] = [];
  for (const c of CASES) {
    const base = cache.shared(c.scenario);
    const expected = new DrillSession(base, c.task, 0).expected;
    const after = base.clone();
    const result = after.run(c.learner);
    rows.push(
      // One attempt as the app runs it: the answer's result is computed once per drill and kept.
      measure(`attempt: ${c.name}`, 300, () => new DrillSession(base, c.task, 0, expected).run(c.learner, 0), CHECK_BUDGET_MS),
      // From scratch: a copy for each side, both commands, the comparison.
      measure(`  from scratch`, 300, () => new DrillSession(base, c.task, 0).run(c.learner, 0), CHECK_BUDGET_MS),
      // The simulator alone running the learner's command on a copy: what the checker adds is the rest.
      measure(`  of which the simulator`, 300, () => base.clone().run(c.learner)),
      measure(`  the checker alone (compare)`, 300, () => checkAttempt(base, expected, after, c.learner, result)),
    );
  }
  const base = cache.fresh('dockercoins');
  const session = new DrillSession(base, { answer: 'kubectl scale deploy/worker --replicas=10', check: 'state' }, 0);
  rows.push(measure('one more learner command (answer already run)', 300, () => session.run('kubectl get deploy worker', 0)));
  rows.push(measure('Tab completion of a name (dockercoins)', 300, () => session.complete('kubectl scale deploy w')));
  rows.push(measure('build a scenario (dockercoins, uncached)', 20, () => new ScenarioCache(scenarioSourceFromDir(DECKS)).fresh('dockercoins')));
  printSection('drills', rows);
}

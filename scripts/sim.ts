/**
 * `npm run sim`: a kubectl prompt on a simulated cluster.
 *
 *   npm run sim                          interactive, on the default two-node cluster
 *   npm run sim -- --scenario FILE.yaml  start from a scenario (decks/scenarios/*.yaml)
 *   npm run sim -- --json < cmds.txt     one command per line in; one JSON object per line out:
 *                                        {"command","exitCode","stdout","stderr"}
 *   --seed N, --start 2026-01-15T10:00:00Z override the scenario's.
 *
 * Interactive extras (not kubectl): Tab completion, `advance 60s` runs the virtual clock, `exit`
 * quits. History is kept in ~/.repaso_sim_history.
 */
import { createInterface } from 'node:readline';
import { readFileSync, appendFileSync, existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createSimulator, type Scenario } from '../src-main/sim/index';
import { parseAdvance } from '../src-main/sim/scenario';
import { createShell } from '../src-main/sim/bash/index';

interface Args { json: boolean; scenario?: string; seed?: number; start?: string }

function parseArgs(argv: string[]): Args {
  const a: Args = { json: false };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    if (k === '--json') a.json = true;
    else if (k === '--scenario') a.scenario = argv[++i];
    else if (k === '--seed') a.seed = Number(argv[++i]);
    else if (k === '--start') a.start = argv[++i];
    else if (k === '--help' || k === '-h') {
      console.log('usage: npm run sim -- [--json] [--scenario FILE] [--seed N] [--start RFC3339]');
      process.exit(0);
    } else {
      console.error(`sim: unknown option ${k}`);
      process.exit(2);
    }
  }
  return a;
}

function loadScenarioFile(path: string): Scenario {
  const scenario = parse(readFileSync(path, 'utf8')) as Scenario;
  return { ...scenario, files: scenario.files ?? {}, ...(scenario.id ? {} : { id: path }) };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const scenario = args.scenario ? loadScenarioFile(args.scenario) : undefined;
  const sim = createSimulator({
    ...(args.seed !== undefined ? { seed: args.seed } : {}),
    ...(args.start ? { start: args.start } : {}),
    ...(scenario ? { scenario } : {}),
  });
  // Lines run through the drill terminal's shell: kubectl plus pipes, redirects, $(...) and loops.
  const shell = createShell(sim);
  // Tab completes the last word like kubectl's shell completion (verbs, flags, types, names).
  const completer = (line: string): [string[], string] => [sim.complete(line), /\S*$/.exec(line)?.[0] ?? ''];
  const rl = createInterface({ input: process.stdin, output: args.json ? undefined : process.stdout, terminal: !args.json && process.stdin.isTTY, completer });
  if (args.json) {
    rl.on('line', (line) => {
      const r = shell.run(line);
      process.stdout.write(JSON.stringify({ command: line, exitCode: r.exitCode, stdout: r.stdout, stderr: r.stderr }) + '\n');
    });
    return;
  }
  const historyFile = join(homedir(), '.repaso_sim_history');
  const history = existsSync(historyFile) ? readFileSync(historyFile, 'utf8').split('\n').filter(Boolean).reverse().slice(0, 500) : [];
  (rl as unknown as { history: string[] }).history = history;
  const prompt = () => rl.setPrompt(`sim:${sim.namespace}$ `);
  prompt();
  console.log(`Repaso cluster simulator (kubectl 1.32). ${scenario ? `Scenario: ${scenario.id}. ` : ''}Type kubectl commands; "advance 60s" moves the clock; "exit" quits.`);
  rl.prompt();
  rl.on('line', (line) => {
    const trimmed = line.trim();
    if (trimmed) appendFileSync(historyFile, trimmed + '\n');
    if (trimmed === 'exit' || trimmed === 'quit') return rl.close();
    const adv = /^advance\s+(\S+)$/.exec(trimmed);
    if (adv) {
      try {
        sim.cluster.advance(parseAdvance(adv[1]!));
        console.log(`clock: ${new Date(sim.cluster.now()).toISOString()}`);
      } catch (e) {
        console.error((e as Error).message);
      }
    } else {
      const r = shell.run(line);
      process.stdout.write(r.stdout);
      process.stderr.write(r.stderr);
    }
    prompt();
    rl.prompt();
  });
  rl.on('close', () => process.exit(0));
}

main();

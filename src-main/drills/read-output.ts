/**
 * Read-the-output drills: a choice whose options come from running commands on the scenario.
 * Either the learner sees an output and picks the command that printed it (`showing: output`),
 * or sees a command and picks its output (`showing: command`). The answer and each distractor
 * run on their own fresh copy; a distractor that prints the same as the answer is dropped, since
 * it would be a second right option.
 */
import type { Simulator } from '../sim';
import { runShell } from '../sim/bash';
import { normalizeOutput } from './compare';

export interface ReadSpec {
  showing: 'output' | 'command';
  /** Other commands, run on the scenario to make the wrong options. */
  distractors: string[];
}

export interface ReadChoice {
  showing: 'output' | 'command';
  shown: string;
  options: string[];
  /** Index of the right option in `options`. */
  correct: number;
}

/** @param shuffleSeed a whole number; the same seed gives the same order (stable across reloads). */
export function buildReadChoice(base: Simulator, answer: string, spec: ReadSpec, shuffleSeed: number): ReadChoice {
  const printed = (line: string) => {
    const r = runShell(base.clone(), line);
    return r.stdout + r.stderr;
  };
  const answerOut = printed(answer);
  const key = (text: string) => normalizeOutput(text).join('\n');
  const seen = new Set([key(answerOut)]);
  const wrong: { command: string; output: string }[] = [];
  for (const d of spec.distractors) {
    const out = printed(d);
    if (seen.has(key(out))) continue;
    seen.add(key(out));
    wrong.push({ command: d, output: out });
  }
  const all = [{ command: answer, output: answerOut }, ...wrong];
  const order = shuffled(all.length, shuffleSeed);
  const options = order.map((i) => (spec.showing === 'output' ? all[i]!.command : all[i]!.output));
  return { showing: spec.showing, shown: spec.showing === 'output' ? answerOut : answer, options, correct: order.indexOf(0) };
}

/** Fisher–Yates over indices with a small LCG: deterministic, no Math.random. */
function shuffled(n: number, seed: number): number[] {
  const idx = [...Array(n).keys()];
  let s = (seed >>> 0) || 1;
  for (let i = n - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [idx[i], idx[j]] = [idx[j]!, idx[i]!];
  }
  return idx;
}

import { createSimulator } from '../../../../src-main/sim/index';
import { createShell, type Shell } from '../../../../src-main/sim/bash/index';

/** A shell over a fresh simulator (fixed seed and clock) with the given virtual files. */
export function newShell(files: Record<string, string> = {}): Shell {
  return createShell(createSimulator({ seed: 7, start: Date.UTC(2026, 0, 15, 10), files }));
}

/** Runs a line and returns its standard output, failing the test on anything written to stderr. */
export function out(shell: Shell, line: string): string {
  const r = shell.run(line);
  if (r.stderr !== '') throw new Error(`unexpected stderr for ${line}: ${r.stderr}`);
  return r.stdout;
}

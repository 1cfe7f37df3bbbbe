import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../../src-main/sim/index';

const DIR = join(import.meta.dirname, '../../../golden/kubectl/help');
const sim = createSimulator();

describe('--help for every kubectl command', () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort()) {
    const path = file.replace(/\.txt$/, '').split('_');
    if (path[0] === 'kubectl' || path[0] === 'options') continue;
    it(`kubectl ${path.join(' ')} --help prints the recorded help`, () => {
      expect(sim.runArgv([...path, '--help'])).toEqual({ exitCode: 0, stdout: readFileSync(join(DIR, file), 'utf8'), stderr: '' });
    });
  }
  it('kubectl alone and kubectl options print the root help and the global options', () => {
    expect(sim.runArgv([]).stdout).toBe(readFileSync(join(DIR, 'kubectl.txt'), 'utf8'));
    expect(sim.runArgv(['options']).stdout).toBe(readFileSync(join(DIR, 'options.txt'), 'utf8'));
  });
});

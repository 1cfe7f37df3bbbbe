import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../../src-main/sim/index';
import { normalizeKlog, recordedCases, recorderKubeconfig } from '../golden-cases';

/**
 * Cases the simulator does not reproduce yet, with the reason. Kept short and honest: a case
 * listed here that starts passing fails this test, so the list cannot go stale.
 */
const KNOWN_GAPS: Record<string, string> = {};

describe('every recorded kubectl case', () => {
  for (const c of recordedCases()) {
    const title = `kubectl ${c.args.join(' ')} prints what kubectl 1.32 prints (${c.id})`;
    const check = () => {
      const sim = createSimulator({ seed: 7, start: Date.UTC(2026, 10, 26, 11, 0, 0), files: c.files ?? {}, kubeconfig: recorderKubeconfig() });
      const r = sim.runArgv(c.args);
      return { exit: r.exitCode, stdout: r.stdout, stderr: normalizeKlog(r.stderr) };
    };
    if (KNOWN_GAPS[c.id]) {
      it(`${title}: known gap, ${KNOWN_GAPS[c.id]}`, () => {
        const got = check();
        expect(got).not.toEqual({ exit: c.exit, stdout: c.stdout, stderr: normalizeKlog(c.stderr) });
      });
    } else {
      it(title, () => {
        expect(check()).toEqual({ exit: c.exit, stdout: c.stdout, stderr: normalizeKlog(c.stderr) });
      });
    }
  }
});

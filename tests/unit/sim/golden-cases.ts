/** Reads the golden cases recorded from the real kubectl (scripts/record-kubectl-goldens.ts). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultKubeconfig, type Kubeconfig } from '../../../src-main/sim/kubectl/kubeconfig';

export interface RecordedCase {
  id: string;
  args: string[];
  files?: Record<string, string>;
  exit: number;
  stdout: string;
  stderr: string;
  discoveryCache: boolean;
}

const DIR = join(import.meta.dirname, '../../golden/kubectl/cases');

export function recordedCases(): RecordedCase[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as RecordedCase);
}

/** klog headers carry the wall clock and a process id: compare the message only. */
export function normalizeKlog(text: string): string {
  return text.replace(/^([IWEF])\d{4} \d\d:\d\d:\d\d\.\d{6}\s+\d+ /gm, '$1MMDD hh:mm:ss.uuuuuu PID ');
}

/** The kubeconfig the recorder gives kubectl: the simulator's default with the unreachable server. */
export function recorderKubeconfig(): Kubeconfig {
  const kc = defaultKubeconfig();
  kc.clusters.sim!.server = 'https://127.0.0.1:1';
  return kc;
}

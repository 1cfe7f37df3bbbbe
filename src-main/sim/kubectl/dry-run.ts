/**
 * --dry-run as cmdutil.GetDryRunStrategy reads it: `client`, `server`, `none`; a bare `--dry-run`
 * (or a boolean) still works with a deprecation warning, which kubectl logs through klog.
 */
import { CliError } from './errors';
import type { Invocation } from './invocation';
import { klogWarning } from './klog';

export type DryRun = 'none' | 'client' | 'server';

export function dryRunStrategy(inv: Invocation): DryRun {
  const v = inv.flags.string('dry-run');
  switch (v) {
    case 'unchanged':
      inv.out.err(klogWarning(inv.env.cluster.now(), 'helpers.go:702', '--dry-run is deprecated and can be replaced with --dry-run=client.'));
      return 'client';
    case 'client':
    case 'server':
    case 'none':
      return v;
    case '':
      // Commands without a --dry-run flag.
      return 'none';
  }
  const b = ({ '1': true, t: true, T: true, TRUE: true, true: true, True: true, '0': false, f: false, F: false, FALSE: false, false: false, False: false } as Record<string, boolean>)[v];
  if (b === undefined) throw new CliError(`Invalid dry-run value (${v}). Must be "none", "server", or "client".`);
  inv.out.err(klogWarning(inv.env.cluster.now(), b ? 'helpers.go:716' : 'helpers.go:719', `--dry-run=${v} is deprecated (boolean value) and can be replaced with --dry-run=${b ? 'client' : 'none'}.`));
  return b ? 'client' : 'none';
}

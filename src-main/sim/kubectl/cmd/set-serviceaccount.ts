/**
 * kubectl set serviceaccount (-f FILENAME | TYPE NAME) SERVICE_ACCOUNT
 * (kubectl/pkg/cmd/set/set_serviceaccount.go): the pod template's serviceAccountName.
 * Honoured: --local, -f, --all, --dry-run, -o, -n. Accepted without effect: --field-manager, -R,
 * -k, --template, --show-managed-fields, --allow-missing-template-keys.
 */
import { CliError } from '../errors';
import type { Verb } from '../invocation';
import { podSpecOf, runSet } from './set-common';

export const setServiceAccount: Verb = {
  path: 'set serviceaccount',
  run(inv) {
    const args = inv.args;
    if (args.length === 0) throw new CliError('serviceaccount is required');
    const name = args[args.length - 1]!;
    runSet(inv, args.slice(0, -1), 'serviceaccount updated', (o) => {
      const ps = podSpecOf(o);
      if (!ps) throw new CliError(`the ${o.kind.toLowerCase()} "${o.metadata.name}" has no pod template`);
      ps.serviceAccountName = name;
    });
  },
};

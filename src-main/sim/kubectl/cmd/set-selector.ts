/**
 * kubectl set selector (-f FILENAME | TYPE NAME) EXPRESSIONS (kubectl/pkg/cmd/set/set_selector.go):
 * replaces a Service's selector (`key=value,...`). Honoured: --local, -f, --all, --dry-run, -o,
 * -n. Accepted without effect: --resource-version, --field-manager, -R, --template,
 * --show-managed-fields, --allow-missing-template-keys.
 */
import { CliError } from '../errors';
import type { Verb } from '../invocation';
import { splitCsv } from '../flags/parse-flags';
import { runSet } from './set-common';

export const setSelector: Verb = {
  path: 'set selector',
  run(inv) {
    const args = inv.args;
    const expr = args.length ? args[args.length - 1]! : '';
    if (!expr.includes('=')) throw new CliError('one selector is required');
    const selector = Object.fromEntries(splitCsv(expr).map((kv) => {
      const i = kv.indexOf('=');
      if (i <= 0) throw new CliError(`invalid selector: ${kv}`);
      return [kv.slice(0, i), kv.slice(i + 1)];
    }));
    runSet(inv, args.slice(0, -1), 'selector updated', (o) => {
      if (o.kind !== 'Service') throw new CliError(`the ${o.kind.toLowerCase()} "${o.metadata.name}" has no selector that can be set`);
      o.spec = { ...((o.spec as Record<string, unknown>) ?? {}), selector };
    });
  },
};

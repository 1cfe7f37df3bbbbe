/**
 * kubectl set resources (-f FILENAME | TYPE NAME) ([--limits=LIMITS & --requests=REQUESTS])
 * (kubectl/pkg/cmd/set/set_resources.go): every selected container's requests and limits.
 * Honoured: --limits, --requests, -c/--containers, --local, -f, --dry-run, -o, -n, -l, --all.
 * Accepted without effect: --field-manager, -R, -k, --template, --show-managed-fields,
 * --allow-missing-template-keys.
 */
import { CliError } from '../errors';
import type { Verb } from '../invocation';
import { splitCsv } from '../flags/parse-flags';
import { containersOf, runSet } from './set-common';

function quantities(spec: string, flag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of splitCsv(spec)) {
    const i = item.indexOf('=');
    if (i <= 0) throw new CliError(`invalid argument ${JSON.stringify(item)} for --${flag}: expected <resource>=<quantity>`);
    out[item.slice(0, i)] = item.slice(i + 1);
  }
  return out;
}

export const setResources: Verb = {
  path: 'set resources',
  run(inv) {
    const f = inv.flags;
    const limits = quantities(f.string('limits'), 'limits');
    const requests = quantities(f.string('requests'), 'requests');
    if (!Object.keys(limits).length && !Object.keys(requests).length) throw new CliError('you must specify an update to requests or limits (in the form of --requests/--limits)');
    const selector = f.string('containers') || '*';
    runSet(inv, inv.args, 'resource requirements updated', (o) => {
      const containers = containersOf(o, selector);
      if (containers.length === 0) throw new CliError(`unable to find container named ${selector}`);
      for (const c of containers) {
        const res = { ...((c.resources as Record<string, Record<string, string>> | undefined) ?? {}) };
        if (Object.keys(limits).length) res.limits = { ...(res.limits ?? {}), ...limits };
        if (Object.keys(requests).length) res.requests = { ...(res.requests ?? {}), ...requests };
        c.resources = res;
      }
    });
  },
};

/**
 * kubectl set env RESOURCE/NAME KEY_1=VAL_1 ... KEY_N- (kubectl/pkg/cmd/set/set_env.go): sets or
 * removes environment variables in the containers (init containers too), or lists them with
 * --list. Honoured: KEY=VALUE, KEY-, -c/--containers, --list, --local, -f, --overwrite, --dry-run,
 * -o, -n, -l, --all. Accepted without effect: --from, --prefix, --keys, --env, --resolve,
 * --field-manager, -R, -k, --template, --show-managed-fields, --allow-missing-template-keys.
 */
import { CliError } from '../errors';
import type { Verb } from '../invocation';
import { readManifests } from '../manifests';
import { namespaceOf } from '../invocation';
import { containersOf, runSet, splitAssignments } from './set-common';
import { collectTargets } from './targets';

interface EnvVar { name: string; value?: string }

export const setEnv: Verb = {
  path: 'set env',
  run(inv) {
    const f = inv.flags;
    const { resources, items } = splitAssignments(inv.args, true);
    const containerSel = f.string('containers') || '*';
    if (f.bool('list')) {
      const objs = f.bool('local') ? readManifests(inv, f.list('filename')) : collectTargets(inv, namespaceOf(inv), resources).objects;
      for (const o of objs) {
        for (const c of containersOf(o, containerSel)) {
          inv.out.out(`# ${o.kind} ${o.metadata.name}, container ${c.name}\n`);
          for (const e of (c.env as EnvVar[] | undefined) ?? []) inv.out.out(e.value !== undefined ? `${e.name}=${e.value}\n` : `# ${e.name} from: unknown\n`);
        }
      }
      return;
    }
    if (items.length === 0 && !f.list('env').length) throw new CliError('at least one environment variable must be provided');
    const set: Array<[string, string]> = [];
    const remove: string[] = [];
    for (const it of [...items, ...f.list('env')]) {
      const i = it.indexOf('=');
      if (i > 0) set.push([it.slice(0, i), it.slice(i + 1)]);
      else if (it.endsWith('-')) remove.push(it.slice(0, -1));
      else throw new CliError(`environment variables must be of the form key=value and can only contain letters, numbers, and underscores`);
    }
    runSet(inv, resources, 'env updated', (o) => {
      const containers = containersOf(o, containerSel);
      if (containers.length === 0) throw new CliError(`unable to find container named ${containerSel}`);
      for (const c of containers) {
        let env = [...((c.env as EnvVar[] | undefined) ?? [])].filter((e) => !remove.includes(e.name));
        for (const [name, value] of set) {
          const at = env.findIndex((e) => e.name === name);
          if (at >= 0) {
            if (!f.bool('overwrite')) throw new CliError(`'${name}' already has a value (${env[at]!.value ?? ''}), and --overwrite is false`);
            env[at] = { name, value };
          } else env = [...env, { name, value }];
        }
        if (env.length) c.env = env;
        else delete c.env;
      }
    });
  },
};

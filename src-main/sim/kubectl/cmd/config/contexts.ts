/**
 * kubectl config get-contexts, current-context, use-context, set-context, delete-context and
 * rename-context (kubectl/pkg/cmd/config), with kubectl's messages. Honoured: every flag these
 * commands list (--current, --cluster, --user, --namespace, -o name, --no-headers).
 */
import { renderTabular } from '../../../printers/table';
import { CliError, ExitError } from '../../errors';
import type { Verb } from '../../invocation';
import { requireArgs } from './common';

export const getContexts: Verb = {
  path: 'config get-contexts',
  run(inv) {
    const kc = inv.env.kubeconfig;
    const names = Object.keys(kc.contexts).sort();
    const wanted = inv.args.length ? inv.args : names;
    const output = inv.flags.string('output');
    if (output && output !== 'name') throw new CliError(`output must be one of '' or 'name': ${output}`);
    const missing = wanted.filter((n) => !kc.contexts[n]);
    const shown = wanted.filter((n) => kc.contexts[n]);
    let stdout: string;
    if (output === 'name') stdout = shown.map((n) => n + '\n').join('');
    else {
      const rows = inv.flags.bool('no-headers') ? [] : [['CURRENT', 'NAME', 'CLUSTER', 'AUTHINFO', 'NAMESPACE']];
      for (const n of shown) {
        const c = kc.contexts[n]!;
        rows.push([n === kc.currentContext ? '*' : '', n, c.cluster, c.user, c.namespace ?? '']);
      }
      stdout = renderTabular(rows);
    }
    if (missing.length) throw new ExitError(1, stdout, missing.map((n) => `error: context ${n} not found\n`).join(''));
    inv.out.out(stdout);
  },
};

export const currentContext: Verb = {
  path: 'config current-context',
  run(inv) {
    const kc = inv.env.kubeconfig;
    if (!kc.currentContext) throw new CliError('current-context is not set');
    inv.out.out(kc.currentContext + '\n');
  },
};

export const useContext: Verb = {
  path: 'config use-context',
  run(inv) {
    requireArgs(inv, 1);
    const name = inv.args[0]!;
    const kc = inv.env.kubeconfig;
    if (!kc.contexts[name]) throw new CliError(`no context exists with the name: "${name}"`);
    kc.currentContext = name;
    inv.out.out(`Switched to context "${name}".\n`);
  },
};

export const setContext: Verb = {
  path: 'config set-context',
  run(inv) {
    const f = inv.flags;
    const kc = inv.env.kubeconfig;
    const current = f.bool('current');
    if (current && inv.args.length) throw new CliError('you cannot specify both a context name and --current');
    if (!current && inv.args.length === 0) throw new CliError('you must specify a non-empty context name or --current');
    if (!current) requireArgs(inv, 1);
    const name = current ? kc.currentContext : inv.args[0]!;
    if (current && !name) throw new CliError('no current context is set');
    const exists = Boolean(kc.contexts[name]);
    const ctx = kc.contexts[name] ?? { cluster: '', user: '' };
    if (f.changed('cluster')) ctx.cluster = f.string('cluster');
    if (f.changed('user')) ctx.user = f.string('user');
    if (f.changed('namespace')) {
      if (f.string('namespace')) ctx.namespace = f.string('namespace');
      else delete ctx.namespace;
    }
    kc.contexts[name] = ctx;
    inv.out.out(`Context "${name}" ${exists ? 'modified' : 'created'}.\n`);
  },
};

export const deleteContext: Verb = {
  path: 'config delete-context',
  run(inv) {
    requireArgs(inv, 1);
    const name = inv.args[0]!;
    const kc = inv.env.kubeconfig;
    if (!kc.contexts[name]) throw new CliError(`cannot delete context ${name}, not in ${kc.path}`);
    delete kc.contexts[name];
    if (kc.currentContext === name) inv.out.err('warning: this removed your active context, use "kubectl config use-context" to select a different one\n');
    inv.out.out(`deleted context ${name} from ${kc.path}\n`);
  },
};

export const renameContext: Verb = {
  path: 'config rename-context',
  run(inv) {
    requireArgs(inv, 2);
    const [from, to] = inv.args as [string, string];
    const kc = inv.env.kubeconfig;
    if (!kc.contexts[from]) throw new CliError(`cannot rename the context "${from}", it's not in ${kc.path}`);
    if (kc.contexts[to]) throw new CliError(`cannot rename the context "${from}", the context "${to}" already exists in ${kc.path}`);
    kc.contexts[to] = kc.contexts[from]!;
    delete kc.contexts[from];
    if (kc.currentContext === from) kc.currentContext = to;
    inv.out.out(`Context "${from}" renamed to "${to}".\n`);
  },
};

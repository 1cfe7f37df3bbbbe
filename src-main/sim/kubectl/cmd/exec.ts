/**
 * kubectl exec (POD | TYPE/NAME) [-c CONTAINER] [-i] [-t] -- COMMAND [args...] (kubectl/pkg/cmd/exec):
 * runs one command in the simulated container (exec/commands.ts: env, printenv, hostname, cat,
 * ls, echo, ps, sh -c, curl/wget/nslookup of Services...) and prints what it would print. A
 * non-zero exit ends with `command terminated with exit code N`. Interactive shells (`-it POD --
 * sh`) cannot run in the drill terminal and say so. Honoured: -c, -i, -t (ls columns, no curl
 * progress meter), -q, -n, TYPE/NAME. Accepted without effect: --pod-running-timeout, -f.
 */
import { containerView } from '../../exec/container-view';
import { runInContainer } from '../../exec/commands';
import { CliError, ExitError, UsageError } from '../errors';
import { namespaceOf, type Verb } from '../invocation';
import { attachablePod, chooseContainer, defaultContainerNotice } from './exec/attachable-pod';

type Json = Record<string, any>;

const SHELLS = new Set(['sh', 'bash', '/bin/sh', '/bin/bash', 'ash', '/bin/ash', 'zsh']);

export const exec: Verb = {
  path: 'exec',
  run(inv) {
    const f = inv.flags;
    const dash = inv.argsLenAtDash;
    if (dash < 0 && inv.args.length > 1) throw new UsageError('exec', 'exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead');
    const before = dash >= 0 ? inv.args.slice(0, dash) : inv.args;
    const command = dash >= 0 ? inv.args.slice(dash) : [];
    if (before.length === 0 && f.list('filename').length === 0) throw new CliError('pod, type/name or --filename must be specified');
    if (command.length === 0) throw new CliError('you must specify at least one command for the container');
    if (before.length === 0) throw new CliError('exec -f is not supported by the simulator yet');
    const ns = namespaceOf(inv);
    const pod = attachablePod(inv, ns, before[0]!);
    const phase = ((pod.status ?? {}) as Json).phase;
    if (phase === 'Succeeded' || phase === 'Failed') throw new CliError(`cannot exec into a container in a completed pod; current phase is ${phase}`);
    const chosen = chooseContainer(pod, f.string('container'));
    if (chosen.defaulted && !f.bool('quiet')) inv.out.err(defaultContainerNotice(pod, chosen.name));
    const statuses = [...(((pod.status ?? {}) as Json).containerStatuses ?? []), ...(((pod.status ?? {}) as Json).initContainerStatuses ?? [])] as Json[];
    const running = statuses.find((s) => s.name === chosen.name)?.state?.running;
    if (!chosen.container || !running) throw new CliError(`unable to upgrade connection: container not found ("${chosen.name}")`);
    const tty = f.bool('stdin') && f.bool('tty');
    const interactive = SHELLS.has(command[0]!) && !command.includes('-c') && command.length === 1;
    if (interactive) {
      throw new CliError(`the drill terminal cannot open an interactive shell in a container; run one command instead, such as: kubectl exec ${before[0]} -- ${command[0]} -c 'env'`);
    }
    const result = runInContainer(inv.env.cluster, containerView(inv.env.cluster, pod, chosen.container, tty), command);
    if ('notFound' in result) throw new CliError(result.notFound);
    inv.out.out(result.stdout);
    inv.out.err(result.stderr);
    if (result.exitCode !== 0) throw new ExitError(result.exitCode, '', `command terminated with exit code ${result.exitCode}\n`);
  },
};

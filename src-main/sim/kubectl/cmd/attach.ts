/**
 * kubectl attach (POD | TYPE/NAME) [-c CONTAINER] [-i] [-t] (kubectl/pkg/cmd/attach): checks what
 * kubectl checks before connecting (the pod, its phase, the container), then says plainly that the
 * drill terminal cannot hold a live stream, pointing to the command that shows the same output.
 * Honoured: POD, TYPE/NAME, TYPE NAME, -c, -q, -n. Accepted without effect: -i, -t,
 * --pod-running-timeout.
 */
import { CliError } from '../errors';
import { namespaceOf, type Verb } from '../invocation';
import { attachablePod, chooseContainer, defaultContainerNotice } from './exec/attachable-pod';

type Json = Record<string, any>;

export const attach: Verb = {
  path: 'attach',
  run(inv) {
    const f = inv.flags;
    const args = inv.args;
    if (args.length === 0) throw new CliError('at least 1 argument is required for attach');
    if (args.length > 2) throw new CliError(`expected POD, TYPE/NAME, or TYPE NAME, (at most 2 arguments) saw ${args.length}: [${args.join(' ')}]`);
    const ns = namespaceOf(inv);
    const target = args.length === 2 ? `${args[0]}/${args[1]}` : args[0]!;
    const pod = attachablePod(inv, ns, target);
    const phase = ((pod.status ?? {}) as Json).phase;
    if (phase === 'Succeeded' || phase === 'Failed') throw new CliError(`cannot attach a container in a completed pod; current phase is ${phase}`);
    const chosen = chooseContainer(pod, f.string('container'));
    if (!chosen.container) throw new CliError(`container ${chosen.name} not found in pod ${pod.metadata.name}`);
    if (chosen.defaulted && !f.bool('quiet')) inv.out.err(defaultContainerNotice(pod, chosen.name));
    const logs = `kubectl logs ${pod.metadata.name}${chosen.defaulted ? '' : ` -c ${chosen.name}`}`;
    throw new CliError(`the drill terminal cannot stay attached to container ${chosen.name} of pod ${pod.metadata.name}; to see its output, run: ${logs}`);
  },
};

/**
 * Commands of later parts of the simulator (apply, exec, rollout...). Their argument checks that
 * need no server are kept here so that a learner's malformed command already gets kubectl's
 * error; anything else is answered plainly as not supported yet.
 */
import { CliError, RESOURCES_REQUIRED, UsageError } from '../errors';
import type { Invocation } from '../invocation';

type Stub = (inv: Invocation) => void;

const STUBS: Record<string, Stub> = {
  exec(inv) {
    const dash = inv.argsLenAtDash;
    if (dash < 0 && inv.args.length > 1) throw new UsageError('exec', 'exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead');
    const command = dash >= 0 ? inv.args.slice(dash) : [];
    if ((dash >= 0 ? dash : inv.args.length) === 0 && !inv.flags.string('filename')) throw new UsageError('exec', 'pod, type/name or --filename must be specified');
    if (command.length === 0) throw new CliError('you must specify at least one command for the container');
  },
  'port-forward'(inv) {
    if (inv.args.length < 2) throw new UsageError('port-forward', 'TYPE/NAME and list of ports are required for port-forward');
  },
  'set image'(inv) {
    if (inv.args.length === 0 && inv.flags.list('filename').length === 0) throw new CliError(RESOURCES_REQUIRED);
  },
  apply(inv) {
    if (inv.flags.list('filename').length === 0 && !inv.flags.string('kustomize')) throw new CliError('must specify one of -f and -k');
  },
  edit(inv) {
    if (inv.args.length === 0 && inv.flags.list('filename').length === 0) throw new CliError(RESOURCES_REQUIRED);
  },
  cp(inv) {
    if (inv.args.length < 2) throw new CliError('source and destination are required');
  },
};

export function stubFor(path: string): Stub | undefined {
  return STUBS[path];
}

export function notSupported(path: string): never {
  throw new CliError(`"kubectl ${path}" is not supported by the simulator yet`);
}

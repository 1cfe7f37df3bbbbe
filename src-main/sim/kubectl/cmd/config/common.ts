/** What the `config` subcommands share: their argument checks, which print usage before the error. */
import { ExitError } from '../../errors';
import type { Invocation } from '../../invocation';

/** cobra.ExactArgs in the config commands: usage on stdout, then `error: Unexpected args: [...]`. */
export function requireArgs(inv: Invocation, n: number): void {
  if (inv.args.length !== n) throw new ExitError(1, inv.cmd.help, `error: Unexpected args: [${inv.args.join(' ')}]\n`);
}

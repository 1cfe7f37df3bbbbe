/** kubectl options: the global flags every command accepts (a hidden command). */
import type { Verb } from '../invocation';

export const options: Verb = {
  path: 'options',
  run(inv) {
    inv.out.out(inv.cmd.help);
  },
};

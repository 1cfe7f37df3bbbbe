/**
 * kubectl edit (RESOURCE/NAME | -f FILENAME): in the simulator the editing happens in the drill
 * terminal's inline editor through editBegin/editCommit (edit/edit-session.ts). Run as a plain
 * command line it checks its arguments and the objects as kubectl does, then says that it needs
 * that editor instead of starting vi.
 */
import type { Verb } from '../invocation';
import { CliError } from '../errors';
import { editTargets } from './edit/edit-session';

export { editBegin, editCommit, EDIT_HEADER, type EditBegin, type EditCommitResult, type EditableSim } from './edit/edit-session';

export const edit: Verb = {
  path: 'edit',
  run(inv) {
    editTargets(inv);
    throw new CliError('kubectl edit opens an editor: in the simulator it runs in the drill terminal, which opens the object in its inline editor');
  },
};

/**
 * Registers one `ipcMain.handle` per contract method. Only our own renderer page may call: the
 * sender frame's URL is checked on every call, and the input is validated by the dispatcher.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { METHOD_NAMES } from '../api/contract';
import type { Dispatch } from '../api/dispatch';
import type { Result } from '../api/result';

export function registerIpc(dispatch: Dispatch, isTrustedUrl: (url: string) => boolean): void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(method, (event: IpcMainInvokeEvent, input: unknown): Promise<Result<unknown>> | Result<unknown> => {
      const url = event.senderFrame?.url ?? '';
      if (!isTrustedUrl(url)) {
        return { ok: false, error: { code: 'UNAUTHORIZED', message: `IPC call ${method} from an untrusted page (${url})` } };
      }
      return dispatch(method, input);
    });
  }
}

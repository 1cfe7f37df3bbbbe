/**
 * `window.api`: one function per contract method, each one IPC invoke on its own channel. The
 * renderer never sees ipcRenderer itself.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { METHOD_NAMES } from '../api/contract';

const api: Record<string, (input?: unknown) => Promise<unknown>> = {};
for (const method of METHOD_NAMES) api[method] = (input?: unknown) => ipcRenderer.invoke(method, input);

contextBridge.exposeInMainWorld('api', Object.freeze(api));

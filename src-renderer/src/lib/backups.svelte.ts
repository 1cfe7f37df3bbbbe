/**
 * Settings → Backups: the list, and the one long task at a time (a copy, a download, a restore),
 * which the section shows with a spinner and disables the other buttons for.
 */
import type { BackupInfo, RestoreResult } from '../../../src-main/api/types';
import { ApiCallError, call, fetchFile } from './api';
import { base64ToBytes, bytesToBase64 } from './bytes';
import { downloadBlob } from './download';
import { t } from './i18n.svelte';

export type BackupTask = 'create' | 'download' | 'read' | 'restore';

export class BackupsState {
  list = $state.raw<BackupInfo[] | null>(null);
  task = $state<BackupTask | null>(null);
  error = $state<string | null>(null);

  async load(): Promise<void> {
    try {
      this.list = await call('backup:list');
    } catch (err) {
      this.error = (err as Error).message;
    }
  }

  /** Returns the copy made, or null if it failed (the error is shown). */
  async create(): Promise<BackupInfo | null> {
    return this.run('create', async () => {
      const made = await call('backup:create');
      await this.load();
      return made;
    });
  }

  async download(): Promise<void> {
    await this.run('download', async () => {
      // Browser mode streams the file from its own route; Electron gets the bytes over IPC.
      const blob = await fetchFile('/download/repaso.db');
      if (blob) {
        downloadBlob(`repaso-${new Date().toISOString().slice(0, 10)}.db`, blob);
        return;
      }
      const file = await call('backup:export');
      downloadBlob(file.fileName, new Blob([base64ToBytes(file.base64)], { type: 'application/vnd.sqlite3' }));
    });
  }

  async restore(source: { name: string } | { file: File }): Promise<RestoreResult | null> {
    return this.run('restore', async () => {
      let input: { name: string } | { fileName: string; base64: string };
      if ('name' in source) input = { name: source.name };
      else {
        this.task = 'read';
        const bytes = new Uint8Array(await source.file.arrayBuffer());
        input = { fileName: source.file.name, base64: bytesToBase64(bytes) };
        this.task = 'restore';
      }
      try {
        const result = await call('backup:restore', input);
        await this.load();
        return result;
      } catch (err) {
        // A refused candidate: say first, in the UI's language, that nothing changed; main's
        // reason (English, naming the file) follows.
        if (err instanceof ApiCallError && err.code === 'INVALID_INPUT') {
          const detail = err.message.replace(/^backup:restore: /, '').replace(/ Nothing was changed\.$/, '');
          throw new Error(`${t('settings.backups.refused')} ${detail}`);
        }
        throw err;
      }
    });
  }

  private async run<T>(task: BackupTask, work: () => Promise<T>): Promise<T | null> {
    this.task = task;
    this.error = null;
    try {
      return await work();
    } catch (err) {
      this.error = (err as Error).message;
      return null;
    } finally {
      this.task = null;
    }
  }
}

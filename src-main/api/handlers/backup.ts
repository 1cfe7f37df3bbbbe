/**
 * Settings → Backups: list, make, download and restore copies of the whole database. Restoring
 * checks the candidate first, keeps a safety copy, then swaps the file (src-main/store/restore.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Handlers } from '../dispatch';
import { AppError } from '../result';
import type { BackupInfo } from '../types';
import type { DatabaseControl, Services } from './services';
import { backupInfo, describeCopy, fileStamp, listBackups, manualBackupName } from '../../store/backups';
import { backupPath, beforeRestoreName, RestoreRefused, SIDE_FILES, stagingPath, swapDatabaseFile, validateCandidate } from '../../store/restore';

type BackupMethods = 'backup:list' | 'backup:create' | 'backup:export' | 'backup:restore';

export function backupHandlers(s: Services): Pick<Handlers, BackupMethods> {
  const control = (): DatabaseControl => {
    if (!s.database) throw new AppError('INTERNAL', 'backups are not available in this mode (no database control)');
    return s.database;
  };
  const info = (full: string): BackupInfo => backupInfo(full, control().nativeBinding);

  return {
    'backup:list': () => listBackups(control().file, control().nativeBinding),
    'backup:create': () => info(s.store.writeBackup(manualBackupName(s.now()))),
    'backup:export': () => {
      const { file } = control();
      const temp = `${file}.export-${fileStamp(s.now())}-${process.pid}.tmp`;
      fs.rmSync(temp, { force: true });
      try {
        s.store.vacuumInto(temp);
        const base64 = fs.readFileSync(temp).toString('base64');
        return { fileName: `repaso-${fileStamp(s.now()).slice(0, 10)}.db`, base64 };
      } finally {
        fs.rmSync(temp, { force: true });
      }
    },
    'backup:restore': (input) => {
      const db = control();
      const now = s.now();
      const staged = stagingPath(db.file, now);
      try {
        let label: string;
        if ('name' in input) {
          label = `The backup "${input.name}"`;
          fs.copyFileSync(backupPathOrNotFound(db.file, input.name), staged);
        } else {
          label = `The file "${input.fileName}"`;
          fs.writeFileSync(staged, Buffer.from(input.base64, 'base64'));
        }
        const { schemaVersion } = validateCandidate(staged, label, db.latestVersion, db.nativeBinding);
        // Opening a WAL-mode file, even read-only, leaves an empty -wal/-shm beside it.
        removeSideFiles(staged);
        const safety = s.store.writeBackup(beforeRestoreName(now));
        swapDatabaseFile({ file: db.file, staged, close: db.close, open: db.open });
        const counts = describeCopy(db.file, db.nativeBinding);
        return {
          restored: 'name' in input ? input.name : input.fileName,
          safetyCopy: path.basename(safety),
          schemaVersion,
          cards: counts.cards,
          reviews: counts.reviews,
        };
      } catch (err) {
        if (err instanceof RestoreRefused) throw new AppError('INVALID_INPUT', `backup:restore: ${err.message} Nothing was changed.`);
        throw err;
      } finally {
        fs.rmSync(staged, { force: true });
        removeSideFiles(staged);
      }
    },
  };
}

function removeSideFiles(file: string): void {
  for (const suffix of SIDE_FILES) fs.rmSync(file + suffix, { force: true });
}

function backupPathOrNotFound(file: string, name: string): string {
  try {
    return backupPath(file, name);
  } catch (err) {
    throw new AppError('NOT_FOUND', `backup:restore: ${(err as Error).message}`);
  }
}

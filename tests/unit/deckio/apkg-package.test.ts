/** Opening the zip of an .apkg: the newest collection inside, decompressed; anything else refused. */
import fs from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ApkgError, openApkg } from '../../../src-main/deckio/apkg-package';
import { buildApkg } from '../../helpers/anki-package';

const MODERN = path.resolve(__dirname, '..', '..', 'fixtures', 'apkg', 'modern.apkg');

describe('openApkg', () => {
  it('decompresses collection.anki21b (zstd) in preference to the legacy stub beside it', () => {
    const pkg = openApkg(new Uint8Array(fs.readFileSync(MODERN)));
    expect(pkg.entry).toBe('collection.anki21b');
    expect(Buffer.from(pkg.sqlite.subarray(0, 15)).toString('latin1')).toBe('SQLite format 3');
    expect(pkg.mediaFiles).toBe(1);
  });

  it('reads a legacy package and counts its numbered media files', () => {
    const pkg = openApkg(buildApkg({ notes: [{ type: 'basic', guid: 'g', fields: ['a', 'b'] }] }, { 'a.png': new Uint8Array([1]), 'b.mp3': new Uint8Array([2]) }));
    expect(pkg.entry).toBe('collection.anki21');
    expect(pkg.mediaFiles).toBe(2);
  });

  it('refuses a file that is not a zip, a damaged zip and a zip with no collection, saying which', () => {
    expect(() => openApkg(Buffer.from('front\tback\n'))).toThrow(new ApkgError('the file is not an Anki package: it is not a zip archive'));
    const zip = buildApkg({ notes: [{ type: 'basic', guid: 'g', fields: ['a', 'b'] }] });
    expect(() => openApkg(zip.subarray(0, zip.length - 30))).toThrow(/the zip archive is damaged/);
    expect(() => openApkg(zipSync({ 'notes.txt': Buffer.from('hola') }))).toThrow(/holds no Anki collection/);
  });

  it('refuses an anki21b whose bytes are not zstd', () => {
    expect(() => openApkg(zipSync({ 'collection.anki21b': Buffer.from('SQLite format 3 but not compressed') }))).toThrow(/collection.anki21b cannot be decompressed/);
  });
});

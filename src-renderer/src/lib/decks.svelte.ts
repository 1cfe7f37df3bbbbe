/**
 * The Decks screen's state: the list, which dialog is open, and the calls behind each action.
 * Counts and validation come from main; this class sequences calls and reports their outcome.
 */
import type { DeckExportFormat, DeckOverview, DeckSettings, ImportPreview, ImportResult } from '../../../src-main/api/types';
import { call } from './api';
import { base64ToBytes } from './bytes';
import { downloadBlob, downloadText } from './download';
import { i18n, t, tn } from './i18n.svelte';

/** "12 cards" / "1 tarjeta": the counted phrase every message reuses. */
export const cards = (n: number): string => tn('today.cardCount', n);

/** The renderer refuses bigger files before reading them (main refuses them too). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** Anki packages are zipped binaries (main caps their base64 at the same 50 MiB of bytes). */
export const MAX_PACKAGE_BYTES = 50 * 1024 * 1024;

/** A chosen file as the import calls carry it: text, or a binary package's bytes in base64. */
export type ImportContent = { content: string } | { contentBase64: string };

export type DeckDialog =
  | { kind: 'create' }
  | { kind: 'edit'; deck: DeckOverview }
  | { kind: 'settings'; deck: DeckOverview }
  | { kind: 'export'; deck: DeckOverview }
  | { kind: 'delete'; deck: DeckOverview }
  | { kind: 'add'; deck: DeckOverview }
  | { kind: 'import' };

export class DecksScreen {
  decks = $state.raw<DeckOverview[] | null>(null);
  error = $state<string | null>(null);
  /** A one-line outcome of the last action ("Deck “x” deleted."). */
  notice = $state<string | null>(null);
  dialog = $state.raw<DeckDialog | null>(null);

  async load(): Promise<void> {
    try {
      this.decks = await call('decks:overview');
      this.error = null;
    } catch (err) {
      this.error = (err as Error).message;
    }
  }

  open(dialog: DeckDialog): void {
    this.notice = null;
    this.dialog = dialog;
  }

  close(): void {
    this.dialog = null;
  }

  private async done(message: string): Promise<void> {
    this.dialog = null;
    this.notice = message;
    await this.load();
  }

  async create(title: string, description: string, lang: string): Promise<void> {
    const deck = await call('decks:create', { title, description, lang });
    await this.done(t('decks.info.created', { deck: deck.title }));
  }

  async edit(deck: DeckOverview, title: string, description: string): Promise<void> {
    await call('decks:rename', { deckId: deck.id, title, description });
    await this.done(t('decks.settings.saved', { deck: title }));
  }

  async saveSettings(deck: DeckOverview, settings: Omit<DeckSettings, 'deckId'>): Promise<void> {
    await call('decks:set-settings', { deckId: deck.id, ...settings });
    await this.done(t('decks.settings.saved', { deck: deck.title }));
  }

  async remove(deck: DeckOverview): Promise<void> {
    await call('decks:delete', { deckId: deck.id });
    await this.done(t('decks.delete.done', { deck: deck.title }));
  }

  async addCard(deck: DeckOverview, content: Record<string, unknown>): Promise<void> {
    await call('notes:add', { deckId: deck.id, content });
    await this.done(t('decks.add.done', { deck: deck.title }));
  }

  async exportDeck(deck: DeckOverview, format: DeckExportFormat, schedule: boolean): Promise<void> {
    const file = await call('decks:export', { deckId: deck.id, format, schedule });
    if (file.contentBase64 !== undefined) downloadBlob(file.fileName, new Blob([base64ToBytes(file.contentBase64)], { type: file.mimeType }));
    else downloadText(file.fileName, file.mimeType, file.content);
    await this.done(t('decks.export.done', { file: file.fileName, cards: cards(file.noteCount) }));
  }

  preview(fileName: string, file: ImportContent): Promise<ImportPreview> {
    return call('decks:import-preview', { fileName, ...file, lang: i18n.language });
  }

  async commitImport(fileName: string, file: ImportContent, restoreSchedule: boolean): Promise<ImportResult> {
    const result = await call('decks:import', { fileName, ...file, lang: i18n.language, restoreSchedule });
    let message = t(`decks.import.done.${result.outcome}`, { deck: result.title, cards: cards(result.noteCount) });
    if (result.restored > 0) message += t('decks.import.done.restored', { cards: cards(result.restored) });
    await this.done(message);
    return result;
  }
}

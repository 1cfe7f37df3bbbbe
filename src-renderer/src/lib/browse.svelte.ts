/**
 * The Browse screen's state: filters, the page of rows main returned, the selected row, and
 * what is open beside it (the card, or its editor). Every search goes to main (browse:search,
 * SQL with LIMIT/OFFSET); this class only sequences calls and keys.
 */
import type { BrowsePage, BrowseRow, BrowseState, DeckSummary, NoteView } from '../../../src-main/api/types';
import { call } from './api';
import { i18n } from './i18n.svelte';

/** Rows per page: a screenful and a half; a page is one query whatever the collection's size. */
export const PAGE_SIZE = 50;
/** Typing pauses this long before the search runs, so each key press is not a query. */
const TYPING_PAUSE_MS = 200;

export type BrowseNotice = 'suspended' | 'unsuspended' | 'saved' | 'reverted';

export class BrowseSession {
  text = $state('');
  deckId = $state('');
  tag = $state('');
  state = $state<BrowseState | ''>('');
  offset = $state(0);

  page = $state.raw<BrowsePage | null>(null);
  decks = $state.raw<DeckSummary[]>([]);
  tags = $state.raw<string[]>([]);
  /** Index of the selected row in the page; -1 for none. */
  selected = $state(-1);
  /** The selected card is shown beside the table. */
  open = $state(false);
  editing = $state(false);
  /** The selected card's note, while open. */
  note = $state.raw<NoteView | null>(null);
  loading = $state(false);
  error = $state<string | null>(null);
  notice = $state<BrowseNotice | null>(null);

  readonly row = $derived<BrowseRow | null>(this.page?.rows[this.selected] ?? null);

  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Answers to an older search are dropped: only the latest request may fill the table. */
  private request = 0;

  async load(): Promise<void> {
    try {
      const [decks, tags] = await Promise.all([call('decks:list'), call('browse:tags')]);
      this.decks = decks;
      this.tags = tags;
    } catch (err) {
      this.error = (err as Error).message;
    }
    await this.search();
  }

  /** A filter changed: back to the first page (text waits for a pause in typing). */
  filtersChanged(typing = false): void {
    clearTimeout(this.timer);
    this.offset = 0;
    this.notice = null;
    if (typing) this.timer = setTimeout(() => void this.search(), TYPING_PAUSE_MS);
    else void this.search();
  }

  async search(keep?: number): Promise<void> {
    const id = ++this.request;
    this.loading = true;
    try {
      const page = await call('browse:search', {
        ...(this.text.trim() ? { text: this.text } : {}),
        ...(this.deckId ? { deckId: this.deckId } : {}),
        ...(this.tag ? { tag: this.tag } : {}),
        ...(this.state ? { state: this.state } : {}),
        limit: PAGE_SIZE,
        offset: this.offset,
        locale: i18n.language,
      });
      if (id !== this.request) return;
      this.page = page;
      this.error = null;
      // After an action the same card stays selected (and open) if it is still on the page; if
      // it left (a filter no longer matches), the selection stays where it was on the screen.
      const kept = keep === undefined ? -1 : page.rows.findIndex((r) => r.cardId === keep);
      if (kept >= 0) {
        this.selected = kept;
        if (this.open) await this.loadNote();
        return;
      }
      this.selected = page.rows.length === 0 ? -1 : keep === undefined ? 0 : Math.min(Math.max(this.selected, 0), page.rows.length - 1);
      this.close();
    } catch (err) {
      if (id === this.request) this.error = (err as Error).message;
    } finally {
      if (id === this.request) this.loading = false;
    }
  }

  goToPage(offset: number): void {
    const total = this.page?.total ?? 0;
    if (offset < 0 || offset >= Math.max(total, 1) || offset === this.offset) return;
    this.offset = offset;
    this.notice = null;
    void this.search();
  }

  select(index: number): void {
    const rows = this.page?.rows ?? [];
    if (rows.length === 0) return;
    const next = Math.min(Math.max(index, 0), rows.length - 1);
    if (next === this.selected) return;
    this.selected = next;
    this.editing = false;
    if (this.open) void this.loadNote();
  }

  async openSelected(): Promise<void> {
    if (!this.row) return;
    this.open = true;
    await this.loadNote();
  }

  close(): void {
    this.open = false;
    this.editing = false;
    this.note = null;
  }

  edit(): void {
    if (!this.row) return;
    this.open = true;
    this.editing = true;
  }

  async saved(): Promise<void> {
    this.editing = false;
    this.notice = 'saved';
    await this.search(this.row?.cardId);
  }

  async revert(): Promise<void> {
    const row = this.row;
    if (!row) return;
    await this.act(async () => {
      await call('notes:resolve-update', { deckId: row.deckId, key: row.noteKey, take: 'deck' });
      this.notice = 'reverted';
    }, row.cardId);
  }

  async toggleSuspended(): Promise<void> {
    const row = this.row;
    if (!row || row.state === 'retired') return;
    const suspended = row.state !== 'suspended';
    await this.act(async () => {
      await call('review:suspend', { cardId: row.cardId, suspended });
      this.notice = suspended ? 'suspended' : 'unsuspended';
    }, row.cardId);
  }

  /**
   * The table's keys: arrows move, Enter opens, E edits, S suspends, PageDown/PageUp turn the
   * page, Escape closes. Keys typed in a field or in the editor are theirs.
   */
  onKey = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey || this.editing) return;
    const keys: Record<string, () => void> = {
      ArrowDown: () => this.select(this.selected + 1),
      ArrowUp: () => this.select(this.selected - 1),
      Home: () => this.select(0),
      End: () => this.select((this.page?.rows.length ?? 1) - 1),
      Enter: () => void this.openSelected(),
      PageDown: () => this.goToPage(this.offset + PAGE_SIZE),
      PageUp: () => this.goToPage(this.offset - PAGE_SIZE),
      Escape: () => this.close(),
      e: () => this.edit(),
      E: () => this.edit(),
      s: () => void this.toggleSuspended(),
      S: () => void this.toggleSuspended(),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  private async loadNote(): Promise<void> {
    const row = this.row;
    if (!row) return;
    try {
      const note = await call('notes:get', { deckId: row.deckId, key: row.noteKey });
      if (this.row?.cardId === row.cardId) this.note = note;
    } catch (err) {
      this.error = (err as Error).message;
    }
  }

  private async act(step: () => Promise<void>, keep: number): Promise<void> {
    this.notice = null;
    try {
      await step();
      await this.search(keep);
    } catch (err) {
      this.error = (err as Error).message;
    }
  }
}

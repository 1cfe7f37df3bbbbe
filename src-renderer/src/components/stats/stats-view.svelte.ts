/** The Stats screen's state: the deck filter and the summary loaded for it. */
import type { StatsSummary } from '../../../../src-main/api/types';
import { call } from '../../lib/api';
import { i18n } from '../../lib/i18n.svelte';

export class StatsView {
  summary = $state.raw<StatsSummary | null>(null);
  error = $state<string | null>(null);
  loading = $state(false);
  /** The deck the figures are limited to; null = all decks. */
  deckId = $state<string | null>(null);
  /** Requests answered out of order (a quick change of filter) must not overwrite a newer one. */
  private request = 0;

  async load(): Promise<void> {
    const id = ++this.request;
    this.loading = true;
    this.error = null;
    try {
      const summary = await call('stats:summary', { locale: i18n.language, ...(this.deckId ? { deckId: this.deckId } : {}) });
      if (id === this.request) this.summary = summary;
    } catch (err) {
      if (id === this.request) this.error = (err as Error).message;
    } finally {
      if (id === this.request) this.loading = false;
    }
  }

  filter(deckId: string | null): Promise<void> {
    this.deckId = deckId;
    return this.load();
  }
}

/** App-wide state: the current screen, the settings and the backend's info. */
import type { AppInfo, Settings } from '../../../src-main/api/types';
import { call } from './api';
import { i18n } from './i18n.svelte';
import { routeFromHash, type Route, type Screen } from './screens';
import { applyTheme } from './theme';

export class AppState {
  route = $state.raw<Route>(routeFromHash(window.location.hash));
  readonly screen = $derived<Screen>(this.route.screen);
  settings = $state.raw<Settings | null>(null);
  info = $state.raw<AppInfo | null>(null);
  error = $state<string | null>(null);

  constructor() {
    window.addEventListener('hashchange', () => (this.route = routeFromHash(window.location.hash)));
  }

  async load(): Promise<void> {
    try {
      const [settings, info] = await Promise.all([call('settings:get'), call('app:info')]);
      this.info = info;
      this.apply(settings);
    } catch (err) {
      this.error = (err as Error).message;
    }
  }

  async updateSettings(patch: Partial<Settings>): Promise<void> {
    this.apply(await call('settings:set', patch));
  }

  private apply(settings: Settings): void {
    this.settings = settings;
    i18n.setPreference(settings.language);
    applyTheme(settings.theme);
  }
}

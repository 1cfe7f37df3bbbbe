/**
 * Every UI string goes through `t`. The language is the user's setting, or the browser/OS
 * locale when the setting is "auto": Spanish for any `es-*` locale, else English.
 */
import type { Language } from '../../../src-main/api/types';
import { en } from './messages/en';
import { es, type MessageKey } from './messages/es';

const CATALOGS: Record<Language, Record<MessageKey, string>> = { es, en };

export function languageFromLocale(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('es') ? 'es' : 'en';
}

class I18n {
  language = $state<Language>(languageFromLocale(navigator.language));

  setPreference(preference: 'auto' | Language): void {
    this.language = preference === 'auto' ? languageFromLocale(navigator.language) : preference;
    document.documentElement.lang = this.language;
  }

  t = (key: MessageKey, params: Record<string, string | number> = {}): string => {
    const template = CATALOGS[this.language][key];
    return template.replace(/\{(\w+)\}/g, (_m, name: string) => String(params[name] ?? `{${name}}`));
  };
}

export const i18n = new I18n();
export const t = i18n.t;

type PluralBase = MessageKey extends infer K ? (K extends `${infer B}.one` ? B : never) : never;

/** A counted phrase: picks `<key>.one` or `<key>.other` by the language's plural rules. */
export function tn(key: PluralBase, count: number, params: Record<string, string | number> = {}): string {
  const form = new Intl.PluralRules(i18n.language).select(count) === 'one' ? 'one' : 'other';
  return t(`${key}.${form}` as MessageKey, { count, ...params });
}

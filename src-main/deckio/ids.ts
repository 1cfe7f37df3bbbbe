/** Ids for decks and cards that come without one (a new deck, a row of a text file). */
import { ID_PATTERN } from '../decks/schema';

/** `Mis comandos de Docker` → `mis-comandos-de-docker`; accents dropped; `mazo` if nothing is left. */
export function slug(text: string): string {
  const s = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return s;
}

export function deckIdFromTitle(title: string): string {
  return slug(title) || 'mazo';
}

/** The first of `base`, `base-2`, `base-3`… not in `taken`. */
export function uniqueAmong(base: string, taken: ReadonlySet<string>): string {
  let candidate = base;
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}-${n}`;
  return candidate;
}

/**
 * A card id from an Anki guid: Repaso's own export (`repaso:<deck>:<card>`) gives the card's id
 * back; another guid gives a stable id made from it, so re-importing the file finds the same cards.
 */
export function idFromGuid(guid: string): string | undefined {
  if (guid === '') return undefined;
  const own = /^repaso:[^:]+:(.+)$/.exec(guid)?.[1];
  if (own && ID_PATTERN.test(own)) return own;
  return `anki-${fnv1a(guid)}`;
}

/** 32-bit FNV-1a, hex: short, stable, good enough to tell a deck's notes apart. */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

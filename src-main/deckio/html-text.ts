/**
 * Anki fields written with `#html:true` hold HTML; Repaso's card text is Markdown. The few
 * tags Anki's editor produces become their Markdown or plain-text equivalent; any other tag is
 * dropped (the text stays), so no markup from a file ever reaches the screen. Media references
 * (`<img>`, `[sound:…]`) are removed and counted: media is not imported from text files.
 */

export interface HtmlText {
  text: string;
  /** How many images and sounds were dropped. */
  media: number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

export function htmlToText(html: string): HtmlText {
  let media = 0;
  const text = html
    .replace(/\[sound:[^\]]*\]/g, () => {
      media += 1;
      return '';
    })
    .replace(/<img\b[^>]*>/gi, () => {
      media += 1;
      return '';
    })
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(div|p|li)>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '- ')
    .replace(/<\/?(b|strong)\b[^>]*>/gi, '**')
    .replace(/<\/?(i|em)\b[^>]*>/gi, '*')
    .replace(/<\/?code\b[^>]*>/gi, '`')
    .replace(/<[^>]*>/g, '');
  return { text: decodeEntities(text).replace(/\n{3,}/g, '\n\n').trim(), media };
}

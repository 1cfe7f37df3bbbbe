/**
 * A card's front as one line of plain text, for a table row: Markdown marks dropped, a cloze's
 * answers kept in brackets, whitespace collapsed, cut at a word with an ellipsis. Pure.
 */

/** Characters a summary keeps before it is cut. */
export const SUMMARY_MAX = 160;

const CLOZE = /\{\{c\d+::([\s\S]*?)(?:::[\s\S]*?)?\}\}/g;

/** Markdown as a reader sees it: code, emphasis, links and headings without their marks. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/```[^\n]*\n([\s\S]*?)```/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cut at the last space before `max` characters, with an ellipsis; short text is left as is. */
export function clip(text: string, max = SUMMARY_MAX): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function field(content: Record<string, unknown>, name: string): string {
  const value = content[name];
  return typeof value === 'string' ? value : '';
}

/**
 * The side a card asks, summarized: `ord` 1 of a basic note is its reversed twin (it asks the
 * back); a cloze shows its text with every answer in brackets; a drill its prompt.
 */
export function cardSummary(content: unknown, kind: string, ord: number): string {
  if (typeof content !== 'object' || content === null) return '';
  const c = content as Record<string, unknown>;
  let text: string;
  switch (kind) {
    case 'basic':
      text = field(c, ord === 1 ? 'back' : 'front');
      break;
    case 'cloze':
      text = field(c, 'text').replace(CLOZE, '[$1]');
      break;
    case 'choice':
      text = field(c, 'question');
      break;
    case 'command':
      text = field(c, 'prompt');
      break;
    default:
      text = field(c, 'front');
  }
  return clip(plainText(text));
}

/**
 * The header lines Anki writes at the top of a plain-text (CSV/TSV) export and reads on import:
 * `#separator:Tab`, `#html:true`, `#columns:Front	Back`, `#deck:Name`, `#notetype:Basic`,
 * `#tags:a b`, and `#<role> column:N` for the notetype, deck, tags and guid columns (1-based).
 */

export interface AnkiHeaders {
  separator?: string;
  html?: boolean;
  columns?: string[];
  deck?: string;
  notetype?: string;
  /** Tags added to every note. */
  tags?: string[];
  /** 0-based column indices. */
  notetypeColumn?: number;
  deckColumn?: number;
  tagsColumn?: number;
  guidColumn?: number;
}

export interface HeaderBlock {
  headers: AnkiHeaders;
  /** Where the records start: offset in the text and its 1-based line. */
  bodyOffset: number;
  bodyLine: number;
  problems: { line: number; message: string }[];
  /** Header lines Repaso does not use (reported, not fatal). */
  ignored: { line: number; text: string }[];
}

const SEPARATOR_NAMES: Record<string, string> = {
  comma: ',',
  semicolon: ';',
  tab: '\t',
  space: ' ',
  pipe: '|',
  colon: ':',
};

const COLUMN_KEYS = {
  'notetype column': 'notetypeColumn',
  'deck column': 'deckColumn',
  'tags column': 'tagsColumn',
  'guid column': 'guidColumn',
} as const;

/** `Tab`, `tab`, `\t` or a literal character; undefined for anything else. */
export function separatorFromHeader(value: string): string | undefined {
  const named = SEPARATOR_NAMES[value.trim().toLowerCase()];
  if (named) return named;
  if (value === '\\t') return '\t';
  return [...value].length === 1 && value !== '"' && value !== '\n' && value !== '\r' ? value : undefined;
}

/** Reads the `#key:value` lines at the top of the file; the first other line starts the records. */
export function readHeaders(text: string): HeaderBlock {
  const block: HeaderBlock = { headers: {}, bodyOffset: 0, bodyLine: 1, problems: [], ignored: [] };
  let offset = text.startsWith('\uFEFF') ? 1 : 0;
  let line = 1;
  const pendingColumns: { line: number; raw: string }[] = [];
  while (offset < text.length && text[offset] === '#') {
    const end = text.indexOf('\n', offset);
    const stop = end === -1 ? text.length : end;
    const raw = text.slice(offset + 1, stop).replace(/\r$/, '');
    const colon = raw.indexOf(':');
    const key = (colon === -1 ? raw : raw.slice(0, colon)).trim().toLowerCase();
    const value = colon === -1 ? '' : raw.slice(colon + 1);
    applyHeader(block, key, value, line, pendingColumns);
    offset = end === -1 ? text.length : end + 1;
    line += 1;
  }
  // #columns is split by the separator, which may be declared after it.
  for (const c of pendingColumns) block.headers.columns = c.raw.split(block.headers.separator ?? '\t').map((s) => s.trim());
  block.bodyOffset = offset;
  block.bodyLine = line;
  return block;
}

function applyHeader(block: HeaderBlock, key: string, value: string, line: number, pendingColumns: { line: number; raw: string }[]): void {
  const h = block.headers;
  switch (key) {
    case 'separator': {
      const separator = separatorFromHeader(value);
      if (separator === undefined) block.problems.push({ line, message: `#separator: "${value}" is not a separator (Tab, Comma, Semicolon, Pipe, Space, Colon or one character)` });
      else h.separator = separator;
      return;
    }
    case 'html': {
      const v = value.trim().toLowerCase();
      if (v !== 'true' && v !== 'false') block.problems.push({ line, message: `#html: must be true or false, not "${value}"` });
      else h.html = v === 'true';
      return;
    }
    case 'columns':
      pendingColumns.push({ line, raw: value });
      return;
    case 'deck':
      h.deck = value.trim();
      return;
    case 'notetype':
      h.notetype = value.trim();
      return;
    case 'tags':
      h.tags = value.trim().split(/\s+/).filter(Boolean);
      return;
    default: {
      if (key in COLUMN_KEYS) {
        const n = Number(value.trim());
        if (!Number.isInteger(n) || n < 1) block.problems.push({ line, message: `#${key}: must be a column number from 1, not "${value}"` });
        else h[COLUMN_KEYS[key as keyof typeof COLUMN_KEYS]] = n - 1;
        return;
      }
      block.ignored.push({ line, text: `#${key}` });
    }
  }
}

/**
 * The separator of a file without a `#separator` header: the first of tab, semicolon, comma and
 * pipe found in its first record (outside quotes); for none, tab for .tsv and comma otherwise.
 */
export function guessSeparator(firstLine: string, fileName: string): string {
  const unquoted = firstLine.replace(/"(?:[^"]|"")*"/g, '');
  for (const candidate of ['\t', ';', ',', '|']) if (unquoted.includes(candidate)) return candidate;
  return /\.tsv$/i.test(fileName) ? '\t' : ',';
}

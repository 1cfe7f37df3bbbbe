/**
 * Delimiter-separated text as RFC 4180 (and Anki) read and write it: a field may be quoted with
 * `"`, a quoted field may hold the separator, line breaks and `""` for a quote; records end at a
 * line break (LF or CRLF) outside quotes. Empty lines are skipped, as Anki skips them.
 */

export interface DelimitedRecord {
  /** 1-based line of the file where the record starts. */
  line: number;
  fields: string[];
}

export interface DelimitedProblem {
  line: number;
  message: string;
}

export interface DelimitedResult {
  records: DelimitedRecord[];
  problems: DelimitedProblem[];
}

/**
 * Parses `text` (which starts at line `firstLine` of its file) into records. A bad quote is
 * reported with its line and the parser carries on at the next line, so every problem of a file
 * is found in one pass.
 */
export function parseDelimited(text: string, separator: string, firstLine = 1): DelimitedResult {
  const records: DelimitedRecord[] = [];
  const problems: DelimitedProblem[] = [];
  let line = firstLine;
  let i = 0;
  const n = text.length;

  while (i < n) {
    const start = line;
    const fields: string[] = [];
    let field = '';
    let broken = false;
    for (;;) {
      if (text[i] === '"') {
        // A quoted field: up to the next lone quote.
        const quoteLine = line;
        i += 1;
        let closed = false;
        while (i < n) {
          const c = text[i]!;
          if (c === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i += 1;
            closed = true;
            break;
          }
          if (c === '\n') line += 1;
          field += c;
          i += 1;
        }
        if (!closed) {
          problems.push({ line: quoteLine, message: 'a quoted field is never closed (a " is missing)' });
          broken = true;
          break;
        }
        if (i < n && text[i] !== separator && text[i] !== '\n' && text[i] !== '\r') {
          problems.push({ line, message: `text after a closing quote: write "" for a quote inside a quoted field` });
          broken = true;
          break;
        }
      } else {
        while (i < n && text[i] !== separator && text[i] !== '\n' && !(text[i] === '\r' && text[i + 1] === '\n')) {
          field += text[i];
          i += 1;
        }
      }
      fields.push(field);
      field = '';
      if (i < n && text[i] === separator) {
        i += 1;
        continue;
      }
      break;
    }
    if (broken) {
      // Skip to the end of the offending line and go on with the next record.
      while (i < n && text[i] !== '\n') i += 1;
    }
    if (text[i] === '\r') i += 1;
    if (text[i] === '\n') {
      i += 1;
      line += 1;
    }
    if (broken) continue;
    const empty = fields.length === 1 && fields[0] === '';
    if (!empty) records.push({ line: start, fields });
  }
  return { records, problems };
}

/** One field as a writer must put it: quoted when it holds the separator, a quote or a line break. */
export function quoteField(value: string, separator: string): string {
  const needs = value.includes(separator) || value.includes('"') || value.includes('\n') || value.includes('\r') || value.startsWith('#');
  return needs ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Records as text, one per line (LF), fields quoted as needed. */
export function writeDelimited(records: readonly (readonly string[])[], separator: string): string {
  return records.map((fields) => fields.map((f) => quoteField(f, separator)).join(separator)).join('\n') + (records.length > 0 ? '\n' : '');
}

/**
 * Go's text/tabwriter, as `kubectl describe` configures it (tabbedString: minwidth 0, tabwidth 8,
 * padding 2, pad with spaces). Unlike the `get` tables, describe output mixes lines with different
 * numbers of cells, and tabwriter aligns a column only over a block of consecutive lines that all
 * have that column: a line without tabs ("Containers:") ends the block, which is why each section
 * of a describe output has its own alignment. This is the same recursive algorithm as
 * tabwriter.format/writeLines.
 */

const PADDING = 2;
const MIN_WIDTH = 0;

const NON_ASCII = /[^\x00-\x7f]/;
const width = (s: string) => (NON_ASCII.test(s) ? [...s].length : s.length);

/** Aligns text whose cells are separated by `\t`; returns it with tabs replaced by padding. */
export function tabwrite(text: string): string {
  // Each line's cells: all but the last are tab-terminated. The last line is the partial one after
  // the final newline (empty when the text ends with "\n").
  const lines = text.split('\n').map((l) => l.split('\t'));
  const out: string[] = [];
  const widths: number[] = [];

  const writeLines = (line0: number, line1: number) => {
    for (let i = line0; i < line1; i++) {
      const cells = lines[i]!;
      let s = '';
      for (let j = 0; j < cells.length; j++) {
        const c = cells[j]!;
        s += c;
        if (j < widths.length && j < cells.length - 1) s += ' '.repeat(Math.max(0, widths[j]! - width(c)));
      }
      out.push(s);
      if (i + 1 < lines.length) out.push('\n');
    }
  };

  const format = (line0: number, line1: number) => {
    const column = widths.length;
    for (let t = line0; t < line1; t++) {
      if (column >= lines[t]!.length - 1) continue;
      // A cell exists in this column: print the lines before the block, then size the block.
      writeLines(line0, t);
      line0 = t;
      let w = MIN_WIDTH;
      for (; t < line1; t++) {
        const cells = lines[t]!;
        if (column >= cells.length - 1) break;
        const cw = width(cells[column]!) + PADDING;
        if (cw > w) w = cw;
      }
      widths.push(w);
      format(line0, t);
      widths.pop();
      line0 = t;
      t--; // the outer loop's increment would skip the line that ended the block
    }
    writeLines(line0, line1);
  };

  format(0, lines.length);
  return out.join('');
}

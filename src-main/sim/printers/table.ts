/**
 * The human-readable table printer: per-kind columns and row functions (./columns) rendered by
 * one tabwriter, with the NAMESPACE, -L and LABELS columns added generically, as cli-runtime's
 * tableprinter.go decorates the server's tables.
 */
import type { KObject } from '../api/types';
import { kindPrefix, type ResourceType } from '../api/registry';
import { formatLabels } from '../cluster/selectors';
import { printerFor } from './columns';

export interface TableOptions {
  /** `-o wide`: include priority-1 columns. */
  wide?: boolean;
  /** `--show-labels`: a trailing LABELS column. */
  showLabels?: boolean;
  /** `-L key1,key2`: one column per label key. */
  labelColumns?: string[];
  noHeaders?: boolean;
  /** `-A`: a leading NAMESPACE column. */
  withNamespace?: boolean;
  /** Several types in one command: NAME cells read `deployment.apps/web`. */
  withKindPrefix?: boolean;
  /** Virtual now (ms since epoch), for AGE cells. */
  now: number;
}

/** tabwriter settings of kubectl (cli-runtime printers/tabwriter.go). */
const MIN_WIDTH = 6;
const PADDING = 3;

/**
 * Aligns rows like Go's text/tabwriter with kubectl's settings: every column but the last is as
 * wide as its widest cell plus 3 (at least 6); the last cell is never padded.
 *
 * `get pods -A` on a big cluster renders tens of thousands of cells: each cell's width is measured
 * once, padding comes from a table of ready-made runs of spaces, and the text is built in one go.
 */
export function renderTabular(rows: readonly string[][]): string {
  if (rows.length === 0) return '';
  let cols = 0;
  for (const r of rows) if (r.length > cols) cols = r.length;
  const widths = new Array<number>(cols).fill(0);
  const cellWidths = new Int32Array(rows.length * cols);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    for (let c = 0; c < row.length - 1; c++) {
      const w = cellWidth(row[c]!);
      cellWidths[r * cols + c] = w;
      if (w > widths[c]!) widths[c] = w;
    }
  }
  let widest = 0;
  for (let c = 0; c < cols; c++) {
    widths[c] = Math.max(MIN_WIDTH, widths[c]! + PADDING);
    if (widths[c]! > widest) widest = widths[c]!;
  }
  const pads: string[] = [];
  for (let n = 0; n <= widest; n++) pads.push(' '.repeat(n));
  let out = '';
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const last = row.length - 1;
    for (let c = 0; c < last; c++) out += row[c]! + pads[widths[c]! - cellWidths[r * cols + c]!]!;
    out += (row[last] ?? '') + '\n';
  }
  return out;
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Width in runes, as tabwriter counts (ASCII fast path). */
function cellWidth(cell: string): number {
  return NON_ASCII.test(cell) ? [...cell].length : cell.length;
}

/** The header of a `-L` column: the label key's last path segment, uppercased. */
function labelHeader(key: string): string {
  const parts = key.split('/');
  return parts[parts.length - 1]!.toUpperCase();
}

/** Builds the rows (header first unless noHeaders) of one resource type's table. */
export function tableRows(rt: ResourceType, objects: readonly KObject[], opts: TableOptions): string[][] {
  const printer = printerFor(rt);
  const visible = printer.columns.map((c) => opts.wide || c.priority === 0);
  const rows: string[][] = [];
  if (!opts.noHeaders) {
    const header = printer.columns.filter((_, i) => visible[i]).map((c) => c.name.toUpperCase());
    if (opts.withNamespace) header.unshift('NAMESPACE');
    for (const key of opts.labelColumns ?? []) header.push(labelHeader(key));
    if (opts.showLabels) header.push('LABELS');
    rows.push(header);
  }
  const prefix = opts.withKindPrefix ? `${kindPrefix(rt)}/` : '';
  const ctx = { now: opts.now, wide: opts.wide ?? false };
  const shown: number[] = [];
  visible.forEach((v, i) => v && shown.push(i));
  // Most kinds put their wide columns last: then a row is its first cells, truncated in place.
  const leading = shown.every((v, i) => v === i);
  const labelKeys = opts.labelColumns ?? [];
  for (const obj of objects) {
    let row = printer.row(obj, ctx);
    if (leading) {
      if (row.length > shown.length) row.length = shown.length;
    } else {
      const all = row;
      row = shown.map((i) => all[i]!);
    }
    if (prefix) row[0] = prefix + row[0];
    if (opts.withNamespace) row.unshift(obj.metadata.namespace ?? '');
    if (labelKeys.length || opts.showLabels) {
      const labels = obj.metadata.labels;
      for (const key of labelKeys) row.push(labels?.[key] ?? '');
      if (opts.showLabels) row.push(formatLabels(labels));
    }
    rows.push(row);
  }
  return rows;
}

/** One resource type's table, as `kubectl get` prints it (newline-terminated; '' for no objects). */
export function printTable(rt: ResourceType, objects: readonly KObject[], opts: TableOptions): string {
  if (objects.length === 0) return '';
  return renderTabular(tableRows(rt, objects, opts));
}

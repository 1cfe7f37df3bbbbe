/** Column definitions as data, after the server's TableColumnDefinition: priority 1 = `-o wide` only. */
import type { KObject } from '../../api/types';

export interface ColumnDef {
  name: string;
  priority: 0 | 1;
}

export interface RowContext {
  /** Virtual now, ms since epoch. */
  now: number;
  wide: boolean;
}

/** A kind's table: its columns, and a row function returning one cell per column, in order. */
export interface KindPrinter {
  columns: readonly ColumnDef[];
  row(obj: KObject, ctx: RowContext): string[];
}

export function cols(...names: string[]): ColumnDef[] {
  return names.map((n) => (n.startsWith('+') ? { name: n.slice(1), priority: 1 } : { name: n, priority: 0 }));
}

// Loose readers for spec/status fields: kinds narrow objects only where they are printed.
export type Json = Record<string, any>;
export const spec = (o: KObject): Json => (o.spec as Json) ?? {};
export const status = (o: KObject): Json => (o.status as Json) ?? {};

/** Container names and images joined with `,` (layoutContainerCells). */
export function containerCells(podSpec: Json | undefined): [string, string] {
  const cs: Json[] = podSpec?.containers ?? [];
  return [cs.map((c) => c.name).join(','), cs.map((c) => c.image).join(',')];
}

export function num(v: unknown): string {
  return String(typeof v === 'number' ? v : 0);
}

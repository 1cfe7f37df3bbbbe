/**
 * The calendar heatmap's geometry, GitHub's way: one column per week, one row per weekday,
 * the newest week on the right. Pure, so it is tested without a browser.
 */

export interface HeatmapDayInput {
  /** YYYY-MM-DD */
  date: string;
  answers: number;
}

export interface HeatmapCell<T extends HeatmapDayInput> {
  day: T;
  /** Week column, 0 = oldest. */
  column: number;
  /** Weekday row, 0 = the week's first day. */
  row: number;
  /** Colour step 0..4 (0: nothing answered). */
  level: number;
}

export interface MonthLabel {
  column: number;
  /** The month's first date shown in that column, YYYY-MM-DD. */
  date: string;
}

export interface HeatmapLayout<T extends HeatmapDayInput> {
  cells: HeatmapCell<T>[];
  columns: number;
  months: MonthLabel[];
}

/** Colour steps above zero. */
export const HEATMAP_LEVELS = 4;

/** 0 for nothing; else 1..4 in proportion to the busiest day, so one answer still shows. */
export function heatLevel(answers: number, max: number): number {
  if (answers <= 0 || max <= 0) return 0;
  return Math.min(HEATMAP_LEVELS, Math.max(1, Math.ceil((answers / max) * HEATMAP_LEVELS)));
}

/** 0 Sunday … 6 Saturday, from a YYYY-MM-DD date (no time zone involved). */
export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/**
 * Places consecutive days (oldest first) in week columns starting on `firstWeekday`
 * (0 Sunday, 1 Monday), and labels each column in which a month begins.
 */
export function heatmapLayout<T extends HeatmapDayInput>(days: readonly T[], firstWeekday: number): HeatmapLayout<T> {
  const max = days.reduce((m, d) => Math.max(m, d.answers), 0);
  const offset = days.length === 0 ? 0 : (weekdayOf(days[0]!.date) - firstWeekday + 7) % 7;
  const cells = days.map((day, i) => ({
    day,
    column: Math.floor((i + offset) / 7),
    row: (i + offset) % 7,
    level: heatLevel(day.answers, max),
  }));
  // A column is labelled with the month that begins in it; the first column, with its own month.
  const months: MonthLabel[] = [];
  for (const cell of cells) {
    const begins = cell.day.date.endsWith('-01');
    const last = months.at(-1);
    if (last?.column === cell.column) {
      if (begins) last.date = cell.day.date;
    } else if (begins || last === undefined) {
      months.push({ column: cell.column, date: cell.day.date });
    }
  }
  // A label for a sliver of a month at the left edge would collide with the next one.
  if (months.length > 1 && months[1]!.column - months[0]!.column < 3) months.shift();
  return { cells, columns: cells.length === 0 ? 0 : cells.at(-1)!.column + 1, months };
}

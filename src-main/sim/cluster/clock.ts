/**
 * The simulation's virtual clock. Time only moves when the simulation advances it, so every AGE,
 * timestamp and controller delay is reproducible.
 */
export class Clock {
  /** @param ms milliseconds since the Unix epoch */
  constructor(private ms: number) {}

  /** Milliseconds since the Unix epoch. */
  now(): number {
    return this.ms;
  }

  /** Moves time forward; time never goes back. */
  set(ms: number): void {
    if (ms > this.ms) this.ms = ms;
  }

  advance(ms: number): void {
    this.set(this.ms + ms);
  }
}

/** RFC 3339 at second precision, as the API server writes metav1.Time: `2026-11-26T11:05:03Z`. */
export function rfc3339(ms: number): string {
  const sec = Math.floor(ms / 1000);
  if (sec !== lastSecond) {
    lastSecond = sec;
    lastText = new Date(sec * 1000).toISOString().replace('.000Z', 'Z');
  }
  return lastText;
}
let lastSecond = NaN;
let lastText = '';

/** RFC 3339 with microseconds, as metav1.MicroTime (events' eventTime) is written. */
export function rfc3339Micro(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

/** Parses an RFC 3339 timestamp to ms since epoch; NaN when absent or malformed. */
export function parseTime(ts: string | null | undefined): number {
  return ts ? Date.parse(ts) : NaN;
}

/**
 * Ages as kubectl prints them: apimachinery's duration.HumanDuration, applied to "now minus a
 * timestamp" (translateTimestampSince in kubectl's printers and describers).
 */

/** HumanDuration of a duration in ms: `45s`, `3m20s`, `95m`, `5h30m`, `36h`, `3d4h`, `120d`, `2y10d`. */
export function humanDuration(ms: number): string {
  // Go's int(d.Seconds()) truncates toward zero; up to one second in the future still reads 0s.
  const seconds = Math.trunc(ms / 1000);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 60 * 2) return `${seconds}s`;
  const minutes = Math.trunc(ms / 60000);
  if (minutes < 10) {
    const s = seconds % 60;
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
  }
  if (minutes < 60 * 3) return `${minutes}m`;
  const hours = Math.trunc(ms / 3600000);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8) {
    const h = hours % 24;
    return h === 0 ? `${Math.trunc(hours / 24)}d` : `${Math.trunc(hours / 24)}d${h}h`;
  }
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24)}d`;
  if (hours < 24 * 365 * 8) {
    const dy = Math.trunc(hours / 24) % 365;
    const y = Math.trunc(hours / 24 / 365);
    return dy === 0 ? `${y}y` : `${y}y${dy}d`;
  }
  return `${Math.trunc(hours / 24 / 365)}y`;
}

/** The age of an RFC 3339 timestamp at `now` (ms); `<unknown>` for a missing one. */
export function translateTimestampSince(timestamp: string | null | undefined, now: number): string {
  if (!timestamp) return '<unknown>';
  if (now !== agesAt) {
    ages.clear();
    agesAt = now;
  }
  let age = ages.get(timestamp);
  if (age === undefined) {
    const t = parseCached(timestamp);
    age = Number.isNaN(t) ? '<unknown>' : humanDuration(now - t);
    if (ages.size > 50_000) ages.clear();
    ages.set(timestamp, age);
  }
  return age;
}

/** Ages already worked out for the current `now` (a listing asks for the same few timestamps over and over). */
const ages = new Map<string, string>();
let agesAt = NaN;

/** Timestamps repeat a lot across a listing (second precision): parse each distinct one once. */
const parsed = new Map<string, number>();
function parseCached(ts: string): number {
  let t = parsed.get(ts);
  if (t === undefined) {
    if (parsed.size > 50_000) parsed.clear();
    t = Date.parse(ts);
    parsed.set(ts, t);
  }
  return t;
}

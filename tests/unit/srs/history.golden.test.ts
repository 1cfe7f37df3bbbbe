import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src-main/cards/seeded';
import { HOUR_MS, MINUTE_MS, newCardState, reviewCalendar, sm2Scheduler, type Quality } from '../../../src-main/srs';

/*
 * One long SM-2 history pinned as a golden file (STYLE.md, convention 12): 80 answers with
 * seeded grades, each given some hours into the card's due day (often after midnight, before
 * the 04:00 day start), across both 2026 DST changes in Madrid, including same-session re-drills.
 * Regenerate with UPDATE_GOLDEN=1 after a deliberate change, and review the diff.
 */
const GOLDEN = join(__dirname, 'golden', 'sm2-history-madrid.txt');
const TIME_ZONE = 'Europe/Madrid';

const local = new Intl.DateTimeFormat('sv-SE', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
});

function history(): string {
  const calendar = reviewCalendar({ timeZone: TIME_ZONE, dayStartHour: 4 });
  const random = seededRandom('sm2-golden');
  let state = newCardState();
  let now = Date.UTC(2026, 0, 5, 18, 30);
  const lines: string[] = [];
  for (let i = 0; i < 80; i++) {
    const q = [1, 3, 4, 4, 4, 5, 5, 0, 2, 4][Math.floor(random() * 10)] as Quality;
    const next = sm2Scheduler.gradeToState(state, q, { now, calendar });
    const ef = (next.ef / 1000).toFixed(2);
    lines.push(
      `${local.format(now)}  q=${q}  n=${next.reps}  EF=${ef}  I=${next.intervalDays}d  due ${local.format(next.due!)}` +
        (next.redrill ? '  re-drill' : ''),
    );
    state = next;
    // A re-drill comes back within the session; otherwise answer on the due day, 1–23 h in.
    now = next.redrill && random() < 0.7 ? now + 10 * MINUTE_MS : next.due! + (1 + Math.floor(random() * 23)) * HOUR_MS;
  }
  return lines.join('\n') + '\n';
}

describe('a long SM-2 history', () => {
  it('matches the golden file', () => {
    const actual = history();
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(GOLDEN)) writeFileSync(GOLDEN, actual);
    expect(actual).toBe(readFileSync(GOLDEN, 'utf8'));
  });
});

import { describe, expect, it } from 'vitest';
import { CalendarError, civilDay, DAY_MS, HOUR_MS, instantOfWallTime, reviewCalendar, zoneOffsetMs } from '../../../src-main/srs';

const utc = (y: number, mo: number, d: number, h = 0, mi = 0) => Date.UTC(y, mo - 1, d, h, mi);

describe('zone offsets from Intl', () => {
  it('reads Madrid as +1 h in winter and +2 h in summer', () => {
    expect(zoneOffsetMs(utc(2026, 1, 15, 12), 'Europe/Madrid')).toBe(HOUR_MS);
    expect(zoneOffsetMs(utc(2026, 7, 15, 12), 'Europe/Madrid')).toBe(2 * HOUR_MS);
  });

  it('reads New York as -5 h in winter and -4 h in summer', () => {
    expect(zoneOffsetMs(utc(2026, 1, 15, 12), 'America/New_York')).toBe(-5 * HOUR_MS);
    expect(zoneOffsetMs(utc(2026, 7, 15, 12), 'America/New_York')).toBe(-4 * HOUR_MS);
  });

  it('ignores the milliseconds of an instant', () => {
    expect(zoneOffsetMs(utc(2026, 7, 15, 12) + 999, 'Europe/Madrid')).toBe(2 * HOUR_MS);
  });

  it('resolves a wall time skipped by spring-forward to the time after the gap', () => {
    // Madrid 2026-03-29 02:00 CET → 03:00 CEST; 02:30 does not exist and becomes 03:30 CEST.
    expect(instantOfWallTime(utc(2026, 3, 29, 2, 30), 'Europe/Madrid')).toBe(utc(2026, 3, 29, 1, 30));
  });

  it('resolves a wall time repeated by fall-back to its first occurrence', () => {
    // Madrid 2026-10-25 03:00 CEST → 02:00 CET; 02:30 happens at 00:30Z and again at 01:30Z.
    expect(instantOfWallTime(utc(2026, 10, 25, 2, 30), 'Europe/Madrid')).toBe(utc(2026, 10, 25, 0, 30));
  });
});

describe('review days', () => {
  it('refuses an unknown zone and a day-start hour outside 0..23', () => {
    expect(() => reviewCalendar({ timeZone: 'Mars/Olympus' })).toThrow(CalendarError);
    expect(() => reviewCalendar({ timeZone: 'UTC', dayStartHour: 24 })).toThrow(CalendarError);
  });

  it('starts at 04:00 by default: 03:59 local belongs to the previous day and 04:00 to the new one', () => {
    const cal = reviewCalendar({ timeZone: 'Europe/Madrid' });
    // 2026-03-10 is winter time (UTC+1): 04:00 local = 03:00Z.
    expect(cal.dayOf(utc(2026, 3, 10, 2, 59))).toBe(civilDay(2026, 3, 9));
    expect(cal.dayOf(utc(2026, 3, 10, 3, 0))).toBe(civilDay(2026, 3, 10));
    expect(cal.startOf(civilDay(2026, 3, 10))).toBe(utc(2026, 3, 10, 3, 0));
  });

  it('uses UTC days shifted by the day-start hour in the UTC zone', () => {
    const cal = reviewCalendar({ timeZone: 'UTC', dayStartHour: 4 });
    expect(cal.startOf(civilDay(2026, 6, 1))).toBe(utc(2026, 6, 1, 4));
    expect(cal.dayOf(utc(2026, 6, 1, 3, 59))).toBe(civilDay(2026, 5, 31));
    expect(cal.dayOf(utc(2026, 6, 1, 4))).toBe(civilDay(2026, 6, 1));
  });

  it('makes the Madrid review day containing spring-forward 23 hours long, still from 04:00 to 04:00', () => {
    const cal = reviewCalendar({ timeZone: 'Europe/Madrid' });
    const saturday = civilDay(2026, 3, 28);
    expect(cal.startOf(saturday)).toBe(utc(2026, 3, 28, 3)); // 04:00 CET
    expect(cal.startOf(saturday + 1)).toBe(utc(2026, 3, 29, 2)); // 04:00 CEST
    expect(cal.startOf(saturday + 1) - cal.startOf(saturday)).toBe(23 * HOUR_MS);
    expect(cal.dayOf(utc(2026, 3, 29, 1, 59))).toBe(saturday); // 03:59 CEST
    expect(cal.dayOf(utc(2026, 3, 29, 2, 0))).toBe(saturday + 1); // 04:00 CEST
  });

  it('makes the Madrid review day containing fall-back 25 hours long', () => {
    const cal = reviewCalendar({ timeZone: 'Europe/Madrid' });
    const saturday = civilDay(2026, 10, 24);
    expect(cal.startOf(saturday)).toBe(utc(2026, 10, 24, 2)); // 04:00 CEST
    expect(cal.startOf(saturday + 1)).toBe(utc(2026, 10, 25, 3)); // 04:00 CET
    expect(cal.startOf(saturday + 1) - cal.startOf(saturday)).toBe(25 * HOUR_MS);
    expect(cal.dayOf(utc(2026, 10, 25, 2, 59))).toBe(saturday); // 03:59 CET
  });

  it('follows New York across both of its DST changes', () => {
    const cal = reviewCalendar({ timeZone: 'America/New_York' });
    expect(cal.startOf(civilDay(2026, 3, 8))).toBe(utc(2026, 3, 8, 8)); // 04:00 EDT
    expect(cal.startOf(civilDay(2026, 3, 7))).toBe(utc(2026, 3, 7, 9)); // 04:00 EST
    expect(cal.startOf(civilDay(2026, 11, 1))).toBe(utc(2026, 11, 1, 9)); // 04:00 EST
    expect(cal.startOf(civilDay(2026, 10, 31))).toBe(utc(2026, 10, 31, 8)); // 04:00 EDT
  });

  it('places every minute around both Madrid DST changes in the right day, cached or not', () => {
    const cached = reviewCalendar({ timeZone: 'Europe/Madrid' });
    for (const change of [utc(2026, 3, 29, 1), utc(2026, 10, 25, 1)]) {
      for (let t = change - 6 * HOUR_MS; t < change + 6 * HOUR_MS; t += 60_000) {
        const fresh = reviewCalendar({ timeZone: 'Europe/Madrid' });
        const day = fresh.dayOf(t);
        expect(cached.dayOf(t)).toBe(day);
        expect(fresh.startOf(day) <= t && t < fresh.startOf(day + 1)).toBe(true);
      }
    }
  });

  it('starts a day at the end of the gap when the day-start hour is skipped', () => {
    const cal = reviewCalendar({ timeZone: 'Europe/Madrid', dayStartHour: 2 });
    const sunday = civilDay(2026, 3, 29);
    expect(cal.startOf(sunday)).toBe(utc(2026, 3, 29, 1)); // 03:00 CEST
    expect(cal.dayOf(utc(2026, 3, 29, 1) - 1)).toBe(sunday - 1);
    expect(cal.dayOf(utc(2026, 3, 29, 1))).toBe(sunday);
  });

  for (const timeZone of ['UTC', 'Europe/Madrid', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata']) {
    it(`puts every instant of 2026 between the start of its day and the next (${timeZone})`, () => {
      // Every 193 minutes through the year lands at many offsets into the days of both DST
      // changes. A fresh calendar per instant, so its last-day cache cannot answer for it.
      const misplaced: string[] = [];
      for (let t = utc(2026, 1, 1); t < utc(2027, 1, 1); t += 193 * 60_000) {
        const cal = reviewCalendar({ timeZone, dayStartHour: 4 });
        const day = cal.dayOf(t);
        if (!(cal.startOf(day) <= t && t < cal.startOf(day + 1))) misplaced.push(new Date(t).toISOString());
      }
      expect(misplaced).toEqual([]);
    });
  }

  it('numbers consecutive review days consecutively', () => {
    const cal = reviewCalendar({ timeZone: 'Europe/Madrid' });
    for (let day = civilDay(2026, 1, 1); day < civilDay(2027, 1, 1); day++) {
      const length = cal.startOf(day + 1) - cal.startOf(day);
      expect([23 * HOUR_MS, DAY_MS, 25 * HOUR_MS]).toContain(length);
      expect(cal.dayOf(cal.startOf(day))).toBe(day);
    }
  });
});

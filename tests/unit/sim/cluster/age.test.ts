import { describe, expect, it } from 'vitest';
import { humanDuration, translateTimestampSince } from '../../../../src-main/sim/printers/age';

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

describe('humanDuration', () => {
  it.each([
    [0, '0s'],
    [45 * S, '45s'],
    [119 * S, '119s'],
    [2 * M, '2m'],
    [3 * M + 20 * S, '3m20s'],
    [9 * M + 59 * S, '9m59s'],
    [10 * M + 30 * S, '10m'],
    [95 * M, '95m'],
    [179 * M, '179m'],
    [3 * H, '3h'],
    [5 * H + 30 * M, '5h30m'],
    [8 * H, '8h'],
    [36 * H, '36h'],
    [47 * H + 59 * M, '47h'],
    [2 * D, '2d'],
    [3 * D + 4 * H, '3d4h'],
    [8 * D, '8d'],
    [120 * D, '120d'],
    [730 * D, '2y'],
    [740 * D, '2y10d'],
    [9 * 365 * D, '9y'],
  ])('prints %d ms as %s', (ms, text) => {
    expect(humanDuration(ms)).toBe(text);
  });

  it('reads a timestamp up to a second ahead as 0s and further ahead as <invalid>', () => {
    expect(humanDuration(-999)).toBe('0s');
    expect(humanDuration(-1500)).toBe('0s');
    expect(humanDuration(-2000)).toBe('<invalid>');
  });

  it('prints <unknown> for a missing timestamp', () => {
    expect(translateTimestampSince(undefined, 0)).toBe('<unknown>');
    expect(translateTimestampSince('2026-01-01T00:00:00Z', Date.UTC(2026, 0, 1, 0, 5))).toBe('5m');
  });
});

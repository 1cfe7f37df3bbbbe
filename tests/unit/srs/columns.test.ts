import { describe, expect, it } from 'vitest';
import {
  defaultsForTesting,
  fsrsScheduler,
  newCardState,
  parseCardState,
  sm2Scheduler,
  STATE_COLUMNS,
  stateFromColumns,
  StateColumnsError,
  stateToColumns,
} from '../../../src-main/srs';

describe('state columns', () => {
  const ctx = defaultsForTesting();
  const samples = [
    newCardState(),
    sm2Scheduler.gradeToState(newCardState(), 2, ctx),
    fsrsScheduler().gradeToState(newCardState(), 5, ctx),
  ];

  it('round-trips new, SM-2 and FSRS states through plain column values', () => {
    for (const s of samples) {
      const cols = stateToColumns(s);
      expect(Object.keys(cols).sort()).toEqual([...STATE_COLUMNS].sort());
      for (const v of Object.values(cols)) expect(v === null || ['string', 'number'].includes(typeof v)).toBe(true);
      expect(stateFromColumns(cols)).toEqual(s);
    }
  });

  it('refuses a damaged row, naming every bad field', () => {
    const cols = { ...stateToColumns(samples[1]!), ef: 900, redrill: 2, phase: 'learning' };
    let error: unknown;
    try {
      stateFromColumns(cols);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StateColumnsError);
    const problems = (error as StateColumnsError).problems.join('\n');
    expect(problems).toMatch(/^ef:/m);
    expect(problems).toMatch(/^redrill:/m);
    expect(problems).toMatch(/^phase: unknown/m);
  });

  it('refuses a new card that has a due date', () => {
    expect(() => stateFromColumns({ ...stateToColumns(newCardState()), due: 1 })).toThrow(StateColumnsError);
  });
});

describe('parseCardState', () => {
  const ctx = defaultsForTesting();
  const state = sm2Scheduler.gradeToState(newCardState(), 3, ctx);

  it('reads back a state written as JSON', () => {
    expect(parseCardState(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });

  it('refuses missing, unknown and ill-typed fields', () => {
    const { lapses: _omitted, ...missing } = state;
    expect(() => parseCardState(missing)).toThrow(/lapses: missing/);
    expect(() => parseCardState({ ...state, interval: 3 })).toThrow(/interval: unknown field/);
    expect(() => parseCardState({ ...state, redrill: 'yes' })).toThrow(/redrill: not a boolean/);
    expect(() => parseCardState(null)).toThrow(StateColumnsError);
  });
});

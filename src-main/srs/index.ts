/**
 * Repaso's scheduling library: pure functions over plain data. No I/O, no clock, no randomness:
 * `now` and the review-day calendar come in a SchedulingContext.
 */
export * from './constants';
export * from './grades';
export * from './state';
export * from './calendar';
export * from './context';
export * from './scheduler';
export * from './sm2';
export * from './fsrs';
export * from './schedulers';
export * from './answer';
export * from './queue';
export * from './streak';
export * from './intervals';
export * from './columns';

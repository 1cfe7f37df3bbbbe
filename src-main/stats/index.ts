/** The Stats screen's figures: pure functions over rows the store reads (no clock, no I/O). */
export * from './types';
export * from './days';
export * from './boundaries';
export * from './heatmap';
export * from './forecast';
export * from './retention';
export * from './cards';
export * from './summary';

/** Pure card-content logic: cloze deletions, typed-answer diff, multiple choice. */
export * from './cloze';
export * from './typediff';
export * from './choice';
export * from './seeded';

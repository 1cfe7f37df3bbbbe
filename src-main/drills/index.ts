/**
 * Command drills: building a scenario's cluster, checking a learner's command against the
 * canonical answer, grading, and Tab completion. Pure apart from the simulator (no I/O, no clock).
 */
export { buildScenario, contextNamespace, ScenarioBuildError, ScenarioCache, toSimScenario, type ScenarioSource } from './scenario';
export { checkAttempt, isRefusal, prepareExpected, type DrillTask, type Expected, type Verdict } from './checker';
export { explain, type Locale } from './feedback';
export type { Finding, Ref } from './compare';
export { drillGrade, MAX_WRONG_ATTEMPTS, SLOW_DRILL_MS, type DrillOutcome, type DrillRecord } from './grade';
export { complete, type Completion } from './complete';
export { isReadOnly, commandPathOf } from './command';
export { DrillSession, type DrillStatus, type RunOutcome } from './session';
export { checkDeckDrills, type DrillCheckReport, type DrillProblem } from './deck-check';
export { buildReadChoice, type ReadChoice, type ReadSpec } from './read-output';
export type * from './api-types';
export { DrillService, DrillError, MAX_SESSIONS, parseCommandNote, type DrillStore, type CommandNote } from './service';
export { commandCardContent, type CommandCardContent } from './review-content';

/**
 * The daily review's storage: candidate rows for the queue, answers and undo as single
 * transactions, suspend/bury, and the days cleared for the streak. Scheduling decisions are
 * made by src-main/srs; this file only reads and writes what they decide.
 */
import {
  isCurrent,
  parseCardState,
  stateFromColumns,
  statesEqual,
  stateToColumns,
  type Answered,
  type CardState,
  type CardStateColumns,
  type ReviewKind,
  type SchedulerId,
} from '../../srs';
import type { Db } from '../database';

/**
 * The note kinds the daily review queue holds: every kind. Command drills are shown in the
 * review through the drill API (src-main/drills) and graded like any card.
 */
export const QUEUED_NOTE_KINDS = ['basic', 'cloze', 'choice', 'type', 'command'] as const;
export type QueuedNoteKind = (typeof QUEUED_NOTE_KINDS)[number];

const KIND_FILTER = `c.kind IN (${QUEUED_NOTE_KINDS.map((k) => `'${k}'`).join(', ')})`;

/** One card with what the queue and the review screen need. */
export interface ReviewCardRow {
  id: number;
  deckId: string;
  noteId: number;
  ord: number;
  position: number;
  kind: QueuedNoteKind;
  state: CardState;
  suspended: boolean;
  buriedUntil: number | null;
}

export interface DeckLimits {
  id: string;
  title: string;
  scheduler: SchedulerId;
  newPerDay: number;
  reviewsPerDay: number;
  /** New cards first answered since the start of today. */
  newDoneToday: number;
  /** Scheduled review answers (not re-drills) since the start of today. */
  reviewsDoneToday: number;
}

/** A note as the review shows it. */
export interface ShownNote {
  key: string;
  /** The user's edit when there is one, else the deck file's text. */
  content: unknown;
  edited: boolean;
  updateOffered: boolean;
}

export type AnswerOutcome = 'applied' | 'stale' | 'missing';

export type UndoOutcome =
  | { status: 'undone'; cardId: number; logId: number }
  | { status: 'stale'; cardId: number }
  | { status: 'nothing' };

/** A card's state plus its past answers, for bulk loading (imports, benchmarks). */
export interface HistoryEntry {
  cardId: number;
  state: CardState;
  records: { at: number; q: number; kind: ReviewKind; scheduler: SchedulerId; durationMs: number; before: CardState; after: CardState }[];
}

/**
 * What the queue needs of a candidate card, and nothing more: the queue runs over a few
 * thousand candidates on every review step, and materializing every column of each costs more
 * than the whole rest of the queue build. The card shown is then read in full by `card(id)`.
 */
export interface QueueCandidate {
  id: number;
  deckId: string;
  noteId: number;
  position: number;
  phase: 'new' | 'review';
  due: number | null;
  redrill: boolean;
  lastReview: number | null;
  suspended: boolean;
  buriedUntil: number | null;
}

type RawCard = CardStateColumns & {
  id: number;
  deckId: string;
  noteId: number;
  ord: number;
  position: number;
  kind: ReviewCardRow['kind'];
  suspended: number;
  buriedUntil: number | null;
};

const CARD_COLUMNS = `c.id, c.deck_id AS deckId, c.note_id AS noteId, c.ord, c.position, c.kind,
  c.phase, c.reps, c.ef, c.interval_days, c.due, c.lapses, c.redrill, c.last_review, c.stability, c.difficulty,
  c.suspended, c.buried_until AS buriedUntil`;

/* Answered-today candidates may be of any phase, suspended or buried: every field is read. */
const CANDIDATE_COLUMNS = `c.id, c.deck_id, c.note_id, c.position, c.phase, c.due, c.redrill, c.last_review, c.suspended, c.buried_until`;
type RawCandidate = [number, string, number, number, 'new' | 'review', number | null, number, number | null, number, number | null];

function toCandidate(r: RawCandidate): QueueCandidate {
  return {
    id: r[0],
    deckId: r[1],
    noteId: r[2],
    position: r[3],
    phase: r[4],
    due: r[5],
    redrill: r[6] === 1,
    lastReview: r[7],
    suspended: r[8] === 1,
    buriedUntil: r[9],
  };
}

/*
 * Due and new candidates come from one deck, in one phase, showable: only the numbers that
 * differ are read (a few thousand rows per queue build; each text column would be a new string).
 */
const SHOWABLE_COLUMNS = `c.id, c.note_id, c.position, c.due, c.redrill, c.last_review`;
type RawShowable = [number, number, number, number | null, number, number | null];

function showable(deckId: string, phase: 'new' | 'review') {
  return (r: RawShowable): QueueCandidate => ({
    id: r[0],
    deckId,
    noteId: r[1],
    position: r[2],
    phase,
    due: r[3],
    redrill: r[4] === 1,
    lastReview: r[5],
    suspended: false,
    buriedUntil: null,
  });
}

const LIVE = `c.retired = 0 AND ${KIND_FILTER}`;
const SHOWABLE = `${LIVE} AND c.suspended = 0 AND (c.buried_until IS NULL OR c.buried_until <= @now)`;

function toRow(raw: RawCard): ReviewCardRow {
  return {
    id: raw.id,
    deckId: raw.deckId,
    noteId: raw.noteId,
    ord: raw.ord,
    position: raw.position,
    kind: raw.kind,
    state: stateFromColumns(raw),
    suspended: raw.suspended === 1,
    buriedUntil: raw.buriedUntil,
  };
}

export function createReviewRepo(db: Db) {
  const decksStmt = db.prepare(`
    SELECT d.id, d.title, d.scheduler, d.new_per_day AS newPerDay, d.reviews_per_day AS reviewsPerDay,
      coalesce(t.newDone, 0) AS newDoneToday, coalesce(t.reviewsDone, 0) AS reviewsDoneToday
    FROM decks d LEFT JOIN (
      SELECT c.deck_id, sum(r.kind = 'new') AS newDone, sum(r.kind = 'review') AS reviewsDone
      FROM review_log r JOIN cards c ON c.id = r.card_id
      WHERE r.reviewed_at >= @dayStart GROUP BY c.deck_id
    ) t ON t.deck_id = d.id
    ORDER BY d.position, d.title`);
  const dueStmt = db.prepare(`
    SELECT ${SHOWABLE_COLUMNS} FROM cards c
    WHERE c.deck_id = @deckId AND c.phase = 'review' AND c.due < @before AND ${SHOWABLE}
    ORDER BY c.due, c.id LIMIT @limit`).raw(true);
  const newStmt = db.prepare(`
    SELECT ${SHOWABLE_COLUMNS} FROM cards c
    WHERE c.deck_id = @deckId AND c.phase = 'new' AND ${SHOWABLE}
    ORDER BY c.position, c.ord LIMIT @limit`).raw(true);
  const answeredSinceStmt = db
    .prepare(`SELECT ${CANDIDATE_COLUMNS} FROM cards c WHERE c.last_review >= @since AND ${LIVE}`)
    .raw(true);
  const cardStmt = db.prepare(`SELECT ${CARD_COLUMNS} FROM cards c WHERE c.id = ?`);
  const noteStmt = db.prepare(
    'SELECT key, coalesce(user_content, content) AS content, user_content IS NOT NULL AS edited, update_offered AS updateOffered FROM notes WHERE id = ?',
  );
  const stateStmt = db.prepare(
    'SELECT phase, reps, ef, interval_days, due, lapses, redrill, last_review, stability, difficulty FROM cards WHERE id = ?',
  );
  const writeState = db.prepare(`
    UPDATE cards SET phase = @phase, reps = @reps, ef = @ef, interval_days = @interval_days, due = @due,
      lapses = @lapses, redrill = @redrill, last_review = @last_review, stability = @stability,
      difficulty = @difficulty, revision = revision + 1
    WHERE id = @id`);
  const insertLog = db.prepare(`
    INSERT INTO review_log (card_id, reviewed_at, grade, kind, scheduler, duration_ms, state_before, state_after,
      ef_before, ef_after, interval_before, interval_after, due_before, due_after)
    VALUES (@cardId, @at, @q, @kind, @scheduler, @durationMs, @stateBefore, @stateAfter,
      @efBefore, @efAfter, @intervalBefore, @intervalAfter, @dueBefore, @dueAfter)`);
  const lastLogStmt = db.prepare(
    'SELECT id, card_id AS cardId, reviewed_at AS at, state_before AS before, state_after AS after FROM review_log ORDER BY id DESC LIMIT 1',
  );
  const deleteLog = db.prepare('DELETE FROM review_log WHERE id = ?');
  const answeredCountStmt = db.prepare('SELECT count(*) FROM review_log WHERE reviewed_at >= ?').pluck();
  const suspendStmt = db.prepare('UPDATE cards SET suspended = @suspended WHERE id = @id');
  const buryStmt = db.prepare('UPDATE cards SET buried_until = @until WHERE id = @id');
  const nextDueStmt = db.prepare(`
    SELECT min(c.due) FROM cards c
    WHERE c.phase = 'review' AND c.due >= @from AND ${LIVE} AND c.suspended = 0`).pluck();
  const anyNewStmt = db.prepare(`
    SELECT 1 FROM cards c WHERE c.phase = 'new' AND ${LIVE} AND c.suspended = 0 LIMIT 1`).pluck();
  const markClearedStmt = db.prepare('INSERT OR IGNORE INTO cleared_days (day) VALUES (?)');
  const unmarkClearedStmt = db.prepare('DELETE FROM cleared_days WHERE day = ?');
  const isClearedStmt = db.prepare('SELECT 1 FROM cleared_days WHERE day = ?').pluck();
  const clearedDaysStmt = db.prepare('SELECT day FROM cleared_days ORDER BY day').pluck();
  const schedulerStmt = db.prepare('SELECT scheduler FROM decks WHERE id = ?').pluck();

  function insertRecord(cardId: number, r: HistoryEntry['records'][number]): void {
    insertLog.run({
      cardId,
      at: r.at,
      q: r.q,
      kind: r.kind,
      scheduler: r.scheduler,
      durationMs: r.durationMs,
      stateBefore: JSON.stringify(r.before),
      stateAfter: JSON.stringify(r.after),
      efBefore: r.before.ef,
      efAfter: r.after.ef,
      intervalBefore: r.before.intervalDays,
      intervalAfter: r.after.intervalDays,
      dueBefore: r.before.due,
      dueAfter: r.after.due,
    });
  }

  const applyAnswer = db.transaction((cardId: number, from: CardState, answered: Answered): AnswerOutcome => {
    const columns = stateStmt.get(cardId) as CardStateColumns | undefined;
    if (!columns) return 'missing';
    if (!isCurrent(stateFromColumns(columns), from)) return 'stale';
    writeState.run({ ...stateToColumns(answered.state), id: cardId });
    insertRecord(cardId, answered.record);
    return 'applied';
  });

  const undoLast = db.transaction((since: number, today: number): UndoOutcome => {
    const last = lastLogStmt.get() as { id: number; cardId: number; at: number; before: string; after: string } | undefined;
    if (!last || last.at < since) return { status: 'nothing' };
    const columns = stateStmt.get(last.cardId) as CardStateColumns;
    const before = parseCardState(JSON.parse(last.before));
    const after = parseCardState(JSON.parse(last.after));
    if (!statesEqual(stateFromColumns(columns), after)) return { status: 'stale', cardId: last.cardId };
    writeState.run({ ...stateToColumns(before), id: last.cardId });
    deleteLog.run(last.id);
    // The answer may have been the one that cleared the day; it is recorded again when it is.
    unmarkClearedStmt.run(today);
    return { status: 'undone', cardId: last.cardId, logId: last.id };
  });

  const importHistory = db.transaction((entries: readonly HistoryEntry[]) => {
    for (const e of entries) {
      writeState.run({ ...stateToColumns(e.state), id: e.cardId });
      for (const r of e.records) insertRecord(e.cardId, r);
    }
  });

  return {
    /** Every deck in display order, with its limits and what was answered since `dayStart`. */
    decks(dayStart: number): DeckLimits[] {
      return decksStmt.all({ dayStart }) as DeckLimits[];
    },
    /** Showable review cards of a deck due before `before`, most overdue first. */
    dueCards(deckId: string, before: number, now: number, limit: number): QueueCandidate[] {
      return (dueStmt.all({ deckId, before, now, limit }) as RawShowable[]).map(showable(deckId, 'review'));
    },
    /** Showable new cards of a deck in deck order. */
    newCards(deckId: string, now: number, limit: number): QueueCandidate[] {
      return (newStmt.all({ deckId, now, limit }) as RawShowable[]).map(showable(deckId, 'new'));
    },
    /** Live cards answered since `since` (today's re-drills and the siblings to keep apart). */
    answeredSince(since: number): QueueCandidate[] {
      return (answeredSinceStmt.all({ since }) as RawCandidate[]).map(toCandidate);
    },
    card(cardId: number): ReviewCardRow | undefined {
      const raw = cardStmt.get(cardId) as RawCard | undefined;
      return raw && toRow(raw);
    },
    /** The note as the review shows it: its key, the content in effect, and its edit flags. */
    note(noteId: number): ShownNote | undefined {
      const row = noteStmt.get(noteId) as { key: string; content: string; edited: number; updateOffered: number } | undefined;
      return row && { key: row.key, content: JSON.parse(row.content) as unknown, edited: row.edited === 1, updateOffered: row.updateOffered === 1 };
    },
    /**
     * One answer, one transaction: the card's new state and its log row, only if the card still
     * holds `from` (the state the answer was computed from); else nothing is written.
     */
    applyAnswer(cardId: number, from: CardState, answered: Answered): AnswerOutcome {
      return applyAnswer(cardId, from, answered);
    },
    /**
     * Undoes the most recent answer if it was given since `since` and is still the card's last
     * change: the card gets its prior state back exactly and the log row goes.
     */
    undoLast(since: number, today: number): UndoOutcome {
      return undoLast(since, today);
    },
    answeredCount(since: number): number {
      return answeredCountStmt.get(since) as number;
    },
    setSuspended(cardId: number, suspended: boolean): boolean {
      return suspendStmt.run({ id: cardId, suspended: suspended ? 1 : 0 }).changes === 1;
    },
    bury(cardId: number, until: number): boolean {
      return buryStmt.run({ id: cardId, until }).changes === 1;
    },
    /** The earliest due instant at or after `from` of a live, unsuspended card; null if none. */
    nextDue(from: number): number | null {
      return (nextDueStmt.get({ from }) as number | null) ?? null;
    },
    hasNewCards(): boolean {
      return anyNewStmt.get() !== undefined;
    },
    /** Records whether `day` is cleared; writes only on a change (it is asked on every review step). */
    setCleared(day: number, cleared: boolean): void {
      if ((isClearedStmt.get(day) !== undefined) === cleared) return;
      (cleared ? markClearedStmt : unmarkClearedStmt).run(day);
    },
    /** Every cleared review day, ascending (one small row per day). */
    clearedDays(): number[] {
      return clearedDaysStmt.all() as number[];
    },
    /** The deck's scheduler setting (SM-2 unless the deck chose FSRS). */
    deckScheduler(deckId: string): SchedulerId {
      return (schedulerStmt.get(deckId) as SchedulerId | undefined) ?? 'sm2';
    },
    /** Writes card states and their past answers in one transaction (imports, benchmarks). */
    importHistory(entries: readonly HistoryEntry[]): void {
      importHistory(entries);
    },
  };
}

export type ReviewRepo = ReturnType<typeof createReviewRepo>;

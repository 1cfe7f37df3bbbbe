/**
 * Schema v1. A deck file's card definition is a *note*; each note yields one or more reviewable
 * *cards* (a reversed twin, one per cloze number), which carry the scheduling state. Review
 * history hangs on cards, so a note's content can change without losing it.
 */
export const initialSchema = `
CREATE TABLE decks (
  id              TEXT PRIMARY KEY,
  title           TEXT NOT NULL,
  description     TEXT NOT NULL DEFAULT '',
  lang            TEXT NOT NULL DEFAULT 'es',
  version         INTEGER NOT NULL DEFAULT 1,
  origin          TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ('curated', 'user', 'import')),
  scheduler       TEXT NOT NULL DEFAULT 'sm2' CHECK (scheduler IN ('sm2', 'fsrs')),
  new_per_day     INTEGER NOT NULL DEFAULT 20 CHECK (new_per_day >= 0),
  reviews_per_day INTEGER NOT NULL DEFAULT 200 CHECK (reviews_per_day >= 0),
  position        INTEGER NOT NULL DEFAULT 0,
  created_at      INTEGER NOT NULL,
  updated_at      INTEGER NOT NULL
) STRICT;

CREATE TABLE notes (
  id           INTEGER PRIMARY KEY,
  deck_id      TEXT NOT NULL REFERENCES decks(id) ON DELETE CASCADE,
  key          TEXT NOT NULL,
  kind         TEXT NOT NULL CHECK (kind IN ('basic', 'cloze', 'choice', 'type', 'command')),
  content      TEXT NOT NULL,
  user_content TEXT,
  update_offered INTEGER NOT NULL DEFAULT 0 CHECK (update_offered IN (0, 1)),
  tags         TEXT NOT NULL DEFAULT '',
  position     INTEGER NOT NULL,
  retired      INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
  created_at   INTEGER NOT NULL,
  updated_at   INTEGER NOT NULL,
  UNIQUE (deck_id, key)
) STRICT;
CREATE INDEX notes_deck_order ON notes (deck_id, position);
CREATE INDEX notes_deck_live ON notes (deck_id) WHERE retired = 0;

CREATE TABLE cards (
  id            INTEGER PRIMARY KEY,
  note_id       INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
  ord           INTEGER NOT NULL,
  -- Copies of the note's deck, position and kind, kept by the deck sync: the queue's candidate
  -- queries (due reviews, next new cards, today's answers) then each read one covering index,
  -- with no join and no table access, however large the collection.
  deck_id       TEXT NOT NULL REFERENCES decks(id) ON DELETE CASCADE,
  position      INTEGER NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('basic', 'cloze', 'choice', 'type', 'command')),
  -- The scheduling state: exactly the columns of src-main/srs/columns.ts (STATE_COLUMNS).
  phase         TEXT NOT NULL DEFAULT 'new' CHECK (phase IN ('new', 'review')),
  reps          INTEGER NOT NULL DEFAULT 0,
  ef            INTEGER NOT NULL DEFAULT 2500,
  interval_days INTEGER NOT NULL DEFAULT 0,
  due           INTEGER,
  lapses        INTEGER NOT NULL DEFAULT 0,
  redrill       INTEGER NOT NULL DEFAULT 0 CHECK (redrill IN (0, 1)),
  last_review   INTEGER,
  stability     REAL,
  difficulty    REAL,
  suspended     INTEGER NOT NULL DEFAULT 0 CHECK (suspended IN (0, 1)),
  buried_until  INTEGER,
  -- Set with its note's: a card of a retired note is retired too (history kept).
  retired       INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
  -- Bumped by every write of the scheduling state (answer, undo).
  revision      INTEGER NOT NULL DEFAULT 0,
  UNIQUE (note_id, ord)
) STRICT;
CREATE INDEX cards_deck_due ON cards (deck_id, due, id, retired, suspended, kind, buried_until, note_id, position, redrill, last_review)
  WHERE phase = 'review';
CREATE INDEX cards_due ON cards (due) WHERE phase = 'review';
CREATE INDEX cards_deck_new ON cards (deck_id, position, ord, retired, suspended, kind, buried_until, note_id, phase, due, redrill, last_review)
  WHERE phase = 'new';
CREATE INDEX cards_last_review ON cards (last_review, retired, kind, deck_id, note_id, position, phase, due, redrill, suspended, buried_until)
  WHERE last_review IS NOT NULL;
CREATE INDEX cards_deck_live ON cards (deck_id) WHERE retired = 0;

-- One row per answer; never rewritten. Undo of the last answer deletes its row.
CREATE TABLE review_log (
  id                   INTEGER PRIMARY KEY,
  card_id              INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
  reviewed_at          INTEGER NOT NULL,
  grade                INTEGER NOT NULL CHECK (grade BETWEEN 0 AND 5),
  kind                 TEXT NOT NULL CHECK (kind IN ('new', 'review', 'redrill')),
  scheduler            TEXT NOT NULL CHECK (scheduler IN ('sm2', 'fsrs')),
  duration_ms          INTEGER NOT NULL DEFAULT 0 CHECK (duration_ms >= 0),
  -- The whole CardState before and after, as JSON (srs parseCardState reads it back).
  state_before         TEXT NOT NULL,
  state_after          TEXT NOT NULL,
  ef_before            INTEGER NOT NULL,
  ef_after             INTEGER NOT NULL,
  interval_before      INTEGER NOT NULL,
  interval_after       INTEGER NOT NULL,
  due_before           INTEGER,
  due_after            INTEGER
) STRICT;
CREATE INDEX review_log_card ON review_log (card_id, reviewed_at);
-- Covers today's per-deck tallies (new cards and reviews done) without reading the rows.
CREATE INDEX review_log_time ON review_log (reviewed_at, kind, card_id);

-- Review days (DayCalendar day numbers) on which nothing due was left: the streak.
CREATE TABLE cleared_days (
  day INTEGER PRIMARY KEY
) STRICT;

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;
`;

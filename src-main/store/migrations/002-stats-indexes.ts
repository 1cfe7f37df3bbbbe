/**
 * Schema v2: what the Stats screen reads, kept fast on a collection of 100,000 cards and
 * 1,000,000 answers (measured by `npm run bench`, section "stats").
 *
 * `review_tally` holds the review log summed per deck and per 15-minute slot of UTC time.
 * Scanning the log itself to draw a year's heatmap or an all-time retention takes 250–550 ms on
 * a million rows (each row carries two JSON states); the tally holds one row per deck and
 * quarter hour in which something was answered (people review at a few times of day): the
 * benchmark's million answers over three years make 137,000. Why 15 minutes: every review-day boundary
 * falls on a slot boundary — day starts are whole local hours and every zone's UTC offset is a
 * multiple of 15 minutes — so folding slots into review days (src-main/stats/heatmap.ts) is
 * exact for any zone, any day-start hour and across DST changes, which a UTC-day tally would
 * not be. The slot is `reviewed_at / SLOT_MS` (instants after 1970, where integer division is floor).
 *
 * The tally is kept by triggers, so every path that writes the log (answers, undo, imports,
 * cascades from a deleted card or deck) keeps it right without knowing it exists:
 *  - an inserted log row adds itself to its card's deck and slot; a deleted one subtracts;
 *  - a card deleted before its log rows are (ON DELETE CASCADE) subtracts its rows first, as the
 *    log rows' own trigger can no longer find the card's deck;
 *  - a card moved to another deck moves its rows' sums.
 * The log is never rewritten; an UPDATE of a log row is refused so the tally cannot drift.
 *
 * `review_totals` is the tally summed per deck over all time, kept by triggers on the tally:
 * a real collection reviewed for years holds tens of thousands of (deck, slot) rows, and the
 * all-time retention and answer counts should not read them all.
 *
 * `review_tally_slot` serves the all-decks heatmap and the recent retention: a range of slots.
 * `cards_stats` covers the counts by state and the average ease per deck (one index scan in
 * deck order, grouped by plain columns so SQLite needs no sorter).
 */
export const STATS_SLOT_MS = 15 * 60 * 1000;

const slot = (instant: string) => `${instant} / ${STATS_SLOT_MS}`;

export const statsIndexesSchema = `
CREATE TABLE review_tally (
  deck_id     TEXT NOT NULL REFERENCES decks(id) ON DELETE CASCADE,
  -- reviewed_at / ${STATS_SLOT_MS} (15-minute slots of UTC time since the epoch)
  slot        INTEGER NOT NULL,
  -- every answer (new, review, re-drill)
  answers     INTEGER NOT NULL,
  duration_ms INTEGER NOT NULL,
  -- answers of kind 'review' (retention's denominator) and those graded q >= 3
  reviews     INTEGER NOT NULL,
  passed      INTEGER NOT NULL,
  PRIMARY KEY (deck_id, slot)
) STRICT, WITHOUT ROWID;
-- A window of slots for all decks (the heatmap, the recent retention) in one range of this index.
CREATE INDEX review_tally_slot ON review_tally (slot, deck_id, answers, duration_ms, reviews, passed);

INSERT INTO review_tally (deck_id, slot, answers, duration_ms, reviews, passed)
  SELECT c.deck_id, ${slot('r.reviewed_at')}, count(*), sum(r.duration_ms),
    sum(r.kind = 'review'), sum(r.kind = 'review' AND r.grade >= 3)
  FROM review_log r JOIN cards c ON c.id = r.card_id
  GROUP BY c.deck_id, ${slot('r.reviewed_at')};

-- The tally summed over all time, per deck: kept from the tally's own changes (below), so the
-- all-time figures read one row per deck instead of every slot of every year.
CREATE TABLE review_totals (
  deck_id     TEXT PRIMARY KEY REFERENCES decks(id) ON DELETE CASCADE,
  answers     INTEGER NOT NULL,
  duration_ms INTEGER NOT NULL,
  reviews     INTEGER NOT NULL,
  passed      INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

INSERT INTO review_totals (deck_id, answers, duration_ms, reviews, passed)
  SELECT deck_id, sum(answers), sum(duration_ms), sum(reviews), sum(passed) FROM review_tally GROUP BY deck_id;

CREATE TRIGGER review_totals_add AFTER INSERT ON review_tally BEGIN
  INSERT INTO review_totals (deck_id, answers, duration_ms, reviews, passed)
    VALUES (NEW.deck_id, NEW.answers, NEW.duration_ms, NEW.reviews, NEW.passed)
  ON CONFLICT (deck_id) DO UPDATE SET
    answers = answers + excluded.answers,
    duration_ms = duration_ms + excluded.duration_ms,
    reviews = reviews + excluded.reviews,
    passed = passed + excluded.passed;
END;

-- The tally's statements never change a row's deck_id: a change is a difference of sums.
CREATE TRIGGER review_totals_change AFTER UPDATE ON review_tally BEGIN
  UPDATE review_totals SET
    answers = answers + NEW.answers - OLD.answers,
    duration_ms = duration_ms + NEW.duration_ms - OLD.duration_ms,
    reviews = reviews + NEW.reviews - OLD.reviews,
    passed = passed + NEW.passed - OLD.passed
  WHERE deck_id = NEW.deck_id;
END;

CREATE TRIGGER review_totals_remove AFTER DELETE ON review_tally BEGIN
  UPDATE review_totals SET
    answers = answers - OLD.answers,
    duration_ms = duration_ms - OLD.duration_ms,
    reviews = reviews - OLD.reviews,
    passed = passed - OLD.passed
  WHERE deck_id = OLD.deck_id;
END;

CREATE TRIGGER review_tally_add AFTER INSERT ON review_log BEGIN
  INSERT INTO review_tally (deck_id, slot, answers, duration_ms, reviews, passed)
    SELECT c.deck_id, ${slot('NEW.reviewed_at')}, 1, NEW.duration_ms,
      NEW.kind = 'review', NEW.kind = 'review' AND NEW.grade >= 3
    FROM cards c WHERE c.id = NEW.card_id
  ON CONFLICT (deck_id, slot) DO UPDATE SET
    answers = answers + 1,
    duration_ms = duration_ms + excluded.duration_ms,
    reviews = reviews + excluded.reviews,
    passed = passed + excluded.passed;
END;

CREATE TRIGGER review_tally_remove AFTER DELETE ON review_log BEGIN
  UPDATE review_tally SET
    answers = answers - 1,
    duration_ms = duration_ms - OLD.duration_ms,
    reviews = reviews - (OLD.kind = 'review'),
    passed = passed - (OLD.kind = 'review' AND OLD.grade >= 3)
  WHERE deck_id = (SELECT deck_id FROM cards WHERE id = OLD.card_id) AND slot = ${slot('OLD.reviewed_at')};
  DELETE FROM review_tally
  WHERE deck_id = (SELECT deck_id FROM cards WHERE id = OLD.card_id) AND slot = ${slot('OLD.reviewed_at')} AND answers = 0;
END;

CREATE TRIGGER review_log_unchanged BEFORE UPDATE ON review_log BEGIN
  SELECT RAISE(ABORT, 'review_log rows are never rewritten: delete the row (undo) or insert a new one');
END;

CREATE TRIGGER review_tally_card_deleted BEFORE DELETE ON cards BEGIN
  UPDATE review_tally SET
    answers = review_tally.answers - t.answers,
    duration_ms = review_tally.duration_ms - t.duration_ms,
    reviews = review_tally.reviews - t.reviews,
    passed = review_tally.passed - t.passed
  FROM (
    SELECT ${slot('reviewed_at')} AS slot, count(*) AS answers, sum(duration_ms) AS duration_ms,
      sum(kind = 'review') AS reviews, sum(kind = 'review' AND grade >= 3) AS passed
    FROM review_log WHERE card_id = OLD.id GROUP BY 1
  ) AS t
  WHERE review_tally.deck_id = OLD.deck_id AND review_tally.slot = t.slot;
  DELETE FROM review_tally WHERE deck_id = OLD.deck_id AND answers = 0;
END;

CREATE TRIGGER review_tally_card_moved AFTER UPDATE OF deck_id ON cards WHEN OLD.deck_id <> NEW.deck_id BEGIN
  UPDATE review_tally SET
    answers = review_tally.answers - t.answers,
    duration_ms = review_tally.duration_ms - t.duration_ms,
    reviews = review_tally.reviews - t.reviews,
    passed = review_tally.passed - t.passed
  FROM (
    SELECT ${slot('reviewed_at')} AS slot, count(*) AS answers, sum(duration_ms) AS duration_ms,
      sum(kind = 'review') AS reviews, sum(kind = 'review' AND grade >= 3) AS passed
    FROM review_log WHERE card_id = NEW.id GROUP BY 1
  ) AS t
  WHERE review_tally.deck_id = OLD.deck_id AND review_tally.slot = t.slot;
  DELETE FROM review_tally WHERE deck_id = OLD.deck_id AND answers = 0;
  INSERT INTO review_tally (deck_id, slot, answers, duration_ms, reviews, passed)
    SELECT NEW.deck_id, ${slot('reviewed_at')}, count(*), sum(duration_ms), sum(kind = 'review'), sum(kind = 'review' AND grade >= 3)
    FROM review_log WHERE card_id = NEW.id GROUP BY 2
  ON CONFLICT (deck_id, slot) DO UPDATE SET
    answers = answers + excluded.answers,
    duration_ms = duration_ms + excluded.duration_ms,
    reviews = reviews + excluded.reviews,
    passed = passed + excluded.passed;
END;

CREATE INDEX cards_stats ON cards (deck_id, phase, suspended, reps, interval_days, ef) WHERE retired = 0;
`;

/**
 * `npm run deck -- check [paths]`: validates deck and scenario files (all problems of all files
 * at once), runs every drill's answer and accept forms in the simulator and checks each passes
 * the drill's own check, refuses a card id used twice, and prints counts per deck and kind.
 * Exit 1 on any problem. Paths are deck folders (with scenarios/) or deck files; default decks/.
 *
 * `npm run deck -- coverage NOTES_FILE [decks folder]`: the note's commands no card practises
 * and its headings no card mentions (an authoring aid; exit 0).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { readDeckDir } from '../src-main/decks/read-dir';
import { parseDeck, parseScenario } from '../src-main/decks/parse';
import { formatDeckError } from '../src-main/decks/errors';
import { noteCoverage } from '../src-main/decks/coverage';
import { CARD_KINDS, type DeckFile, type ScenarioFile } from '../src-main/decks/schema';
import { checkDeckDrills, type DrillProblem } from '../src-main/drills';

const DEFAULT_DIR = 'decks';

interface Loaded {
  decks: { file: string; deck: DeckFile }[];
  scenarios: Map<string, ScenarioFile>;
  errors: string[];
}

function load(paths: string[]): Loaded {
  const out: Loaded = { decks: [], scenarios: new Map(), errors: [] };
  const addDir = (dir: string) => {
    const r = readDeckDir(dir);
    out.decks.push(...r.decks);
    for (const s of r.scenarios) out.scenarios.set(s.scenario.id, s.scenario);
    out.errors.push(...r.errors.map(formatDeckError));
  };
  for (const path of paths) {
    if (!existsSync(path)) {
      out.errors.push(`${path}: no such file or folder`);
      continue;
    }
    if (statSync(path).isDirectory()) {
      if (basename(path) === 'scenarios') addDir(dirname(path));
      else addDir(path);
      continue;
    }
    const shown = relative(process.cwd(), path) || path;
    const text = readFileSync(path, 'utf8');
    if (basename(dirname(path)) === 'scenarios') {
      const r = parseScenario(text, shown, { idMatchesFileName: true });
      if (r.ok) out.scenarios.set(r.scenario.id, r.scenario);
      else out.errors.push(...r.errors.map(formatDeckError));
      continue;
    }
    // A single deck file: its drills run on the scenarios beside it.
    const beside = readDeckDir(dirname(path));
    for (const s of beside.scenarios) out.scenarios.set(s.scenario.id, s.scenario);
    const r = parseDeck(text, shown, { scenarios: new Set(out.scenarios.keys()) });
    if (r.ok) out.decks.push({ file: shown, deck: r.deck });
    else out.errors.push(...r.errors.map(formatDeckError));
  }
  return out;
}

/**
 * Card ids are unique in a deck (the parser refuses a repeat). Across decks a shared id is
 * allowed (history hangs on deck and id) but confusing when browsing: it is shown as a note.
 */
function duplicateIds(decks: Loaded['decks']): string[] {
  const first = new Map<string, string>();
  const out: string[] = [];
  for (const { file, deck } of decks) {
    for (const card of deck.cards) {
      const seen = first.get(card.id);
      if (seen && seen !== deck.id) out.push(`${file}: card "${card.id}": id also used in deck ${seen}`);
      else first.set(card.id, deck.id);
    }
  }
  return out;
}

function countsTable(decks: Loaded['decks']): string {
  const header = ['deck', ...CARD_KINDS, 'total'];
  const rows = decks.map(({ deck }) => {
    const counts = CARD_KINDS.map((k) => deck.cards.filter((c) => c.kind === k).length);
    return [deck.id, ...counts.map(String), String(counts.reduce((a, b) => a + b, 0))];
  });
  const totals = CARD_KINDS.map((k) => decks.reduce((n, { deck }) => n + deck.cards.filter((c) => c.kind === k).length, 0));
  rows.push(['(all)', ...totals.map(String), String(totals.reduce((a, b) => a + b, 0))]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [fmt(header), ...rows.map(fmt)].join('\n');
}

/** The simulator's answer in one line: what groups failures by cause. */
function causeOf(p: DrillProblem): string {
  if (p.role === 'scenario') return `scenario does not build: ${p.reason.replace(/^.*? failed: /, '').split('\n')[0]}`;
  const err = p.result?.stderr.trim().split('\n')[0];
  if (p.reason === 'the simulator does not implement it' && err) return err;
  if (p.result && p.result.exitCode !== 0 && err) return `kubectl error: ${err.replace(/"[^"]*"/g, '"…"')}`;
  return p.reason.replace(/\d+/g, 'N').replace(/[a-z]+\/[a-z0-9-]+/g, 'TYPE/NAME');
}

function check(paths: string[]): number {
  const loaded = load(paths.length ? paths : [DEFAULT_DIR]);
  const problems = loaded.errors;
  const shared = duplicateIds(loaded.decks);
  const report = checkDeckDrills(
    loaded.decks.map((d) => d.deck),
    loaded.scenarios,
  );
  console.log(countsTable(loaded.decks));
  console.log(
    `\n${report.scenarios} scenarios built; ${report.drills} drills, ${report.commands} commands run in the simulator` +
      (report.skipped ? `; ${report.skipped} drills not run (their scenario does not build)` : ''),
  );
  if (shared.length) {
    console.log(`\nNote: ${shared.length} card id(s) used in more than one deck (allowed):`);
    for (const d of shared) console.log(`  ${d}`);
  }
  if (problems.length) {
    console.log(`\n${problems.length} file problem(s):`);
    for (const p of problems) console.log(`  ${p}`);
  }
  if (report.problems.length) {
    console.log(`\n${report.problems.length} drill command(s) fail:`);
    for (const p of report.problems) {
      const where = p.role === 'scenario' ? `scenario ${p.scenario}` : `${p.deckId}/${p.cardId} [${p.scenario}] ${p.role}: ${p.command}`;
      console.log(`  ${where}`);
      console.log(`      ${p.reason}`);
      const err = p.result?.stderr.trim();
      if (err) console.log(`      simulator (exit ${p.result!.exitCode}): ${err.split('\n').slice(0, 2).join(' | ')}`);
    }
    const groups = new Map<string, DrillProblem[]>();
    for (const p of report.problems) groups.set(causeOf(p), [...(groups.get(causeOf(p)) ?? []), p]);
    console.log('\nBy cause:');
    for (const [cause, ps] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
      console.log(`  ${String(ps.length).padStart(3)}  ${cause}`);
    }
  }
  const failed = problems.length + report.problems.length;
  console.log(failed ? `\ndeck check: FAILED (${failed} problem(s))` : '\ndeck check: ok');
  return failed ? 1 : 0;
}

function coverage(args: string[]): number {
  const [notes, dir = DEFAULT_DIR] = args;
  if (!notes) {
    console.error('usage: npm run deck -- coverage NOTES_FILE [decks folder]');
    return 2;
  }
  const r = noteCoverage(readFileSync(notes, 'utf8'), readDeckDir(dir).decks.map((d) => d.deck));
  console.log(`${notes}: ${r.commands} commands, ${r.headings} headings`);
  console.log(`\nCommands no card practises (${r.uncoveredCommands.length}):`);
  for (const c of r.uncoveredCommands) console.log(`  ${c.line}: ${c.command}`);
  console.log(`\nHeadings no card mentions (${r.uncoveredHeadings.length}):`);
  for (const h of r.uncoveredHeadings) console.log(`  ${h.line}: ${h.heading}`);
  if (r.obsoleteCommands.length) {
    console.log(`\nCommands with removed flags, taught in today's form (${r.obsoleteCommands.length}):`);
    for (const c of r.obsoleteCommands) console.log(`  ${c.line}: ${c.command} — ${c.obsolete}`);
  }
  return 0;
}

const [sub, ...rest] = process.argv.slice(2);
if (sub === 'check') process.exitCode = check(rest);
else if (sub === 'coverage') process.exitCode = coverage(rest);
else {
  console.error('usage: npm run deck -- check [paths...] | coverage NOTES_FILE [decks folder]');
  process.exitCode = 2;
}

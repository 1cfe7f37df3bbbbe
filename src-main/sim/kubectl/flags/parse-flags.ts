/**
 * pflag's command-line parser (spf13/pflag flag.go parseArgs), as cobra runs it for kubectl:
 * flags may come anywhere among the arguments (interspersed); `--` ends the flags; `--name=value`,
 * `--name value`, `-n value`, `-nvalue`, `-n=value`; bools and flags with a bare default
 * (NoOptDefVal) never take the next word; combined shorthands `-it`. Values are checked as pflag
 * checks them, with its error texts.
 */
import { type FlagSet, type FlagSpec } from './flag-spec';
import { goQuote, parseBool, parseDuration, parseInt } from './go-values';

export type FlagValue = boolean | number | string | string[];

export class ParsedFlags {
  private readonly values = new Map<string, FlagValue>();
  /** Every flag occurrence in command-line order, with its value as text (bools "true"/"false"). */
  readonly given: Array<[name: string, value: string]> = [];

  constructor(private readonly set: FlagSet) {}

  /** cobra's deprecation notices for the deprecated flags that were given, in order. */
  deprecations(): string[] {
    return [...this.values.keys()].flatMap((name) => {
      const spec = this.set.lookup(name);
      return spec?.deprecated ? [`Flag --${name} has been deprecated, ${spec.deprecated}\n`] : [];
    });
  }

  /** Whether the flag was given on the command line (cobra's `Changed`). */
  changed(name: string): boolean {
    return this.values.has(name);
  }

  record(spec: FlagSpec, value: FlagValue): void {
    if (spec.kind === 'list') {
      const prev = (this.values.get(spec.name) as string[] | undefined) ?? [];
      this.values.set(spec.name, [...prev, ...(value as string[])]);
    } else this.values.set(spec.name, value);
  }

  bool(name: string): boolean {
    const v = this.values.get(name);
    if (typeof v === 'boolean') return v;
    return this.set.lookup(name)?.defaultText === 'true';
  }

  string(name: string): string {
    const v = this.values.get(name);
    if (typeof v === 'string') return v;
    const spec = this.set.lookup(name);
    return spec && spec.kind !== 'list' ? spec.defaultText : '';
  }

  int(name: string): number {
    const v = this.values.get(name);
    if (typeof v === 'number') return v;
    const d = Number(this.set.lookup(name)?.defaultText ?? 0);
    return Number.isFinite(d) ? d : 0;
  }

  /** A repeatable flag's values in order (stringArray semantics: no comma splitting). */
  list(name: string): string[] {
    const v = this.values.get(name);
    return Array.isArray(v) ? v : [];
  }

  /** A repeatable flag read as pflag's StringSlice: each occurrence split on commas (CSV rules). */
  slice(name: string): string[] {
    return this.list(name).flatMap(splitCsv);
  }

  /** Duration flags, in ms. */
  duration(name: string): number {
    const raw = this.values.get(name) ?? this.set.lookup(name)?.defaultText ?? '0s';
    const p = parseDuration(String(raw));
    return p.ok ? p.value : 0;
  }
}

export interface ParseOutcome {
  flags: ParsedFlags;
  args: string[];
  /** Index in `args` where `--` was seen, or -1 (cobra's ArgsLenAtDash). */
  argsLenAtDash: number;
  help: boolean;
}

/** A flag error: kubectl prints `error: <message>\nSee 'kubectl <cmd> --help' for usage.` */
export class FlagError extends Error {}

export function parseFlags(argv: readonly string[], set: FlagSet): ParseOutcome {
  const flags = new ParsedFlags(set);
  const args: string[] = [];
  let argsLenAtDash = -1;
  let help = false;
  let rest = [...argv];
  while (rest.length > 0) {
    const s = rest.shift()!;
    if (s.length < 2 || s[0] !== '-') {
      args.push(s);
      continue;
    }
    if (s[1] === '-') {
      if (s.length === 2) {
        argsLenAtDash = args.length;
        args.push(...rest);
        break;
      }
      rest = parseLong(s, rest, set, flags, () => (help = true));
    } else {
      let shorthands = s.slice(1);
      while (shorthands.length > 0) {
        const r = parseShort(shorthands, rest, set, flags, () => (help = true));
        shorthands = r.shorthands;
        rest = r.rest;
      }
    }
  }
  return { flags, args, argsLenAtDash, help };
}

function parseLong(s: string, rest: string[], set: FlagSet, flags: ParsedFlags, onHelp: () => void): string[] {
  const body = s.slice(2);
  if (body.length === 0 || body[0] === '-' || body[0] === '=') throw new FlagError(`bad flag syntax: ${s}`);
  const eq = body.indexOf('=');
  const name = eq >= 0 ? body.slice(0, eq) : body;
  const spec = set.lookup(name);
  if (!spec) {
    if (name === 'help') { onHelp(); return rest; }
    throw new FlagError(`unknown flag: --${name}`);
  }
  if (eq >= 0) setValue(spec, body.slice(eq + 1), flags);
  else if (spec.noOptDefault !== undefined) setValue(spec, spec.noOptDefault, flags);
  else if (rest.length > 0) setValue(spec, rest[0]!, flags), (rest = rest.slice(1));
  else throw new FlagError(`flag needs an argument: ${s}`);
  return rest;
}

function parseShort(shorthands: string, rest: string[], set: FlagSet, flags: ParsedFlags, onHelp: () => void): { shorthands: string; rest: string[] } {
  const c = shorthands[0]!;
  const spec = set.lookupShort(c);
  if (!spec) {
    if (c === 'h') { onHelp(); return { shorthands: shorthands.slice(1), rest }; }
    throw new FlagError(`unknown shorthand flag: ${goQuoteRune(c)} in -${shorthands}`);
  }
  if (shorthands.length > 2 && shorthands[1] === '=') {
    setValue(spec, shorthands.slice(2), flags);
    return { shorthands: '', rest };
  }
  if (spec.noOptDefault !== undefined) {
    setValue(spec, spec.noOptDefault, flags);
    return { shorthands: shorthands.slice(1), rest };
  }
  if (shorthands.length > 1) {
    setValue(spec, shorthands.slice(1), flags);
    return { shorthands: '', rest };
  }
  if (rest.length > 0) {
    setValue(spec, rest[0]!, flags);
    return { shorthands: '', rest: rest.slice(1) };
  }
  throw new FlagError(`flag needs an argument: ${goQuoteRune(c)} in -${shorthands}`);
}

function setValue(spec: FlagSpec, raw: string, flags: ParsedFlags): void {
  setTyped(spec, raw, flags);
  flags.given.push([spec.name, spec.kind === 'bool' ? String(flags.bool(spec.name)) : raw]);
}

function setTyped(spec: FlagSpec, raw: string, flags: ParsedFlags): void {
  const label = spec.short ? `-${spec.short}, --${spec.name}` : `--${spec.name}`;
  const fail = (why: string) => new FlagError(`invalid argument ${goQuote(raw)} for "${label}" flag: ${why}`);
  switch (spec.kind) {
    case 'bool': {
      const p = parseBool(raw);
      if (!p.ok) throw fail(p.error);
      flags.record(spec, p.value);
      return;
    }
    case 'int': {
      const p = parseInt(raw);
      if (!p.ok) throw fail(p.error);
      flags.record(spec, p.value);
      return;
    }
    case 'duration': {
      const p = parseDuration(raw);
      if (!p.ok) throw fail(p.error);
      flags.record(spec, raw);
      return;
    }
    case 'list':
      flags.record(spec, [raw]);
      return;
    default:
      flags.record(spec, raw);
  }
}

/** Go's %q of a rune: 'x'. */
function goQuoteRune(c: string): string {
  return c === "'" ? "'\\''" : `'${c}'`;
}

/** pflag StringSlice reads each value as one CSV record: commas split, double quotes group. */
export function splitCsv(value: string): string[] {
  if (value === '') return [];
  if (!value.includes('"')) return value.split(',');
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (quoted) {
      if (ch === '"' && value[i + 1] === '"') { cur += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"' && cur === '') quoted = true;
    else if (ch === ',') { out.push(cur); cur = ''; }
    else cur += ch;
  }
  out.push(cur);
  return out;
}

/**
 * Flag definitions, read from the `Options:` section of kubectl's own help text, so every flag
 * kubectl lists for a command is accepted with its type and default. The type is what pflag
 * prints as the default: `=false` a bool, `=[]` a list, `=-1` an int, `=0s` a duration, `='…'`
 * a string. Flags whose bare form takes a default (`--dry-run` = `--dry-run=unchanged`) are
 * listed in NO_OPT_DEFAULTS, as kubectl sets them in code.
 */

export type FlagKind = 'bool' | 'string' | 'int' | 'list' | 'duration';

export interface FlagSpec {
  name: string;
  short?: string;
  kind: FlagKind;
  /** The default as help prints it, unquoted: `none`, `-1`, `[]`. */
  defaultText: string;
  /** The value a bare `--flag` takes (pflag's NoOptDefVal); bools take "true". */
  noOptDefault?: string;
  /** A hidden, deprecated flag: still accepted, with `Flag --x has been deprecated, <this>` on stderr. */
  deprecated?: string;
}

/** pflag NoOptDefVal of non-bool flags, from kubectl's source (cmdutil.AddDryRunFlag, AddValidateFlags, delete's --cascade). */
const NO_OPT_DEFAULTS: Record<string, string> = {
  'dry-run': 'unchanged',
  validate: 'strict',
  cascade: 'background',
};

const OPTION_LINE = /^\s{2,}(?:-([A-Za-z0-9]), )?--([A-Za-z0-9][\w.-]*)=(.*):$/;

export function parseFlagSpecs(helpText: string): FlagSpec[] {
  const specs: FlagSpec[] = [];
  for (const line of helpText.split('\n')) {
    const m = OPTION_LINE.exec(line);
    if (!m) continue;
    const [, short, name, rawDefault] = m as unknown as [string, string | undefined, string, string];
    const { kind, text } = kindOf(rawDefault);
    const spec: FlagSpec = { name, kind, defaultText: text };
    if (short) spec.short = short;
    if (kind === 'bool') spec.noOptDefault = 'true';
    else if (NO_OPT_DEFAULTS[name]) spec.noOptDefault = NO_OPT_DEFAULTS[name];
    specs.push(spec);
  }
  return specs;
}

function kindOf(raw: string): { kind: FlagKind; text: string } {
  if (raw === 'true' || raw === 'false') return { kind: 'bool', text: raw };
  if (raw.startsWith('[') && raw.endsWith(']')) return { kind: 'list', text: raw };
  if (/^-?\d+$/.test(raw)) return { kind: 'int', text: raw };
  if (/^(\d+h)?(\d+m)?\d+(\.\d+)?(ms|s)$/.test(raw) || /^\d+m0s$/.test(raw)) return { kind: 'duration', text: raw };
  if (raw.startsWith("'") && raw.endsWith("'") && raw.length >= 2) return { kind: 'string', text: raw.slice(1, -1) };
  return { kind: 'string', text: raw };
}

/** A command's flags by long name and by shorthand. */
export class FlagSet {
  private readonly byName = new Map<string, FlagSpec>();
  private readonly byShort = new Map<string, FlagSpec>();

  constructor(specs: Iterable<FlagSpec>) {
    for (const s of specs) {
      // The command's own definition wins over a global of the same name (first added wins).
      if (!this.byName.has(s.name)) this.byName.set(s.name, s);
      if (s.short && !this.byShort.has(s.short)) this.byShort.set(s.short, s);
    }
  }

  lookup(name: string): FlagSpec | undefined {
    return this.byName.get(name);
  }

  lookupShort(short: string): FlagSpec | undefined {
    return this.byShort.get(short);
  }

  all(): FlagSpec[] {
    return [...this.byName.values()];
  }
}

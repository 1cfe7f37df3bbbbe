import { describe, expect, it } from 'vitest';
import { FlagSet, parseFlagSpecs } from '../../../../src-main/sim/kubectl/flags/flag-spec';
import { FlagError, parseFlags, splitCsv } from '../../../../src-main/sim/kubectl/flags/parse-flags';
import { parseDuration, parseInt as goParseInt } from '../../../../src-main/sim/kubectl/flags/go-values';

const HELP = `Options:
    -A, --all-namespaces=false:
	all
    --dry-run='none':
	dry
    --image=[]:
	images
    -n, --namespace='':
	ns
    -o, --output='':
	out
    -r, --replicas=1:
	reps
    -i, --stdin=false:
	in
    -t, --tty=false:
	tty
    --timeout=0s:
	t
`;
const set = new FlagSet(parseFlagSpecs(HELP));

describe('parseFlagSpecs', () => {
  it('reads names, shorthands and kinds from the help text defaults', () => {
    const specs = parseFlagSpecs(HELP);
    expect(specs.find((s) => s.name === 'replicas')).toMatchObject({ short: 'r', kind: 'int', defaultText: '1' });
    expect(specs.find((s) => s.name === 'image')).toMatchObject({ kind: 'list' });
    expect(specs.find((s) => s.name === 'dry-run')).toMatchObject({ kind: 'string', defaultText: 'none', noOptDefault: 'unchanged' });
    expect(specs.find((s) => s.name === 'timeout')).toMatchObject({ kind: 'duration' });
  });
});

describe('parseFlags (pflag rules)', () => {
  it('takes values with =, as the next word, glued to a shorthand and after -x=', () => {
    for (const argv of [['-n', 'dev'], ['-ndev'], ['-n=dev'], ['--namespace=dev'], ['--namespace', 'dev']]) {
      expect(parseFlags(argv, set).flags.string('namespace')).toBe('dev');
    }
  });
  it('combines short booleans and lets flags sit among arguments', () => {
    const r = parseFlags(['run', '-it', 'x', '--image=a', '--image', 'b', '-A'], set);
    expect(r.args).toEqual(['run', 'x']);
    expect([r.flags.bool('stdin'), r.flags.bool('tty'), r.flags.bool('all-namespaces')]).toEqual([true, true, true]);
    expect(r.flags.list('image')).toEqual(['a', 'b']);
  });
  it('ends flags at -- and records where', () => {
    const r = parseFlags(['web', '-r', '2', '--', 'sleep', '-n', '3'], set);
    expect(r.args).toEqual(['web', 'sleep', '-n', '3']);
    expect(r.argsLenAtDash).toBe(1);
    expect(r.flags.int('replicas')).toBe(2);
  });
  it('gives a bare --dry-run its no-option default without eating the next word', () => {
    const r = parseFlags(['--dry-run', 'client'], set);
    expect(r.flags.string('dry-run')).toBe('unchanged');
    expect(r.args).toEqual(['client']);
  });
  it("words kubectl's flag errors exactly", () => {
    const err = (argv: string[]) => {
      try {
        parseFlags(argv, set);
      } catch (e) {
        return e instanceof FlagError ? e.message : 'other';
      }
      return 'none';
    };
    expect(err(['--foo'])).toBe('unknown flag: --foo');
    expect(err(['-x'])).toBe("unknown shorthand flag: 'x' in -x");
    expect(err(['-o'])).toBe("flag needs an argument: 'o' in -o");
    expect(err(['--output'])).toBe('flag needs an argument: --output');
    expect(err(['-r', 'abc'])).toBe('invalid argument "abc" for "-r, --replicas" flag: strconv.ParseInt: parsing "abc": invalid syntax');
    expect(err(['-i=maybe'])).toBe('invalid argument "maybe" for "-i, --stdin" flag: strconv.ParseBool: parsing "maybe": invalid syntax');
  });
  it('reports --help and -h instead of failing', () => {
    expect(parseFlags(['--help'], set).help).toBe(true);
    expect(parseFlags(['-h'], set).help).toBe(true);
  });
});

describe('Go value parsers', () => {
  it('read integers as strconv.ParseInt with base 0 does', () => {
    expect(goParseInt('0x10')).toEqual({ ok: true, value: 16 });
    expect(goParseInt('010')).toEqual({ ok: true, value: 8 });
    expect(goParseInt('-3')).toEqual({ ok: true, value: -3 });
    expect(goParseInt('1.5').ok).toBe(false);
  });
  it('read durations as time.ParseDuration does, in ms', () => {
    expect(parseDuration('1h30m')).toEqual({ ok: true, value: 5_400_000 });
    expect(parseDuration('5')).toEqual({ ok: false, error: 'time: missing unit in duration "5"' });
  });
  it('split string slices as CSV records', () => {
    expect(splitCsv('get,list,"a,b"')).toEqual(['get', 'list', 'a,b']);
  });
});

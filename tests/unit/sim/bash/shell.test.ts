import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../../src-main/sim/index';
import { HINT, MAX_LINE_CHARS, MAX_LOOP_ITERATIONS, createShell, runShell } from '../../../../src-main/sim/bash/index';
import { newShell, out } from './helpers';

describe('shell evaluation', () => {
  it('passes each command’s output to the next through a pipe', () => {
    const sh = newShell();
    expect(out(sh, 'printf "b\\na\\nc\\n" | sort | head -n 2')).toBe('a\nb\n');
  });

  it('gives a pipeline the exit status of its last command', () => {
    const sh = newShell();
    expect(sh.run('false | true').exitCode).toBe(0);
    expect(sh.run('true | false').exitCode).toBe(1);
    expect(sh.run('! true').exitCode).toBe(1);
  });

  it('short-circuits && and ||', () => {
    const sh = newShell();
    expect(out(sh, 'false && echo no || echo yes')).toBe('yes\n');
    expect(out(sh, 'true && echo one && echo two')).toBe('one\ntwo\n');
    expect(out(sh, 'true || echo never; echo after')).toBe('after\n');
  });

  it('answers an unknown program with bash’s message, the hint and exit 127', () => {
    const sh = newShell();
    expect(sh.run('curl http://localhost:8080')).toEqual({ exitCode: 127, stdout: '', stderr: `bash: curl: command not found\n${HINT}\n` });
    for (const name of ['vi', 'nano', 'docker', 'ssh', 'watch']) expect(sh.run(`${name} x`).stderr).toBe(`bash: ${name}: command not found\n${HINT}\n`);
    expect(sh.run('./deploy.sh').stderr).toBe('bash: ./deploy.sh: No such file or directory\n');
  });

  it('prints the hint once when a loop runs a missing program on every turn', () => {
    const r = newShell().run('for i in 1 2 3; do curl -s http://10.0.0.1:8888; done');
    expect(r.stderr).toBe(`bash: curl: command not found\n${HINT}\nbash: curl: command not found\nbash: curl: command not found\n`);
    expect(r.exitCode).toBe(127);
  });

  it('keeps running the rest of a pipeline after a missing program, as bash does', () => {
    const sh = newShell();
    const r = sh.run('curl -s http://x | wc -l');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('0\n');
    expect(r.stderr).toContain('bash: curl: command not found');
  });

  it('writes > and >> into the virtual files and reads < from them', () => {
    const sh = newShell();
    expect(out(sh, 'echo one > notes.txt; echo two >> notes.txt')).toBe('');
    expect(sh.sim.files.get('notes.txt')).toBe('one\ntwo\n');
    expect(out(sh, 'wc -l < notes.txt')).toBe('2\n');
    expect(out(sh, 'echo three > ./notes.txt; cat notes.txt')).toBe('three\n');
  });

  it('creates the redirect target even when the command fails, and sends errors to the terminal', () => {
    const sh = newShell();
    const r = sh.run('cat missing.txt > copy.txt');
    expect(r).toEqual({ exitCode: 1, stdout: '', stderr: 'cat: missing.txt: No such file or directory\n' });
    expect(sh.sim.files.get('copy.txt')).toBe('');
  });

  it('redirects stderr with 2> and merges it with 2>&1 in order', () => {
    const sh = newShell();
    expect(sh.run('cat nope 2> err.txt')).toEqual({ exitCode: 1, stdout: '', stderr: '' });
    expect(sh.sim.files.get('err.txt')).toBe('cat: nope: No such file or directory\n');
    expect(sh.run('cat nope 2>&1 | wc -l')).toEqual({ exitCode: 0, stdout: '1\n', stderr: '' });
    expect(sh.run('cat nope > all.txt 2>&1')).toEqual({ exitCode: 1, stdout: '', stderr: '' });
    expect(sh.sim.files.get('all.txt')).toBe('cat: nope: No such file or directory\n');
    expect(sh.run('cat nope 2>/dev/null')).toEqual({ exitCode: 1, stdout: '', stderr: '' });
    expect(sh.run('echo hi >&2')).toEqual({ exitCode: 0, stdout: '', stderr: 'hi\n' });
  });

  it('refuses a redirect from a missing file without running the command', () => {
    const sh = newShell();
    expect(sh.run('cat < nothing.yaml')).toEqual({ exitCode: 1, stdout: '', stderr: 'bash: nothing.yaml: No such file or directory\n' });
    expect(sh.run('echo x > nodir/file').stderr).toBe('bash: nodir/file: No such file or directory\n');
  });

  it('reports an ambiguous redirect when the target expands to several words', () => {
    const sh = newShell();
    sh.run('F="a b"');
    expect(sh.run('echo x > $F')).toEqual({ exitCode: 1, stdout: '', stderr: 'bash: $F: ambiguous redirect\n' });
    expect(out(sh, 'echo x > "$F"; cat "a b"')).toBe('x\n');
  });

  it('expands variables, splitting unquoted ones and keeping quoted ones whole', () => {
    const sh = newShell();
    out(sh, 'X="a   b"');
    expect(out(sh, 'printf "[%s]" $X; echo')).toBe('[a][b]\n');
    expect(out(sh, 'printf "[%s]" "$X"; echo')).toBe('[a   b]\n');
    expect(out(sh, 'echo ${X}c "${X}d"')).toBe('a bc a   bd\n');
    expect(out(sh, 'echo "[$UNSET]" [$UNSET]')).toBe('[] []\n');
    expect(out(sh, "echo '$X'")).toBe('$X\n');
  });

  it('expands ${X:-default}, ${X:=value}, ${X:+alt} and ${#X}', () => {
    const sh = newShell();
    expect(out(sh, 'echo ${NS:-default} ${NS-unset} "${NS:+set}"')).toBe('default unset \n');
    expect(out(sh, 'NS=; echo "[${NS:-empty}]" "[${NS-unset}]"')).toBe('[empty] []\n');
    expect(out(sh, 'echo ${N:=dev}; echo $N ${#N}')).toBe('dev\ndev 3\n');
    expect(sh.run('echo ${N/x/y}').stderr).toBe('bash: ${N/x/y}: bad substitution\n');
  });

  it("reads $'…' strings with backslash escapes", () => {
    const sh = newShell();
    expect(out(sh, "printf 'a\\nb\\n' | tr -d $'\\n'; echo")).toBe('ab\n');
    expect(out(sh, "echo $'it\\'s' \"$'x'\"")).toBe("it's $'x'\n");
  });

  it('keeps variables across lines in createShell, and exported ones too', () => {
    const sh = newShell();
    out(sh, 'export NS=dev');
    out(sh, 'POD=web');
    expect(out(sh, 'echo $NS/$POD')).toBe('dev/web\n');
    expect(sh.env.get('NS')).toBe('dev');
    expect(out(sh, 'unset POD; echo "[$POD]"')).toBe('[]\n');
  });

  it('starts every runShell call with a fresh environment', () => {
    const sim = createSimulator({ seed: 1 });
    runShell(sim, 'X=1');
    expect(runShell(sim, 'echo "[$X]"').stdout).toBe('[]\n');
    expect(runShell(sim, 'X=1; echo $X').stdout).toBe('1\n');
  });

  it('runs $(…) and backticks, trimming trailing newlines', () => {
    const sh = newShell();
    expect(out(sh, 'echo "[$(printf "a\\n\\n")]"')).toBe('[a]\n');
    expect(out(sh, 'echo `echo hi` $(echo $(echo nested))')).toBe('hi nested\n');
    expect(out(sh, 'N=$(seq 3 | wc -l); echo $N')).toBe('3\n');
  });

  it('stops command substitution nested more than ten deep', () => {
    const sh = newShell();
    const deep = 'echo x' + ')'.repeat(12);
    const r = sh.run('echo ' + '$('.repeat(12) + deep.slice(0));
    expect(r.stderr).toContain('command substitution nested more than 10 deep');
  });

  it('gives $? the previous status, within and across lines', () => {
    const sh = newShell();
    expect(out(sh, 'false; echo $?')).toBe('1\n');
    sh.run('nosuchcommand');
    expect(out(sh, 'echo $?')).toBe('127\n');
  });

  it('evaluates $(( )) arithmetic', () => {
    const sh = newShell();
    expect(out(sh, 'i=4; echo $((i * 2 + 1)) $(( (7 - 1) / 4 )) $((10 % 3))')).toBe('9 1 1\n');
    expect(sh.run('echo $((1 / 0))').stderr).toContain('division by 0');
  });

  it('loops over words and over $(seq N), each iteration seeing the variable', () => {
    const sh = newShell();
    expect(out(sh, 'for x in a b c; do echo "<$x>"; done')).toBe('<a>\n<b>\n<c>\n');
    expect(out(sh, 'for i in $(seq 3); do echo p$i; done | tail -n 1')).toBe('p3\n');
    expect(out(sh, 'for f in one two\ndo\n  echo $f\ndone')).toBe('one\ntwo\n');
    expect(out(sh, 'for i in 1 2; do for j in a b; do echo $i$j; done; done')).toBe('1a\n1b\n2a\n2b\n');
  });

  it('redirects a whole loop’s output', () => {
    const sh = newShell();
    expect(out(sh, 'for i in 1 2 3; do echo $i; done > n.txt')).toBe('');
    expect(sh.sim.files.get('n.txt')).toBe('1\n2\n3\n');
  });

  it(`stops loops after ${MAX_LOOP_ITERATIONS} iterations so that no line hangs`, () => {
    const sh = newShell();
    const r = sh.run('for i in $(seq 20000); do true; done');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe(`bash: loop stopped after ${MAX_LOOP_ITERATIONS} iterations (drill terminal limit)\n`);
    const nested = sh.run('for i in $(seq 200); do for j in $(seq 200); do :; done; done');
    expect(nested.stderr).toContain('loop stopped');
  });

  it('stops a line whose output or variables grow past the limit instead of exhausting memory', () => {
    const sh = newShell();
    const r = sh.run('X=0123456789; for i in $(seq 40); do X=$X$X; done; echo finished');
    expect(r).toEqual({ exitCode: 1, stdout: '', stderr: `bash: output limit of ${MAX_LINE_CHARS} characters reached (drill terminal limit)\n` });
    expect(out(sh, 'echo next line runs')).toBe('next line runs\n');
  });

  it('expands * against the virtual files and leaves an unmatched pattern as typed', () => {
    const sh = newShell({ 'a.yaml': 'x', 'b.yaml': 'y', 'c.txt': 'z' });
    expect(out(sh, 'echo *.yaml')).toBe('a.yaml b.yaml\n');
    expect(out(sh, 'echo *.json "*.yaml"')).toBe('*.json *.yaml\n');
  });

  it('expands ~ to the learner’s home, where the virtual files are', () => {
    const sh = newShell({ 'web.yaml': 'kind: x\n' });
    expect(out(sh, 'echo ~; cat ~/web.yaml /home/learner/web.yaml')).toBe('/home/learner\nkind: x\nkind: x\n');
  });

  it('runs sudo, env and which around commands', () => {
    const sh = newShell();
    expect(out(sh, 'sudo echo hi')).toBe('hi\n');
    expect(out(sh, 'which kubectl jq')).toBe('/usr/local/bin/kubectl\n/usr/bin/jq\n');
    expect(sh.run('which vim').exitCode).toBe(1);
    expect(out(sh, 'pwd')).toBe('/home/learner\n');
  });

  it('never throws, even when a line is only operators, quotes or nothing', () => {
    const sh = newShell();
    for (const line of ['', '   ', ';', '&&', '|||', '"', "'", '`', '$(', '${', '${}', '$((', '>', '2>&', 'for', 'for i', 'for i in', 'done', '\\', '$(((((((']) {
      const r = sh.run(line);
      expect(typeof r.exitCode, JSON.stringify(line)).toBe('number');
    }
    expect(sh.run('')).toEqual({ exitCode: 0, stdout: '', stderr: '' });
  });
});

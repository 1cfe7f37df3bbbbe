import { describe, expect, it } from 'vitest';
import { parse } from '../../../../src-main/sim/bash/parser';
import { lex } from '../../../../src-main/sim/bash/lexer';
import { newShell, out } from './helpers';

describe('shell syntax', () => {
  it('splits a pipeline, a list and redirects into the tree', () => {
    const r = parse('kubectl get pods -o json | jq .items > out.json && cat out.json; echo done');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.list.items).toHaveLength(2);
    const first = r.list.items[0]!;
    expect(first.first.commands).toHaveLength(2);
    expect(first.rest.map((x) => x.op)).toEqual(['&&']);
    const jq = first.first.commands[1]!;
    expect(jq.kind === 'simple' && jq.redirects.map((x) => [x.fd, x.op])).toEqual([[1, '>']]);
  });

  it('reads 2>&1, 2> and >> as redirects of the right descriptors', () => {
    const r = parse('cmd 2>&1 >> log 2> err <in');
    if (!r.ok) throw new Error(r.message);
    const c = r.list.items[0]!.first.commands[0]!;
    expect(c.kind === 'simple' && c.redirects.map((x) => `${x.fd}${x.op}${x.target.raw}`)).toEqual(['2>&1', '1>>log', '2>err', '0<in']);
  });

  it('keeps quoting on word parts so that expansion can tell "$X" from $X', () => {
    const r = lex(`a'b c'"d $X e"\\ f`);
    if (!r.ok) throw new Error(r.error);
    expect(r.tokens).toHaveLength(1);
    const w = r.tokens[0]!;
    expect(w.kind === 'word' && w.word.parts).toEqual([
      { kind: 'literal', text: 'a', quoted: false },
      { kind: 'literal', text: 'b cd ', quoted: true },
      { kind: 'variable', name: 'X', quoted: true },
      { kind: 'literal', text: ' e ', quoted: true },
      { kind: 'literal', text: 'f', quoted: false },
    ]);
  });

  it('answers an unclosed quote as bash does', () => {
    const sh = newShell();
    expect(sh.run("echo 'abc")).toEqual({ exitCode: 2, stdout: '', stderr: "bash: unexpected EOF while looking for matching `''\n" });
    expect(sh.run('echo "abc').stderr).toBe('bash: unexpected EOF while looking for matching `"\'\n');
    expect(sh.run('echo $(date').stderr).toBe("bash: unexpected EOF while looking for matching `)'\n");
    expect(sh.run('echo `date').stderr).toBe("bash: unexpected EOF while looking for matching ``'\n");
  });

  it('reports a misplaced operator as a syntax error with exit 2', () => {
    const sh = newShell();
    expect(sh.run('| grep x')).toEqual({ exitCode: 2, stdout: '', stderr: "bash: syntax error near unexpected token `|'\n" });
    expect(sh.run('echo a &&').stderr).toBe('bash: syntax error: unexpected end of file\n');
    expect(sh.run('echo a ;; echo b').stderr).toBe("bash: syntax error near unexpected token `;;'\n");
    expect(sh.run('echo >').stderr).toBe('bash: syntax error: unexpected end of file\n');
    expect(sh.run('for i in 1 2; do; done').exitCode).toBe(2);
  });

  it('refuses while, if, subshells and background jobs by name, with the hint', () => {
    const sh = newShell();
    for (const line of ['while true; do echo; done', 'if true; then echo; fi', '(echo a)', 'sleep 10 &', 'cat <<< word']) {
      const r = sh.run(line);
      expect(r.exitCode, line).toBe(2);
      expect(r.stderr, line).toMatch(/^bash: .+: not available in the drill terminal\n\(this drill terminal runs kubectl/);
    }
  });

  it('reads a here-document up to its delimiter, tabs stripped with <<-, and to the end when the delimiter is missing', () => {
    const sh = newShell();
    expect(out(sh, 'cat <<END\none\n  two\nEND\necho after')).toBe('one\n  two\nafter\n');
    expect(out(sh, 'cat <<-END\n\tindented\n\tEND')).toBe('indented\n');
    expect(out(sh, 'X=1; cat <<"END"\n$X \\$\nEND')).toBe('$X \\$\n');
    expect(out(sh, 'X=1; cat <<END\n$X \\$ "q"\nEND')).toBe('1 $ "q"\n');
    expect(out(sh, 'cat <<END\nunterminated')).toBe('unterminated\n');
    expect(sh.run('cat <<').exitCode).toBe(2);
  });

  it('treats # at the start of a word as a comment, and inside a word as a character', () => {
    const sh = newShell();
    expect(out(sh, 'echo a#b # a comment')).toBe('a#b\n');
  });

  it('joins a backslash-newline continuation and runs newline-separated commands in turn', () => {
    const sh = newShell();
    expect(out(sh, 'echo a \\\n  b\necho c')).toBe('a b\nc\n');
  });
});

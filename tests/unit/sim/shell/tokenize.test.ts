import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../src-main/sim/shell/tokenize';
import { parseCommandLine } from '../../../../src-main/sim/shell/command-line';

const words = (line: string) => {
  const t = tokenize(line);
  if (!t.ok) throw new Error(t.error);
  return t.tokens.map((x) => x.text);
};

describe('tokenize', () => {
  it('splits on blanks and keeps single-quoted text literal', () => {
    expect(words(`kubectl run b --image=busybox -- sh -c 'echo $HOME; sleep 1'`)).toEqual(['kubectl', 'run', 'b', '--image=busybox', '--', 'sh', '-c', 'echo $HOME; sleep 1']);
  });
  it('lets a backslash escape quotes inside double quotes and joins adjacent quoted parts', () => {
    expect(words(`a "x \\"y\\" \\z" pre'fix'"post"`)).toEqual(['a', 'x "y" \\z', 'prefixpost']);
  });
  it('escapes the next character outside quotes and keeps empty quoted words', () => {
    expect(words(`a\\ b '' c`)).toEqual(['a b', '', 'c']);
  });
  it('reports an unterminated quote the way bash does', () => {
    expect(tokenize(`echo 'abc`)).toEqual({ ok: false, error: "unexpected EOF while looking for matching `''" });
  });
  it('drops a comment that starts a word but not a # inside one', () => {
    expect(words('kubectl get pods # list them')).toEqual(['kubectl', 'get', 'pods']);
    expect(words('a#b')).toEqual(['a#b']);
  });
  it('recognizes pipes, redirects and lists as operators, 2> only at a word start', () => {
    const t = tokenize('k get po 2>/dev/null | grep x > out && y');
    expect(t.ok && t.tokens.filter((x) => x.kind === 'operator').map((x) => x.text)).toEqual(['2>', '|', '>', '&&']);
    expect(words('x2 y')).toEqual(['x2', 'y']);
  });
});

describe('parseCommandLine', () => {
  it('accepts kubectl, the k alias, a leading sudo and minikube kubectl --', () => {
    expect(parseCommandLine('kubectl get po')).toEqual({ kind: 'kubectl', argv: ['get', 'po'] });
    expect(parseCommandLine('k get po')).toEqual({ kind: 'kubectl', argv: ['get', 'po'] });
    expect(parseCommandLine('sudo kubectl get po')).toEqual({ kind: 'kubectl', argv: ['get', 'po'] });
    expect(parseCommandLine('minikube kubectl -- get po')).toEqual({ kind: 'kubectl', argv: ['get', 'po'] });
  });
  it('refuses pipes and redirects with a message naming the operator', () => {
    const r = parseCommandLine('kubectl get pods | grep web');
    expect(r.kind).toBe('shell-error');
    expect(r.kind === 'shell-error' && r.stderr).toContain('`|` is not supported yet');
  });
  it('answers another program as a shell would, exit 127', () => {
    expect(parseCommandLine('docker ps')).toMatchObject({ kind: 'shell-error', exitCode: 127 });
  });
  it('treats a blank line as nothing to do', () => {
    expect(parseCommandLine('   ')).toEqual({ kind: 'empty' });
  });
});

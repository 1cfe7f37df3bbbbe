import { describe, expect, it } from 'vitest';
import { newShell, out } from './helpers';

const PODS = [
  'NAME                   READY   STATUS             RESTARTS   AGE',
  'web-6dc5cd68db-npttp   1/1     Running            0          5m',
  'api-7f9c8d6b5-x2x4q    0/1     CrashLoopBackOff   4          5m',
  'web-6dc5cd68db-vlp68   1/1     Running            0          5m',
  'db-0                   1/1     Running            1          9m',
  '',
].join('\n');

describe('echo, printf, seq, true, false, clear', () => {
  it('echo joins its arguments, -n drops the newline and -e reads escapes', () => {
    const sh = newShell();
    expect(out(sh, 'echo a  b')).toBe('a b\n');
    expect(out(sh, 'echo -n a')).toBe('a');
    expect(out(sh, 'echo -e "a\\tb\\nc"')).toBe('a\tb\nc\n');
    expect(out(sh, 'echo "a\\tb"')).toBe('a\\tb\n');
    expect(out(sh, 'echo')).toBe('\n');
  });

  it('printf formats %s %d %5s %-5s| and reuses the format for extra arguments', () => {
    const sh = newShell();
    expect(out(sh, 'printf "%s=%d\\n" a 1 b 2')).toBe('a=1\nb=2\n');
    expect(out(sh, 'printf "[%5s][%-5s]|%03d\\n" ab cd 7')).toBe('[   ab][cd   ]|007\n');
    expect(out(sh, 'printf "100%%\\n"')).toBe('100%\n');
    expect(sh.run('printf "%d\\n" abc')).toEqual({ exitCode: 1, stdout: '0\n', stderr: 'bash: printf: abc: invalid number\n' });
  });

  it('seq counts from 1, from a start, and by a step, as GNU seq', () => {
    const sh = newShell();
    expect(out(sh, 'seq 3')).toBe('1\n2\n3\n');
    expect(out(sh, 'seq 2 4')).toBe('2\n3\n4\n');
    expect(out(sh, 'seq 10 -5 0')).toBe('10\n5\n0\n');
    expect(out(sh, 'seq -s, 3')).toBe('1,2,3\n');
    expect(out(sh, 'seq -w 8 10')).toBe('08\n09\n10\n');
    expect(out(sh, 'seq 0')).toBe('');
    expect(sh.run('seq x')).toEqual({ exitCode: 1, stdout: '', stderr: "seq: invalid floating point argument: 'x'\nTry 'seq --help' for more information.\n" });
    expect(sh.run('seq').stderr).toBe("seq: missing operand\nTry 'seq --help' for more information.\n");
  });

  it('seq stops at 100000 numbers rather than filling memory', () => {
    const r = newShell().run('seq 1000000000 | wc -l');
    expect(r.stdout).toBe('100000\n');
    expect(r.stderr).toContain('drill terminal limit');
  });

  it('true, false and : set the status; clear prints nothing', () => {
    const sh = newShell();
    expect(sh.run('true')).toEqual({ exitCode: 0, stdout: '', stderr: '' });
    expect(sh.run('false')).toEqual({ exitCode: 1, stdout: '', stderr: '' });
    expect(sh.run(':').exitCode).toBe(0);
    expect(sh.run('clear')).toEqual({ exitCode: 0, stdout: '', stderr: '' });
  });
});

describe('file tools', () => {
  it('cat prints files in order, numbers lines with -n, reads stdin with -', () => {
    const sh = newShell({ 'a.txt': 'A\n', 'b.txt': 'B\n' });
    expect(out(sh, 'cat a.txt b.txt')).toBe('A\nB\n');
    expect(out(sh, 'cat -n b.txt')).toBe('     1\tB\n');
    expect(out(sh, 'echo X | cat a.txt -')).toBe('A\nX\n');
    expect(sh.run('cat a.txt nope')).toEqual({ exitCode: 1, stdout: 'A\n', stderr: 'cat: nope: No such file or directory\n' });
  });

  it('ls lists the files one per line into a pipe and on one line at the terminal', () => {
    const sh = newShell({ 'web.yaml': 'x', 'Pod.yaml': 'yy', 'manifests/db.yaml': 'z' });
    expect(out(sh, 'ls')).toBe('manifests  Pod.yaml  web.yaml\n');
    expect(out(sh, 'ls | cat')).toBe('manifests\nPod.yaml\nweb.yaml\n');
    expect(out(sh, 'ls manifests')).toBe('db.yaml\n');
    expect(sh.run('ls nothing')).toEqual({ exitCode: 2, stdout: '', stderr: "ls: cannot access 'nothing': No such file or directory\n" });
  });

  it('ls -l shows permissions, size and the simulator’s date', () => {
    const sh = newShell({ 'web.yaml': 'kind: Pod\n' });
    expect(out(sh, 'ls -l')).toBe('total 4\n-rw-r--r-- 1 learner learner 10 Jan 15 10:00 web.yaml\n');
  });

  it('rm, touch and mkdir change the working directory', () => {
    const sh = newShell({ 'a.txt': 'A' });
    expect(out(sh, 'touch b.txt; mkdir -p k8s/base; touch k8s/base/x.yaml; ls')).toBe('a.txt  b.txt  k8s\n');
    expect(sh.sim.files.get('b.txt')).toBe('');
    expect(out(sh, 'rm a.txt; ls')).toBe('b.txt  k8s\n');
    expect(sh.run('rm a.txt')).toEqual({ exitCode: 1, stdout: '', stderr: "rm: cannot remove 'a.txt': No such file or directory\n" });
    expect(sh.run('rm -f a.txt').exitCode).toBe(0);
    expect(sh.run('rm k8s').stderr).toBe("rm: cannot remove 'k8s': Is a directory\n");
    expect(out(sh, 'rm -rf k8s; ls')).toBe('b.txt\n');
    expect(sh.run('mkdir b.txt').stderr).toBe('mkdir: cannot create directory ‘b.txt’: File exists\n');
  });

  it('tee copies its input to a file and passes it on', () => {
    const sh = newShell();
    expect(out(sh, 'echo hi | tee t.txt | wc -c')).toBe('3\n');
    expect(sh.sim.files.get('t.txt')).toBe('hi\n');
  });
});

describe('line tools', () => {
  const sh = () => newShell({ 'pods.txt': PODS, 'n.txt': '10\n9\n100\n9\n' });

  it('head and tail take -n N, -N, and tail -n +N starts at line N', () => {
    const s = sh();
    expect(out(s, 'seq 20 | head -3')).toBe('1\n2\n3\n');
    expect(out(s, 'seq 20 | head -n 2')).toBe('1\n2\n');
    expect(out(s, 'seq 12 | head | wc -l')).toBe('10\n');
    expect(out(s, 'seq 5 | head -n -3')).toBe('1\n2\n');
    expect(out(s, 'seq 20 | tail -2')).toBe('19\n20\n');
    expect(out(s, 'seq 5 | tail -n +4')).toBe('4\n5\n');
    expect(out(s, 'tail -f -n 1 pods.txt')).toBe('db-0                   1/1     Running            1          9m\n');
    expect(s.run('head -n x pods.txt').stderr).toBe('head: invalid number of lines: ‘x’\n');
  });

  it('wc counts lines, words and bytes as GNU wc pads them', () => {
    const s = sh();
    expect(out(s, 'printf "a b\\nc\\n" | wc')).toBe('      2       3       6\n');
    expect(out(s, 'printf "a b\\nc\\n" | wc -w')).toBe('3\n');
    expect(out(s, 'printf "é" | wc -c')).toBe('2\n');
    expect(out(s, 'wc -l pods.txt')).toBe('5 pods.txt\n');
    expect(out(s, 'wc -l pods.txt n.txt')).toBe('5 pods.txt\n4 n.txt\n9 total\n');
  });

  it('sort orders by bytes, numbers with -n, reversed with -r, by a key with -k, unique with -u', () => {
    const s = sh();
    expect(out(s, 'sort n.txt')).toBe('10\n100\n9\n9\n');
    expect(out(s, 'sort -n n.txt')).toBe('9\n9\n10\n100\n');
    expect(out(s, 'sort -nr n.txt')).toBe('100\n10\n9\n9\n');
    expect(out(s, 'sort -n -u n.txt')).toBe('9\n10\n100\n');
    expect(out(s, 'tail -n +2 pods.txt | sort -k4 -n -r | head -1 | cut -c1-20')).toBe('api-7f9c8d6b5-x2x4q \n');
    expect(out(s, 'printf "b:2\\na:10\\nc:1\\n" | sort -t: -k2n')).toBe('c:1\nb:2\na:10\n');
  });

  it('uniq folds adjacent repeats and counts them with -c', () => {
    const s = sh();
    expect(out(s, 'printf "a\\na\\nb\\na\\n" | uniq')).toBe('a\nb\na\n');
    expect(out(s, 'printf "a\\na\\nb\\n" | uniq -c')).toBe('      2 a\n      1 b\n');
    expect(out(s, "tail -n +2 pods.txt | awk '{print $3}' | sort | uniq -c | sort -rn")).toBe('      3 Running\n      1 CrashLoopBackOff\n');
  });

  it('cut picks fields with -d -f and characters with -c', () => {
    const s = sh();
    expect(out(s, 'echo a:b:c:d | cut -d: -f2')).toBe('b\n');
    expect(out(s, 'echo a:b:c:d | cut -d : -f 1,3-')).toBe('a:c:d\n');
    expect(out(s, 'echo hello | cut -c 2-3')).toBe('el\n');
    expect(out(s, 'echo nodelim | cut -d, -f2')).toBe('nodelim\n');
    expect(s.run('echo x | cut -d:').stderr).toBe("cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n");
  });

  it('tr maps, deletes and squeezes characters, ranges and classes included', () => {
    const s = sh();
    expect(out(s, 'echo hello | tr a-z A-Z')).toBe('HELLO\n');
    expect(out(s, 'echo hello | tr "[:lower:]" "[:upper:]"')).toBe('HELLO\n');
    expect(out(s, "echo 'a b c' | tr -d ' '")).toBe('abc\n');
    expect(out(s, "printf 'a\\nb\\n' | tr -d '\\n'")).toBe('ab');
    expect(out(s, "echo 'a    b' | tr -s ' '")).toBe('a b\n');
    expect(out(s, 'echo a,b | tr , "\\n"')).toBe('a\nb\n');
  });

  it('awk prints fields, with -F, NR/NF patterns and regex patterns', () => {
    const s = sh();
    expect(out(s, "awk '{print $1}' pods.txt | tail -n 1")).toBe('db-0\n');
    expect(out(s, "awk 'NR>1 {print $1, $3}' pods.txt | head -n 1")).toBe('web-6dc5cd68db-npttp Running\n');
    expect(out(s, "awk '/Crash/ {print $1}' pods.txt")).toBe('api-7f9c8d6b5-x2x4q\n');
    expect(out(s, "echo a:b:c | awk -F: '{print $NF \"-\" $1}'")).toBe('c-a\n');
    // As in awk, a non-numeric field compares as a string: the header's RESTARTS is > "0".
    expect(out(s, "awk '$4 > 0 {print $1}' pods.txt")).toBe('NAME\napi-7f9c8d6b5-x2x4q\ndb-0\n');
    expect(out(s, "echo x y | awk '{print}'")).toBe('x y\n');
    expect(out(s, "echo 'a, b,c' | awk -F', *' '{print $3}'")).toBe('c\n');
    expect(s.run("echo x | awk -F') ' '{print $1}'")).toEqual({ exitCode: 2, stdout: '', stderr: 'awk: fatal: Invalid regular expression: /) /\n' });
    const r = s.run("awk '{sum += $4} END {print sum}' pods.txt");
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain("the drill terminal's awk prints fields only");
  });
});

describe('grep', () => {
  const sh = () => newShell({ 'pods.txt': PODS });

  it('keeps matching lines, with -i, -v, -c, -n and -w', () => {
    const s = sh();
    expect(out(s, 'grep Running pods.txt | wc -l')).toBe('3\n');
    expect(out(s, 'grep -c running pods.txt')).toBe('0\n');
    expect(out(s, 'grep -ic running pods.txt')).toBe('3\n');
    expect(out(s, 'grep -v Running pods.txt | cut -c1-4')).toBe('NAME\napi-\n');
    expect(out(s, "grep -n '^db' pods.txt | cut -c1-6")).toBe('5:db-0\n');
    expect(out(s, 'printf "web\\nwebapp\\n" | grep -w web')).toBe('web\n');
  });

  it('reads basic and extended regular expressions and prints only the match with -o', () => {
    const s = sh();
    expect(out(s, "grep -o 'web-[a-z0-9]*-[a-z0-9]*' pods.txt")).toBe('web-6dc5cd68db-npttp\nweb-6dc5cd68db-vlp68\n');
    expect(out(s, "grep -E 'Crash|^db' pods.txt | cut -c1-4")).toBe('api-\ndb-0\n');
    expect(out(s, "echo 'a+b' | grep 'a+b'")).toBe('a+b\n');
    expect(out(s, "echo 'aab' | grep -o 'a\\+b'")).toBe('aab\n');
    expect(out(s, "echo 'x9' | grep -o '[[:digit:]]'")).toBe('9\n');
    expect(out(s, 'printf "a\\nb\\n" | grep -e a -e b')).toBe('a\nb\n');
  });

  it('prints context lines with -A, -B and -C, groups separated by --', () => {
    const s = newShell();
    expect(out(s, 'seq 10 | grep -A1 -E "^(3|8)$"')).toBe('3\n4\n--\n8\n9\n');
    expect(out(s, 'seq 10 | grep -B 2 5')).toBe('3\n4\n5\n');
    expect(out(s, 'seq 10 | grep -n -C1 -e 4 -e 5')).toBe('3-3\n4:4\n5:5\n6-6\n');
    expect(out(s, 'seq 5 | grep -m1 -v 1')).toBe('2\n');
  });

  it('exits 1 when nothing matches and 2 on a bad pattern or file', () => {
    const s = sh();
    expect(s.run('grep Pending pods.txt')).toEqual({ exitCode: 1, stdout: '', stderr: '' });
    expect(s.run("grep -E '(' pods.txt")).toEqual({ exitCode: 2, stdout: '', stderr: 'grep: Invalid regular expression\n' });
    expect(s.run('grep x nofile')).toEqual({ exitCode: 2, stdout: '', stderr: 'grep: nofile: No such file or directory\n' });
    expect(s.run('grep -z x pods.txt').stderr).toBe("grep: invalid option -- 'z'\nTry 'grep --help' for more information.\n");
    expect(s.run('grep -q Running pods.txt')).toEqual({ exitCode: 0, stdout: '', stderr: '' });
  });
});

describe('sed', () => {
  it('substitutes the first or every match, with & and groups in the replacement', () => {
    const sh = newShell();
    expect(out(sh, 'echo aaa | sed s/a/b/')).toBe('baa\n');
    expect(out(sh, 'echo aaa | sed "s/a/b/g"')).toBe('bbb\n');
    expect(out(sh, "echo image: nginx:1.14 | sed 's|nginx:1.14|nginx:1.25|'")).toBe('image: nginx:1.25\n');
    expect(out(sh, "echo web-1 | sed -E 's/([a-z]+)-([0-9])/\\2:\\1 [&]/'")).toBe('1:web [web-1]\n');
  });

  it('deletes and prints by line number or pattern, and edits a file in place with -i', () => {
    const sh = newShell({ 'd.yaml': 'replicas: 1\nimage: nginx\n# comment\n' });
    expect(out(sh, "sed '/^#/d' d.yaml")).toBe('replicas: 1\nimage: nginx\n');
    expect(out(sh, 'seq 5 | sed 2,4d')).toBe('1\n5\n');
    expect(out(sh, "seq 5 | sed -n '3p'")).toBe('3\n');
    expect(out(sh, "sed -i 's/replicas: 1/replicas: 3/' d.yaml")).toBe('');
    expect(sh.sim.files.get('d.yaml')).toBe('replicas: 3\nimage: nginx\n# comment\n');
  });

  it('feeds an edited manifest to kubectl apply -f -', () => {
    const sh = newShell();
    out(sh, 'kubectl create deployment web --image=nginx --dry-run=client -o yaml > web.yaml');
    expect(out(sh, "sed 's/replicas: 1/replicas: 4/' web.yaml | kubectl apply -f -")).toBe('deployment.apps/web created\n');
    expect(out(sh, "kubectl get deploy web -o jsonpath='{.spec.replicas}'")).toBe('4');
  });

  it('refuses commands it does not run with a clear message', () => {
    const r = newShell().run("echo a | sed 'y/a/b/'");
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe("sed: -e expression #1, char 1: unknown command: `y' (the drill terminal's sed runs s, d and p)\n");
  });
});

describe('base64', () => {
  it('encodes UTF-8 text and decodes it back', () => {
    const sh = newShell();
    expect(out(sh, 'echo -n admin | base64')).toBe('YWRtaW4=\n');
    expect(out(sh, 'echo -n "contraseña" | base64')).toBe('Y29udHJhc2XDsWE=\n');
    expect(out(sh, 'echo Y29udHJhc2XDsWE= | base64 -d')).toBe('contraseña');
    expect(out(sh, 'echo YWRtaW4= | base64 --decode')).toBe('admin');
  });

  it('wraps at 76 columns unless -w 0', () => {
    const sh = newShell();
    const long = 'x'.repeat(60);
    expect(out(sh, `echo -n ${long} | base64`).split('\n').map((l) => l.length)).toEqual([76, 4, 0]);
    expect(out(sh, `echo -n ${long} | base64 -w 0`)).toMatch(/^[A-Za-z0-9]{80}\n$/);
  });

  it('reports invalid input after printing what it could decode', () => {
    const sh = newShell();
    expect(sh.run('echo "YWRt!!" | base64 -d')).toEqual({ exitCode: 1, stdout: 'adm', stderr: 'base64: invalid input\n' });
    expect(sh.run('echo "YWRtaW4" | base64 -d')).toEqual({ exitCode: 1, stdout: 'admin', stderr: 'base64: invalid input\n' });
  });
});

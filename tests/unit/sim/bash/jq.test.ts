import { describe, expect, it } from 'vitest';
import { newShell, out } from './helpers';

const NODES = JSON.stringify({
  kind: 'List',
  items: [
    { metadata: { name: 'node1', labels: { role: 'control-plane' } }, status: { capacity: { cpu: '8', pods: '110' } } },
    { metadata: { name: 'node2', labels: {} }, status: { capacity: { cpu: '4', pods: '110' } } },
  ],
});

function jq(filter: string, input = NODES, flags = ''): { exitCode: number; stdout: string; stderr: string } {
  const sh = newShell({ 'in.json': input });
  return sh.run(`jq ${flags} '${filter}' in.json`);
}

function jqOut(filter: string, input = NODES, flags = ''): string {
  const r = jq(filter, input, flags);
  if (r.stderr) throw new Error(r.stderr);
  return r.stdout;
}

describe('jq filters', () => {
  it('pretty-prints with two spaces, as jq does', () => {
    expect(jqOut('.', '{"a":1,"b":[1,{"c":null}],"d":{},"e":[]}')).toBe('{\n  "a": 1,\n  "b": [\n    1,\n    {\n      "c": null\n    }\n  ],\n  "d": {},\n  "e": []\n}\n');
  });

  it('prints compact with -c and raw strings with -r', () => {
    expect(jqOut('.items[0].metadata', NODES, '-c')).toBe('{"name":"node1","labels":{"role":"control-plane"}}\n');
    expect(jqOut('.items[].metadata.name', NODES, '-r')).toBe('node1\nnode2\n');
    expect(jqOut('.items[].metadata.name')).toBe('"node1"\n"node2"\n');
  });

  it('reads paths: .a.b, .a[], .[0], ["key"], negative indices and slices', () => {
    expect(jqOut('.items[1].metadata.name')).toBe('"node2"\n');
    expect(jqOut('.items[-1].status.capacity.cpu')).toBe('"4"\n');
    expect(jqOut('.items[0].metadata.labels["role"]')).toBe('"control-plane"\n');
    expect(jqOut('.items[0]."metadata".name')).toBe('"node1"\n');
    expect(jqOut('.[1:3]', '[0,1,2,3]', '-c')).toBe('[1,2]\n');
    expect(jqOut('.[0]', '["a","b"]')).toBe('"a"\n');
    expect(jqOut('.missing.deeper')).toBe('null\n');
  });

  it('builds the notes’ node report: .items[] | {name:.metadata.name} + .status.capacity', () => {
    expect(jqOut('.items[] | {name:.metadata.name} + .status.capacity', NODES, '-c')).toBe('{"name":"node1","cpu":"8","pods":"110"}\n{"name":"node2","cpu":"4","pods":"110"}\n');
  });

  it('reads a field of each input value, as `jq .HOSTNAME` over several documents', () => {
    expect(jqOut('.HOSTNAME', '{"HOSTNAME":"httpenv-1"}\n{"HOSTNAME":"httpenv-2"}')).toBe('"httpenv-1"\n"httpenv-2"\n');
  });

  it('constructs objects with shorthand keys, string keys, computed keys and $vars', () => {
    expect(jqOut('{kind, n: (.items | length), "x y": 1, (.kind): true}', NODES, '-c')).toBe('{"kind":"List","n":2,"x y":1,"List":true}\n');
    expect(jqOut('.items[0].metadata as $m | {$m}', NODES, '-c')).toBe('{"m":{"name":"node1","labels":{"role":"control-plane"}}}\n');
    expect(jqOut('{a: (1,2)}', 'null', '-c')).toBe('{"a":1}\n{"a":2}\n');
  });

  it('runs keys, length, map, select, sort_by, has, to_entries and friends', () => {
    expect(jqOut('.items[0] | keys', NODES, '-c')).toBe('["metadata","status"]\n');
    expect(jqOut('.items | length')).toBe('2\n');
    expect(jqOut('"héllo" | length', 'null')).toBe('5\n');
    expect(jqOut('.items | map(.metadata.name)', NODES, '-c')).toBe('["node1","node2"]\n');
    expect(jqOut('.items[] | select(.status.capacity.cpu == "4") | .metadata.name')).toBe('"node2"\n');
    expect(jqOut('.items | sort_by(.status.capacity.cpu) | .[0].metadata.name')).toBe('"node2"\n');
    expect(jqOut('.items[0].metadata | has("labels")')).toBe('true\n');
    expect(jqOut('.items[0].status.capacity | to_entries | map("\\(.key)=\\(.value)") | join(",")', NODES, '-r')).toBe('cpu=8,pods=110\n');
    expect(jqOut('[.items[].status.capacity.cpu | tonumber] | add')).toBe('12\n');
    expect(jqOut('[.items[] | .metadata.labels | length] | max')).toBe('1\n');
    expect(jqOut('.items[0].metadata.labels | with_entries(.value |= ascii_upcase)', NODES, '-c')).toBe('{"role":"CONTROL-PLANE"}\n');
    expect(jqOut('[.[] | select(test("^web"))]', '["web-1","db-0","web-2"]', '-c')).toBe('["web-1","web-2"]\n');
    expect(jqOut('.[] | type', '[1,"a",null,true,[],{}]', '-r')).toBe('number\nstring\nnull\nboolean\narray\nobject\n');
    expect(jqOut('group_by(.) | map(length)', '[1,2,1,3,1]', '-c')).toBe('[3,1,1]\n');
    expect(jqOut('unique', '[3,1,3,2]', '-c')).toBe('[1,2,3]\n');
  });

  it('handles pipes, commas, alternatives, arithmetic, comparisons and conditionals', () => {
    expect(jqOut('.a // "default"', '{"a":null}')).toBe('"default"\n');
    expect(jqOut('.a, .b', '{"a":1,"b":2}')).toBe('1\n2\n');
    expect(jqOut('.a * 2 + .b / 2 - 1', '{"a":3,"b":4}')).toBe('7\n');
    expect(jqOut('[.[] | . > 1 and . < 3]', '[1,2,3]', '-c')).toBe('[false,true,false]\n');
    expect(jqOut('if . == 0 then "zero" elif . < 0 then "neg" else "pos" end', '-5')).toBe('"neg"\n');
    expect(jqOut('.[] | not', '[true,null]')).toBe('false\ntrue\n');
    expect(jqOut('"\\(.a)-\\(.b)"', '{"a":"x","b":2}', '-r')).toBe('x-2\n');
    expect(jqOut('reduce .[] as $x (0; . + $x)', '[1,2,3]')).toBe('6\n');
  });

  it('updates and deletes paths: =, |=, +=, del', () => {
    expect(jqOut('.spec.replicas = 3', '{"spec":{"replicas":1}}', '-c')).toBe('{"spec":{"replicas":3}}\n');
    expect(jqOut('.spec.replicas += 2', '{"spec":{"replicas":1}}', '-c')).toBe('{"spec":{"replicas":3}}\n');
    expect(jqOut('.items[].metadata.name |= ascii_upcase | [.items[].metadata.name]', NODES, '-c')).toBe('["NODE1","NODE2"]\n');
    expect(jqOut('del(.metadata.managedFields, .status)', '{"metadata":{"name":"a","managedFields":[]},"status":{}}', '-c')).toBe('{"metadata":{"name":"a"}}\n');
    expect(jqOut('del(.[] | select(. > 1))', '[1,2,3,1]', '-c')).toBe('[1,1]\n');
  });

  it('formats with @base64, @base64d, @csv, @tsv and @json', () => {
    expect(jqOut('.data.password | @base64d', '{"data":{"password":"czNjcjN0"}}', '-r')).toBe('s3cr3t\n');
    expect(jqOut('@base64', '"admin"', '-r')).toBe('YWRtaW4=\n');
    expect(jqOut('.[] | @csv', '[["a",1],["b\\"c",2]]', '-r')).toBe('"a",1\n"b""c",2\n');
    expect(jqOut('@tsv', '["a","b"]', '-r')).toBe('a\tb\n');
    expect(jqOut('@json', '{"a":1}', '-r')).toBe('{"a":1}\n');
  });

  it('takes --arg, -n, -s, -e, -j and --tab', () => {
    const sh = newShell();
    expect(out(sh, 'jq -n --arg ns dev \'{namespace: $ns}\' -c')).toBe('{"namespace":"dev"}\n');
    expect(out(sh, 'printf "1 2 3" | jq -s -c .')).toBe('[1,2,3]\n');
    expect(out(sh, 'echo \'"a"\' | jq -j .')).toBe('a');
    expect(out(sh, 'echo \'[1]\' | jq --tab .')).toBe('[\n\t1\n]\n');
    expect(sh.run('echo null | jq -e .').exitCode).toBe(1);
    expect(sh.run('echo 1 | jq -e .').exitCode).toBe(0);
    expect(out(sh, 'echo \'{"b":1,"a":2}\' | jq -S -c .')).toBe('{"a":2,"b":1}\n');
    expect(out(sh, 'echo \'{"a":1}\' | jq ""')).toBe('{\n  "a": 1\n}\n');
  });
});

describe('jq errors', () => {
  it('cannot index a string with a field name', () => {
    expect(jq('.a.b', '{"a":"x"}')).toEqual({ exitCode: 5, stdout: '', stderr: 'jq: error (at in.json:1): Cannot index string with "b"\n' });
  });

  it('numbers the input line where the failing document ends', () => {
    const sh = newShell();
    const r = sh.run(`printf '{\\n  "a": 1\\n}\\n"s"\\n' | jq '.a'`);
    expect(r).toEqual({ exitCode: 5, stdout: '1\n', stderr: 'jq: error (at <stdin>:4): Cannot index string with "a"\n' });
  });

  it('cannot iterate over null or index arrays with strings', () => {
    expect(jq('.x[]', '{}').stderr).toBe('jq: error (at in.json:1): Cannot iterate over null\n');
    expect(jq('.name', '[1]').stderr).toBe('jq: error (at in.json:1): Cannot index array with "name"\n');
    expect(jq('.[0]', '{}').stderr).toBe('jq: error (at in.json:1): Cannot index object with number\n');
    expect(jq('.[]', '"abcdefghijklmnop"').stderr).toBe('jq: error (at in.json:1): Cannot iterate over string ("abcdefghij...)\n');
    expect(jq('keys', 'null').stderr).toBe('jq: error (at in.json:1): null (null) has no keys\n');
    expect(jq('.a + .b', '{"a":"x","b":1}').stderr).toBe('jq: error (at in.json:1): string ("x") and number (1) cannot be added\n');
  });

  it('suppresses errors with ? and try', () => {
    expect(jqOut('.[] | .name?', '[1,{"name":"a"}]')).toBe('"a"\n');
    expect(jqOut('try error("boom") catch .', 'null')).toBe('"boom"\n');
  });

  it('reports a syntax error as a compile error with exit 3', () => {
    const sh = newShell();
    const r = sh.run('echo {} | jq ".items[] | {name:"');
    expect(r.exitCode).toBe(3);
    expect(r.stderr).toBe('jq: error: syntax error, unexpected end of file (Unix shell quoting issues?) at <top-level>, line 1:\n.items[] | {name:\njq: 1 compile error\n');
  });

  it('refuses the notes’ curly-quoted filter as jq does', () => {
    const sh = newShell();
    const r = sh.run('echo {} | jq -r .users[0].user[“client-certificate-data”]');
    expect(r.exitCode).toBe(3);
    expect(r.stderr).toMatch(/^jq: error: syntax error, unexpected INVALID_CHARACTER \(Unix shell quoting issues\?\)/);
  });

  it('reports an unknown function at compile time', () => {
    const r = jq('.items | frobnicate');
    expect(r).toEqual({ exitCode: 3, stdout: '', stderr: 'jq: error: frobnicate/0 is not defined at <top-level>, line 1:\n.items | frobnicate\njq: 1 compile error\n' });
  });

  it('reports text that is not JSON as a parse error with exit 2', () => {
    const sh = newShell();
    expect(sh.run('echo "NAME   READY" | jq .')).toEqual({ exitCode: 2, stdout: '', stderr: 'jq: parse error: Invalid numeric literal at line 1, column 5\n' });
    expect(sh.run('echo hello | jq .').stderr).toBe('jq: parse error: Invalid numeric literal at line 2, column 0\n');
    expect(sh.run('echo \'{"a":\' | jq .').stderr).toBe('jq: parse error: Unfinished JSON term at EOF at line 2, column 0\n');
  });

  it('reports a missing file and an unknown option', () => {
    const sh = newShell();
    expect(sh.run('jq . nope.json')).toEqual({ exitCode: 2, stdout: '', stderr: 'jq: error: Could not open nope.json: No such file or directory\n' });
    expect(sh.run('jq -Z .').stderr).toMatch(/^jq: Unknown option: -Z\n/);
  });
});

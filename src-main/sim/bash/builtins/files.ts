/** cat, ls, rm, touch, mkdir, tee: the tools over the working directory's virtual files. */
import { byteLength } from './utf8';
import { checkFlags, fail, has, lines, parseArgs, readInputs, type Tool } from './types';

export const cat: Tool = (call) => {
  const p = parseArgs(call.args, []);
  const bad = checkFlags(call, p, ['-n', '--number']);
  if (bad) return bad;
  const input = readInputs(call, p.operands);
  let text = input.text;
  if (has(p, '-n', '--number')) text = lines(text).map((l, i) => `${String(i + 1).padStart(6)}\t${l}\n`).join('');
  return { exitCode: input.missing ? 1 : 0, stdout: text, stderr: input.errors };
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function lsDate(ms: number): string {
  const d = new Date(ms);
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)} ${hh}:${mm}`;
}

export const ls: Tool = (call) => {
  const p = parseArgs(call.args, []);
  const bad = checkFlags(call, p, ['-l', '-a', '-A', '-1', '-h', '--all']);
  if (bad) return bad;
  const long = has(p, '-l');
  const all = has(p, '-a', '--all');
  const targets = p.operands.length ? p.operands : ['.'];
  let stderr = '';
  let code = 0;
  const fileArgs: string[] = [];
  const dirArgs: string[] = [];
  for (const t of targets) {
    if (call.fs.isFile(t)) fileArgs.push(t);
    else if (call.fs.isDir(t)) dirArgs.push(t);
    else {
      stderr += `ls: cannot access '${t}': No such file or directory\n`;
      code = 2;
    }
  }
  const render = (entries: { name: string; dir: boolean; size: number }[], withTotal: boolean): string => {
    if (long) {
      const width = Math.max(0, ...entries.map((e) => String(e.size).length));
      const rows = entries.map((e) => `${e.dir ? 'drwxr-xr-x 2' : '-rw-r--r-- 1'} learner learner ${String(e.size).padStart(width)} ${lsDate(call.now)} ${e.name}\n`);
      const total = entries.reduce((n, e) => n + Math.ceil(e.size / 4096) * 4, 0);
      return (withTotal ? `total ${total}\n` : '') + rows.join('');
    }
    if (entries.length === 0) return '';
    if (call.tty && !has(p, '-1')) return entries.map((e) => e.name).join('  ') + '\n';
    return entries.map((e) => e.name + '\n').join('');
  };
  const sizeOf = (path: string, dir: boolean) => (dir ? 4096 : byteLength(call.fs.read(path) ?? ''));
  const blocks: string[] = [];
  if (fileArgs.length) blocks.push(render(fileArgs.map((f) => ({ name: f, dir: false, size: sizeOf(f, false) })), false));
  for (const d of dirArgs) {
    const base = call.fs.normalize(d);
    const entries = call.fs.list(d).map((e) => ({ name: e.name, dir: e.dir, size: sizeOf(base ? `${base}/${e.name}` : e.name, e.dir) }));
    const dots = all ? [{ name: '.', dir: true, size: 4096 }, { name: '..', dir: true, size: 4096 }] : [];
    const shown = [...dots, ...entries.filter((e) => all || has(p, '-A') || !e.name.startsWith('.'))];
    const header = targets.length > 1 ? `${d}:\n` : '';
    blocks.push(header + render(shown, true));
  }
  return { exitCode: code, stdout: blocks.filter((b) => b).join('\n'), stderr };
};

export const rm: Tool = (call) => {
  const p = parseArgs(call.args, []);
  const bad = checkFlags(call, p, ['-f', '-r', '-R', '-v', '--force', '--recursive']);
  if (bad) return bad;
  const force = has(p, '-f', '--force');
  const recursive = has(p, '-r', '-R', '--recursive');
  if (p.operands.length === 0 && !force) return fail("rm: missing operand\nTry 'rm --help' for more information.");
  let stderr = '';
  for (const f of p.operands) {
    if (call.fs.isFile(f)) call.fs.remove(f);
    else if (call.fs.isDir(f)) {
      if (recursive) call.fs.removeTree(f);
      else stderr += `rm: cannot remove '${f}': Is a directory\n`;
    } else if (!force) stderr += `rm: cannot remove '${f}': No such file or directory\n`;
  }
  return { exitCode: stderr ? 1 : 0, stdout: '', stderr };
};

export const touch: Tool = (call) => {
  const p = parseArgs(call.args, []);
  if (p.operands.length === 0) return fail("touch: missing file operand\nTry 'touch --help' for more information.");
  let stderr = '';
  for (const f of p.operands) {
    if (call.fs.isFile(f) || call.fs.isDir(f)) continue;
    if (!call.fs.parentExists(f)) stderr += `touch: cannot touch '${f}': No such file or directory\n`;
    else call.fs.write(f, '');
  }
  return { exitCode: stderr ? 1 : 0, stdout: '', stderr };
};

export const mkdir: Tool = (call) => {
  const p = parseArgs(call.args, []);
  const bad = checkFlags(call, p, ['-p', '-v', '--parents']);
  if (bad) return bad;
  if (p.operands.length === 0) return fail("mkdir: missing operand\nTry 'mkdir --help' for more information.");
  const parents = has(p, '-p', '--parents');
  let stderr = '';
  for (const d of p.operands) {
    const key = call.fs.normalize(d);
    if (call.fs.isFile(d) || (call.fs.isDir(d) && !parents)) stderr += `mkdir: cannot create directory ‘${d}’: File exists\n`;
    else if (!parents && !call.fs.parentExists(d)) stderr += `mkdir: cannot create directory ‘${d}’: No such file or directory\n`;
    else if (key) {
      const segs = key.split('/');
      for (let i = 1; i <= segs.length; i++) call.fs.dirs.add(segs.slice(0, i).join('/'));
    }
  }
  return { exitCode: stderr ? 1 : 0, stdout: '', stderr };
};

export const tee: Tool = (call) => {
  const p = parseArgs(call.args, []);
  const bad = checkFlags(call, p, ['-a', '--append']);
  if (bad) return bad;
  let stderr = '';
  for (const f of p.operands) {
    if (f === '/dev/null') continue;
    if (call.fs.isDir(f) || !call.fs.parentExists(f)) stderr += `tee: ${f}: ${call.fs.isDir(f) ? 'Is a directory' : 'No such file or directory'}\n`;
    else if (has(p, '-a', '--append')) call.fs.append(f, call.stdin);
    else call.fs.write(f, call.stdin);
  }
  return { exitCode: stderr ? 1 : 0, stdout: call.stdin, stderr };
};

/** less and more page through text; the drill terminal just prints it. */
export const pager: Tool = (call) => {
  const input = readInputs(call, call.args.filter((a) => !a.startsWith('-')));
  return { exitCode: input.missing ? 1 : 0, stdout: input.text, stderr: input.errors };
};


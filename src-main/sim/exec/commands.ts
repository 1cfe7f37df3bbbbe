/**
 * The commands a learner runs with `kubectl exec POD -- CMD`: a small model of the binaries the
 * common images ship (busybox/alpine: wget, nslookup, ps; Debian-based nginx: curl, bash), each
 * answering from the container view (env, files) and the cluster network. A binary the image
 * lacks fails as containerd reports it; inside `sh -c` as the shell reports it (exit 127).
 */
import type { Cluster } from '../cluster/cluster';
import { fnv32a } from '../cluster/rng';
import type { ContainerView } from './container-view';
import { dnsServer } from './container-view';
import { httpGet, resolveHost } from './network';
import { parseScript } from './shell-words';

/** Bytes of UTF-8 text, as Content-Length and progress meters count. */
function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

export interface ExecResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

interface Ctx {
  cluster: Cluster;
  view: ContainerView;
  env: Map<string, string>;
}

type Binary = (args: string[], ctx: Ctx) => ExecResult;

const ok = (stdout = ''): ExecResult => ({ stdout, stderr: '', exitCode: 0 });
const fail = (stderr: string, exitCode = 1, stdout = ''): ExecResult => ({ stdout, stderr, exitCode });

const ROOT_DIRS: Record<ContainerView['distro'], string[]> = {
  busybox: ['bin', 'dev', 'etc', 'home', 'lib', 'lib64', 'proc', 'root', 'sys', 'tmp', 'usr', 'var'],
  debian: ['bin', 'boot', 'dev', 'etc', 'home', 'lib', 'lib64', 'media', 'mnt', 'opt', 'proc', 'root', 'run', 'sbin', 'srv', 'sys', 'tmp', 'usr', 'var'],
  netshoot: ['bin', 'dev', 'etc', 'home', 'lib', 'media', 'mnt', 'opt', 'proc', 'root', 'run', 'sbin', 'srv', 'sys', 'tmp', 'usr', 'var'],
  none: [],
};
const GNU = (v: ContainerView) => v.distro === 'debian';

function isDir(view: ContainerView, path: string): boolean {
  if (path === '/') return true;
  const p = path.replace(/\/+$/, '');
  const top = p.split('/')[1] ?? '';
  if (p.split('/').length === 2 && ROOT_DIRS[view.distro].includes(top)) return true;
  for (const f of view.files.keys()) if (f.startsWith(p + '/')) return true;
  return false;
}

function children(view: ContainerView, path: string): string[] {
  const p = path === '/' ? '' : path.replace(/\/+$/, '');
  const names = new Set<string>(p === '' ? ROOT_DIRS[view.distro] : []);
  if (p === '' && view.profile === 'nginx' && view.distro === 'debian') ['docker-entrypoint.d', 'docker-entrypoint.sh'].forEach((n) => names.add(n));
  for (const f of view.files.keys()) {
    if (!f.startsWith(p + '/')) continue;
    const rest = f.slice(p.length + 1).split('/')[0];
    if (rest) names.add(rest);
  }
  return [...names].sort();
}

function resolvePath(arg: string): string {
  const abs = arg.startsWith('/') ? arg : `/${arg}`;
  const parts: string[] = [];
  for (const seg of abs.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return '/' + parts.join('/');
}

const cat: Binary = (args, { view }) => {
  let out = '';
  let err = '';
  for (const a of args.filter((x) => !x.startsWith('-') || x === '-')) {
    const p = resolvePath(a);
    const content = view.files.get(p);
    if (content !== undefined) out += content;
    else if (isDir(view, p)) err += `cat: ${GNU(view) ? '' : 'read error: '}${GNU(view) ? a + ': ' : ''}Is a directory\n`;
    else err += `cat: ${GNU(view) ? a : `can't open '${a}'`}: No such file or directory\n`;
  }
  return { stdout: out, stderr: err, exitCode: err ? 1 : 0 };
};

const ls: Binary = (args, { view }) => {
  const paths = args.filter((a) => !a.startsWith('-'));
  const targets = paths.length ? paths : ['/'];
  let out = '';
  let err = '';
  targets.forEach((a, i) => {
    const p = resolvePath(a);
    if (view.files.has(p)) {
      out += `${a}\n`;
      return;
    }
    if (!isDir(view, p)) {
      err += GNU(view) ? `ls: cannot access '${a}': No such file or directory\n` : `ls: ${a}: No such file or directory\n`;
      return;
    }
    const names = children(view, p);
    if (targets.length > 1) out += `${i > 0 ? '\n' : ''}${a}:\n`;
    // ls prints one name a line when its output is not a terminal, columns when it is.
    out += view.tty ? (names.length ? names.join('  ') + '\n' : '') : names.map((n) => n + '\n').join('');
  });
  return { stdout: out, stderr: err, exitCode: err ? (GNU(view) ? 2 : 1) : 0 };
};

const env: Binary = (_args, { env }) => ok([...env].map(([k, v]) => `${k}=${v}\n`).join(''));

const printenv: Binary = (args, ctx) => {
  if (!args.length) return env(args, ctx);
  const values = args.map((a) => ctx.env.get(a));
  return { stdout: values.filter((v) => v !== undefined).map((v) => v + '\n').join(''), stderr: '', exitCode: values.every((v) => v !== undefined) ? 0 : 1 };
};

const echo: Binary = (args) => {
  const noNewline = args[0] === '-n';
  const words = noNewline ? args.slice(1) : args;
  return ok(words.join(' ') + (noNewline ? '' : '\n'));
};

const hostname: Binary = (_a, { env }) => ok(`${env.get('HOSTNAME') ?? ''}\n`);

const date: Binary = (_a, { cluster }) => {
  const d = new Date(cluster.now());
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const p = (n: number) => String(n).padStart(2, '0');
  const day = String(d.getUTCDate()).padStart(2, ' ');
  return ok(`${days[d.getUTCDay()]} ${months[d.getUTCMonth()]} ${day} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}\n`);
};

const ps: Binary = (_a, { view }) => {
  const c = view.container;
  const main = [...((c.command as string[]) ?? []), ...((c.args as string[]) ?? [])].join(' ') || (view.profile === 'nginx' ? 'nginx: master process nginx -g daemon off;' : 'sh');
  return ok(`PID   USER     TIME  COMMAND\n    1 root      0:00 ${main}\n    7 root      0:00 ps\n`);
};

function splitUrl(raw: string): { host: string; port: number; path: string } | undefined {
  const m = /^(?:(https?):\/\/)?([^/:?#]+)(?::(\d+))?([^?#]*)/.exec(raw);
  if (!m) return undefined;
  return { host: m[2]!, port: m[3] ? Number(m[3]) : m[1] === 'https' ? 443 : 80, path: m[4] || '/' };
}

const curl: Binary = (args, ctx) => {
  const silent = args.some((a) => /^-[a-zA-Z]*s/.test(a) && !a.startsWith('--'));
  const head = args.includes('-I') || args.includes('--head');
  const withValue = new Set(['-o', '-m', '-w', '-H', '-X', '-d', '--connect-timeout', '--max-time', '-u', '-A']);
  let url: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (withValue.has(args[i]!)) i++;
    else if (!args[i]!.startsWith('-')) url ??= args[i];
  }
  if (!url) return fail("curl: try 'curl --help' or 'curl --manual' for more information\n", 2);
  const u = splitUrl(url);
  if (!u) return fail(`curl: (3) URL rejected: Malformed input to a URL function\n`, 3);
  const target = resolveHost(ctx.cluster, ctx.view.namespace, u.host, ctx.view.pod);
  if (!target) return fail(`curl: (6) Could not resolve host: ${u.host}\n`, 6);
  const answer = httpGet(ctx.cluster, target, u.port, u.path);
  if (!answer.ok) {
    return answer.error === 'refused'
      ? fail(`curl: (7) Failed to connect to ${u.host} port ${u.port} after 0 ms: Couldn't connect to server\n`, 7)
      : fail(`curl: (28) Failed to connect to ${u.host} port ${u.port} after 134 ms: Couldn't connect to server\n`, 28);
  }
  const len = utf8Length(answer.body);
  const body = head ? `HTTP/1.1 ${answer.status} ${answer.status === 200 ? 'OK' : 'Not Found'}\r\nContent-Type: text/html\r\nContent-Length: ${len}\r\n\r\n` : answer.body;
  // curl draws its progress meter on stderr when stdout is not a terminal.
  const meter = silent || ctx.view.tty ? '' : `  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n${`100   ${String(len).padStart(3)}  100   ${String(len).padStart(3)}    0     0   600k      0 --:--:-- --:--:-- --:--:--  600k`}\n`;
  return { stdout: body, stderr: meter, exitCode: 0 };
};

const wget: Binary = (args, ctx) => {
  const quiet = args.some((a) => /^-[a-zA-Z]*q/.test(a));
  const toStdout = args.some((a) => /^-[a-zA-Z]*O-?$/.test(a) || a === '-O-' || /O-$/.test(a)) || args.includes('-');
  const spider = args.includes('--spider');
  const url = args.find((a) => !a.startsWith('-') && a !== '-');
  if (!url) return fail('BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n\t[--post-data STR | --post-file FILE] [-Y on/off]\n\t[-P DIR] [-U AGENT] [-T SEC] URL...\n', 1);
  const u = splitUrl(url);
  if (!u) return fail(`wget: bad address '${url}'\n`);
  const target = resolveHost(ctx.cluster, ctx.view.namespace, u.host, ctx.view.pod);
  if (!target) return fail(`wget: bad address '${u.host}'\n`);
  const connecting = quiet ? '' : `Connecting to ${u.host}${u.port !== 80 ? `:${u.port}` : ''} (${target.ip}:${u.port})\n`;
  const answer = httpGet(ctx.cluster, target, u.port, u.path);
  if (!answer.ok) return fail(`${connecting}wget: can't connect to remote host (${target.ip}): ${answer.error === 'refused' ? 'Connection refused' : 'Connection timed out'}\n`);
  if (answer.status !== 200) return fail(`${connecting}wget: server returned error: HTTP/1.1 404 Not Found\n`);
  if (spider) return { stdout: '', stderr: quiet ? '' : `${connecting}remote file exists\n`, exitCode: 0 };
  const len = utf8Length(answer.body);
  const bar = (name: string) => `${name.padEnd(20)} 100% |********************************|   ${len}  0:00:00 ETA\n`;
  if (toStdout) return { stdout: answer.body, stderr: quiet ? '' : `${connecting}writing to stdout\n${bar('-')}written to stdout\n`, exitCode: 0 };
  ctx.view.files.set('/index.html', answer.body);
  return { stdout: '', stderr: quiet ? '' : `${connecting}saving to 'index.html'\n${bar('index.html')}'index.html' saved\n`, exitCode: 0 };
};

const nslookup: Binary = (args, ctx) => {
  const name = args.find((a) => !a.startsWith('-'));
  const dns = dnsServer(ctx.cluster);
  const header = `Server:\t\t${dns}\nAddress:\t${dns}:53\n\n`;
  if (!name) return fail('BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n', 1);
  const r = resolveHost(ctx.cluster, ctx.view.namespace, name, ctx.view.pod);
  if (!r || r.fqdn === r.ip) {
    if (r) return ok(`${header}${r.ip.split('.').reverse().join('.')}.in-addr.arpa\tname = ${r.service ? `${r.service.metadata.name}.${r.service.metadata.namespace}.svc.cluster.local` : r.ip}\n\n`);
    return fail(`${header}** server can't find ${name}.${ctx.view.namespace}.svc.cluster.local: NXDOMAIN\n\n`, 1, '');
  }
  return ok(`${header}Name:\t${r.fqdn}\nAddress: ${r.ip}\n\n`);
};

/**
 * File changes inside one exec (cp, mv, rm, mkdir, touch). They last for the rest of the command
 * (a `sh -c` script) only: the simulator does not keep a container's filesystem between execs.
 */
function fileOp(op: 'cp' | 'mv' | 'rm' | 'mkdir' | 'touch'): Binary {
  return (args, { view }) => {
    const paths = args.filter((a) => !a.startsWith('-'));
    const gnu = GNU(view);
    const missingOperand = gnu ? `${op}: missing operand\nTry '${op} --help' for more information.\n` : `BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: ${op} ...\n`;
    if (paths.length === 0 || ((op === 'cp' || op === 'mv') && paths.length < 2)) return fail(missingOperand);
    const noFile = (a: string) => (gnu ? `${op}: cannot stat '${a}': No such file or directory\n` : `${op}: can't stat '${a}': No such file or directory\n`);
    switch (op) {
      case 'touch':
        for (const a of paths) if (!view.files.has(resolvePath(a)) && !isDir(view, resolvePath(a))) view.files.set(resolvePath(a), '');
        return ok();
      case 'mkdir':
        for (const a of paths) view.files.set(resolvePath(a) + '/', '');
        return ok();
      case 'rm': {
        let err = '';
        for (const a of paths) {
          const p = resolvePath(a);
          if (view.files.delete(p)) continue;
          if (isDir(view, p) && args.some((x) => /^-[a-zA-Z]*r/i.test(x))) {
            for (const k of [...view.files.keys()]) if (k.startsWith(p + '/')) view.files.delete(k);
          } else if (isDir(view, p)) err += gnu ? `rm: cannot remove '${a}': Is a directory\n` : `rm: '${a}' is a directory\n`;
          else if (!args.some((x) => /^-[a-zA-Z]*f/.test(x))) err += gnu ? `rm: cannot remove '${a}': No such file or directory\n` : `rm: can't remove '${a}': No such file or directory\n`;
        }
        return { stdout: '', stderr: err, exitCode: err ? 1 : 0 };
      }
      default: {
        const dest = resolvePath(paths[paths.length - 1]!);
        let err = '';
        for (const a of paths.slice(0, -1)) {
          const src = resolvePath(a);
          const content = view.files.get(src);
          if (content === undefined) {
            err += noFile(a);
            continue;
          }
          const target = isDir(view, dest) ? `${dest === '/' ? '' : dest}/${src.split('/').pop()}` : dest;
          const parent = target.slice(0, target.lastIndexOf('/')) || '/';
          if (!isDir(view, parent)) {
            err += gnu ? `${op}: cannot create regular file '${paths[paths.length - 1]}': No such file or directory\n` : `${op}: can't create '${paths[paths.length - 1]}': No such file or directory\n`;
            continue;
          }
          view.files.set(target, content);
          if (op === 'mv') view.files.delete(src);
        }
        return { stdout: '', stderr: err, exitCode: err ? 1 : 0 };
      }
    }
  };
}

const FILE_OPS = { cp: fileOp('cp'), mv: fileOp('mv'), rm: fileOp('rm'), mkdir: fileOp('mkdir'), touch: fileOp('touch') };

const BUSYBOX: Record<string, Binary> = {
  ...FILE_OPS,
  cat, ls, env, printenv, echo, hostname, date, ps, wget, nslookup,
  pwd: () => ok('/\n'),
  whoami: () => ok('root\n'),
  id: () => ok('uid=0(root) gid=0(root) groups=0(root),10(wheel)\n'),
  uname: (a) => ok(a.includes('-a') ? 'Linux sim 6.8.0-sim #1 SMP x86_64 GNU/Linux\n' : 'Linux\n'),
  sleep: () => ok(),
  true: () => ok(),
  false: () => fail('', 1),
};

const DEBIAN: Record<string, Binary> = {
  ...FILE_OPS,
  cat, ls, env, printenv, echo, hostname, date,
  pwd: BUSYBOX.pwd!, whoami: BUSYBOX.whoami!, id: () => ok('uid=0(root) gid=0(root) groups=0(root)\n'), uname: BUSYBOX.uname!, sleep: BUSYBOX.sleep!, true: BUSYBOX.true!, false: BUSYBOX.false!,
};

/** The binaries of the container's image. */
function binaries(view: ContainerView): Record<string, Binary> {
  switch (view.distro) {
    case 'none':
      return {};
    case 'busybox':
      return /curl/.test(String(view.container.image)) ? { ...BUSYBOX, curl } : BUSYBOX;
    case 'netshoot':
      return { ...BUSYBOX, curl, bash: shell('bash') };
    case 'debian':
      return { ...DEBIAN, bash: shell('bash'), ...(view.profile === 'nginx' ? { curl } : {}) };
  }
}

function notFoundInShell(kind: string, view: ContainerView, cmd: string): string {
  if (kind === 'bash') return `bash: line 1: ${cmd}: command not found\n`;
  return view.distro === 'debian' ? `sh: 1: ${cmd}: not found\n` : `sh: ${cmd}: not found\n`;
}

function shell(kind: 'sh' | 'bash'): Binary {
  return (args, ctx) => {
    const c = args.indexOf('-c');
    if (c < 0 || c + 1 >= args.length) {
      if (args.length === 0) return ok();
      return fail(`${kind}: ${args[0]}: No such file or directory\n`, kind === 'bash' ? 127 : 2);
    }
    const steps = parseScript(args[c + 1]!, ctx.env);
    if (!Array.isArray(steps)) return fail(`${kind}: ${steps.unsupported} are not modelled in the simulated container\n`, 2);
    let result: ExecResult = ok();
    let out = '';
    let err = '';
    for (const step of steps) {
      if (step.join === '&&' && result.exitCode !== 0) continue;
      if (step.join === '||' && result.exitCode === 0) continue;
      const [cmd, ...rest] = step.words as [string, ...string[]];
      const assign = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(cmd);
      if (assign && rest.length === 0) {
        ctx.env.set(assign[1]!, assign[2]!);
        result = ok();
        continue;
      }
      if (cmd === 'export') {
        for (const a of rest) {
          const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(a);
          if (m) ctx.env.set(m[1]!, m[2]!);
        }
        result = ok();
        continue;
      }
      if (cmd === 'exit') return { stdout: out, stderr: err, exitCode: Number(rest[0] ?? 0) || 0 };
      const bin = binaries(ctx.view)[cmd.split('/').pop()!] ?? (cmd === 'sh' ? shell('sh') : undefined);
      result = bin ? bin(rest, ctx) : fail(notFoundInShell(kind, ctx.view, cmd), 127);
      out += result.stdout;
      err += result.stderr;
    }
    return { stdout: out, stderr: err, exitCode: result.exitCode };
  };
}

/**
 * Runs `argv` in the container. `notFound` carries containerd's error for a binary the image does
 * not have (kubectl prints it as an internal error, exit 1).
 */
export function runInContainer(cluster: Cluster, view: ContainerView, argv: readonly string[]): ExecResult | { notFound: string } {
  const [cmd, ...args] = argv as [string, ...string[]];
  const ctx: Ctx = { cluster, view, env: new Map(view.env) };
  const table = binaries(view);
  const name = cmd.split('/').pop()!;
  const bin = table[name] ?? (view.distro !== 'none' && name === 'sh' ? shell('sh') : undefined);
  if (!bin) {
    const id = (fnv32a(`${view.pod.metadata.uid}/${argv.join(' ')}`) >>> 0).toString(16).padStart(8, '0').repeat(8);
    return { notFound: `Internal error occurred: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "${id}": OCI runtime exec failed: exec failed: unable to start container process: exec: "${cmd}": executable file not found in $PATH: unknown` };
  }
  return bin(args, ctx);
}

/**
 * What a container's main process does, decided from its image and command: how long it runs,
 * how it exits, how fast it stops on SIGTERM, and what it prints. Log lines are computed per index
 * from a hash (not the cluster RNG), so any slice of a long log is cheap and always the same.
 */
import { hashInts } from './rng';
import type { CatalogueEntry } from './images';

type Json = Record<string, any>;

export interface LogLine {
  /** ms since epoch. */
  t: number;
  text: string;
}

export interface RunInfo {
  /** When the process started, ms since epoch. */
  start: number;
  /** A stable per-run key (pod uid, container, restart count) for per-line randomness. */
  key: string;
  podIP?: string;
}

export interface ProcessModel {
  /** How long it runs before exiting on its own; undefined = until stopped. */
  runsForMs?: number;
  exitCode: number;
  /** Time to exit after SIGTERM; PID 1 without a handler (shells, sleep, ping) never does. */
  stopsOnTermMs?: number;
  /** Lines printed at start (relative times in ms). */
  header(run: RunInfo): LogLine[];
  /** A line printed periodically: mean period and the k-th line (k from 0). */
  periodic?: { everyMs: number; jitter?: boolean; line(k: number, t: number, run: RunInfo): string };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function nginxTime(t: number): string {
  const d = new Date(t);
  return `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

function clfTime(t: number): string {
  const d = new Date(t);
  return `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}

function redisTime(t: number): string {
  const d = new Date(t);
  return `${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`;
}

function dateCommand(t: number): string {
  const d = new Date(t);
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`;
}

const at = (run: RunInfo, ms: number, text: string): LogLine => ({ t: run.start + ms, text });

/** A hostname's address, stable per name (the simulated DNS). */
function resolveHost(host: string): string {
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) return host;
  const h = hashInts('dns', host);
  return `142.250.${(h >>> 8) & 255}.${h & 255}`;
}

function pingModel(target: string, count?: number): ProcessModel {
  const ip = resolveHost(target);
  return {
    runsForMs: count !== undefined ? count * 1000 : undefined,
    exitCode: 0,
    header: (run) => [at(run, 5, `PING ${target} (${ip}): 56 data bytes`)],
    periodic: {
      everyMs: 1000,
      line: (k, _t, run) => `64 bytes from ${ip}: seq=${k} ttl=42 time=${(0.3 + (hashInts(run.key, k) % 1500) / 100).toFixed(3)} ms`,
    },
  };
}

const NGINX_START = [
  '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
  '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
  '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
  '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
  '/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
  '/docker-entrypoint.sh: Configuration complete; ready for start up',
];

const USER_AGENTS = ['curl/8.5.0', 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36', 'Wget', 'kube-probe/1.32'];

const nginxModel: ProcessModel = {
  exitCode: 0,
  stopsOnTermMs: 300,
  header: (run) => {
    const t = nginxTime(run.start + 20);
    const lines = NGINX_START.map((text, i) => at(run, 5 + i, text));
    for (const text of ['using the "epoll" event method', 'nginx/1.27.3', 'built by gcc 12.2.0 (Debian 12.2.0-14) ', 'OS: Linux 6.8.0-51-generic', 'getrlimit(RLIMIT_NOFILE): 1048576:1048576', 'start worker processes']) {
      lines.push(at(run, 20, `${t} [notice] 1#1: ${text}`));
    }
    for (let w = 0; w < 8; w++) lines.push(at(run, 20, `${t} [notice] 1#1: start worker process ${29 + w}`));
    return lines;
  },
  periodic: {
    everyMs: 45_000,
    jitter: true,
    line: (k, t, run) => {
      const h = hashInts(run.key, 'req', k);
      const client = `10.244.${h % 2}.${1 + ((h >>> 4) % 3)}`;
      return `${client} - - [${clfTime(t)}] "GET / HTTP/1.1" 200 615 "-" "${USER_AGENTS[(h >>> 8) % USER_AGENTS.length]}" "-"`;
    },
  },
};

function httpdModel(): ProcessModel {
  return {
    exitCode: 0,
    stopsOnTermMs: 500,
    header: (run) => {
      const d = new Date(run.start + 30);
      const stamp = `[${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}123 ${d.getUTCFullYear()}]`;
      const ip = run.podIP ?? '10.244.1.2';
      const fqdn = `AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using ${ip}. Set the 'ServerName' directive globally to suppress this message`;
      return [
        at(run, 10, fqdn),
        at(run, 20, fqdn),
        at(run, 30, `${stamp} [mpm_event:notice] [pid 1:tid 1] AH00489: Apache/2.4.62 (Unix) configured -- resuming normal operations`),
        at(run, 30, `${stamp} [core:notice] [pid 1:tid 1] AH00094: Command line: 'httpd -D FOREGROUND'`),
      ];
    },
  };
}

const redisModel: ProcessModel = {
  exitCode: 0,
  stopsOnTermMs: 200,
  header: (run) => {
    const c = (ms: number, role: string, text: string) => at(run, ms, `1:${role} ${redisTime(run.start + ms)} ${text}`);
    return [
      c(5, 'C', '* oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo'),
      c(5, 'C', '* Redis version=7.4.1, bits=64, commit=00000000, modified=0, pid=1, just started'),
      c(5, 'C', '# Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf'),
      c(6, 'M', '* monotonic clock: POSIX clock_gettime'),
      c(6, 'M', '* Running mode=standalone, port=6379.'),
      c(7, 'M', '* Server initialized'),
      c(7, 'M', '* Ready to accept connections tcp'),
    ];
  },
};

function databaseModel(name: string): ProcessModel {
  return {
    exitCode: 0,
    stopsOnTermMs: 1500,
    header: (run) => [
      at(run, 10, `${name}: initializing database files`),
      at(run, 1200, `${name}: database system is ready to accept connections`),
    ],
  };
}

function serverModel(image: string, port: number): ProcessModel {
  const app = image.split('/').pop()!.split(':')[0]!.split('@')[0]!;
  return {
    exitCode: 0,
    stopsOnTermMs: 500,
    header: (run) => [at(run, 50, `Starting ${app}...`), at(run, 900, `Listening on 0.0.0.0:${port}`), at(run, 950, 'Ready to accept connections')],
  };
}

/** dockercoins: the worker reports its throughput, the others are small web services. */
function workerModel(image: string): ProcessModel {
  const app = image.split('/').pop()!.split(':')[0]!;
  if (app === 'worker') {
    return {
      exitCode: 0,
      stopsOnTermMs: 10_000,
      header: () => [],
      periodic: { everyMs: 1000, line: (k, _t, run) => `INFO:__main__:${(hashInts(run.key, k) % 10) + 1} units of work done, updating hash counter` },
    };
  }
  return {
    exitCode: 0,
    stopsOnTermMs: 300,
    header: (run) => [at(run, 400, ` * Running on http://0.0.0.0:80/ (Press CTRL+C to quit)`)],
    periodic: { everyMs: 1000, line: (_k, t) => `10.244.1.1 - - [${clfTime(t).replace(' +0000', '')}] "GET / HTTP/1.1" 200 -` },
  };
}

const silentExit = (code: number, lines: string[] = []): ProcessModel => ({
  runsForMs: 50,
  exitCode: code,
  header: (run) => lines.map((text, i) => at(run, 10 + i, text)),
});

const HELLO = [
  '',
  'Hello from Docker!',
  'This message shows that your installation appears to be working correctly.',
  '',
];

/** Splits a shell script on `;`, `&&` and newlines (enough for the one-liners drills use). */
function splitScript(script: string): string[] {
  return script
    .split(/;|&&|\n/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function unquote(word: string): string {
  return word.replace(/^(['"])(.*)\1$/, '$2');
}

/** A `sh -c` one-liner: echo lines, sleeps, `while true` loops, `exit N`. */
function shellScriptModel(script: string): ProcessModel {
  const loop = /while\s+(?:true|:)\s*;?\s*do(.*?)done/s.exec(script);
  if (loop) {
    const body = splitScript(loop[1]!);
    const echo = body.find((s) => s.startsWith('echo '));
    const sleep = body.find((s) => s.startsWith('sleep '));
    const every = sleep ? Math.max(0.001, Number(sleep.slice(6).trim()) || 1) * 1000 : 1000;
    const isDate = body.some((s) => s === 'date');
    return {
      exitCode: 0,
      header: () => [],
      periodic: { everyMs: every, line: (_k, t) => (isDate ? dateCommand(t) : echo ? unquote(echo.slice(5).trim()) : '') },
    };
  }
  const lines: string[] = [];
  let runs = 0;
  let exitCode = 0;
  let forever = false;
  for (const cmd of splitScript(script)) {
    if (cmd.startsWith('echo ')) lines.push(unquote(cmd.slice(5).trim()));
    else if (cmd === 'date') lines.push('\u0000date');
    else if (/^sleep\s+(infinity|inf)$/.test(cmd) || /^tail\s+-f/.test(cmd)) forever = true;
    else if (cmd.startsWith('sleep ')) runs += (Number(cmd.slice(6).trim()) || 0) * 1000;
    else if (/^exit\s+\d+$/.test(cmd)) {
      exitCode = Number(cmd.slice(5));
      break;
    } else if (cmd === 'false') {
      exitCode = 1;
      break;
    }
  }
  return {
    runsForMs: forever ? undefined : Math.max(50, runs),
    exitCode,
    header: (run) => lines.map((text, i) => at(run, 10 + i, text === '\u0000date' ? dateCommand(run.start) : text)),
  };
}

/** The main process of a container. `entry` is the catalogue entry (undefined for unknown images). */
export function processFor(container: Json, entry: CatalogueEntry | undefined): ProcessModel {
  const argv: string[] = [...(container.command ?? []), ...(container.args ?? [])];
  const image: string = container.image ?? '';
  const port: number = container.ports?.[0]?.containerPort ?? 8080;
  const profile = entry?.profile ?? 'server';
  // An explicit command replaces the entrypoint; args alone replace the default command, which for
  // shell images is the whole command line (alpine's entrypoint is empty).
  const explicit = container.command?.length || (profile === 'shell' && argv.length);
  if (explicit) {
    const [cmd, ...rest] = argv;
    const base = (cmd ?? '').split('/').pop()!;
    if ((base === 'sh' || base === 'bash' || base === 'ash') && rest[0] === '-c') return shellScriptModel(rest.slice(1).join(' '));
    if (base === 'ping') {
      const cIdx = rest.indexOf('-c');
      const count = cIdx >= 0 ? Number(rest[cIdx + 1]) : undefined;
      const target = rest.filter((a, i) => !a.startsWith('-') && !(i > 0 && rest[i - 1] === '-c')).pop() ?? 'localhost';
      return pingModel(target, count);
    }
    if (base === 'sleep') {
      const secs = rest[0];
      return secs === 'infinity' || secs === 'inf' ? { exitCode: 0, header: () => [] } : { runsForMs: Math.max(50, (Number(secs) || 0) * 1000), exitCode: 0, header: () => [] };
    }
    if (base === 'echo') return silentExit(0, [rest.map(unquote).join(' ')]);
    if (base === 'date') return { runsForMs: 50, exitCode: 0, header: (run) => [at(run, 10, dateCommand(run.start))] };
    if (base === 'true') return silentExit(0);
    if (base === 'false') return silentExit(1);
    if (base === 'tail' && rest.includes('-f')) return { exitCode: 0, header: () => [] };
    if (base === 'env' || base === 'printenv') return silentExit(0, ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', `HOSTNAME=${container.name}`, 'HOME=/root']);
    if (profile === 'shell') return silentExit(0);
  }
  switch (profile) {
    case 'shell':
    case 'runtime':
      // sh, bash or a REPL with no terminal reads EOF and exits at once: the classic CrashLoopBackOff.
      return silentExit(0);
    case 'hello':
      return silentExit(0, HELLO);
    case 'nginx':
      return nginxModel;
    case 'httpd':
      return httpdModel();
    case 'redis':
      return redisModel;
    case 'database':
      return databaseModel(image.split('/').pop()!.split(':')[0]!);
    case 'worker':
      return workerModel(image);
    case 'server':
      return serverModel(image, port);
  }
}

/** The lines a run printed between its start and `until` (ms), oldest first. */
export function runLines(model: ProcessModel, run: RunInfo, until: number): LogLine[] {
  const out = model.header(run).filter((l) => l.t <= until);
  const p = model.periodic;
  if (p) {
    const count = Math.max(0, Math.floor((until - run.start) / p.everyMs) + 1);
    for (let k = 0; k < count; k++) {
      const jitter = p.jitter ? hashInts(run.key, 'j', k) % p.everyMs : 10;
      const t = run.start + k * p.everyMs + jitter + (p.jitter ? p.everyMs : 0);
      if (t > until) break;
      out.push({ t, text: p.line(k, t, run) });
    }
  }
  return out;
}

/** The last `n` lines without generating the rest (periodic lines have known times). */
export function lastRunLines(model: ProcessModel, run: RunInfo, until: number, n: number): LogLine[] {
  const p = model.periodic;
  if (!p) return model.header(run).filter((l) => l.t <= until).slice(-n);
  const total = Math.max(0, Math.floor((until - run.start) / p.everyMs) + 1);
  const from = Math.max(0, total - n - 1);
  const out: LogLine[] = [];
  for (let k = from; k < total; k++) {
    const jitter = p.jitter ? hashInts(run.key, 'j', k) % p.everyMs : 10;
    const t = run.start + k * p.everyMs + jitter + (p.jitter ? p.everyMs : 0);
    if (t > until) break;
    out.push({ t, text: p.line(k, t, run) });
  }
  if (out.length < n) return [...model.header(run).filter((l) => l.t <= until), ...out].slice(-n);
  return out.slice(-n);
}

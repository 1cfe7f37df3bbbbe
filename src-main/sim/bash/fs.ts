/**
 * The working directory as the shell sees it: the simulator's virtual files (the same map
 * `kubectl apply -f` reads) plus the folders made with mkdir. Paths are relative to the learner's
 * home, so `./web.yaml`, `~/web.yaml` and `/home/learner/web.yaml` name the same file.
 */
export const HOME = '/home/learner';

export class VirtualFs {
  constructor(
    readonly files: Map<string, string>,
    readonly dirs: Set<string>,
  ) {}

  /** The map key of a path: `./a//b/` → `a/b`; `.` and the home folder → ''. */
  normalize(path: string): string {
    let p = path;
    if (p === '~' || p === HOME) return '';
    if (p.startsWith('~/')) p = p.slice(2);
    else if (p.startsWith(HOME + '/')) p = p.slice(HOME.length + 1);
    const segs: string[] = [];
    for (const seg of p.split('/')) {
      if (seg === '' || seg === '.') continue;
      if (seg === '..' && segs.length && segs[segs.length - 1] !== '..') segs.pop();
      else segs.push(seg);
    }
    return (p.startsWith('/') ? '/' : '') + segs.join('/');
  }

  read(path: string): string | undefined {
    return this.files.get(this.normalize(path));
  }

  write(path: string, content: string): void {
    this.files.set(this.normalize(path), content);
  }

  append(path: string, content: string): void {
    const key = this.normalize(path);
    this.files.set(key, (this.files.get(key) ?? '') + content);
  }

  isFile(path: string): boolean {
    return this.files.has(this.normalize(path));
  }

  isDir(path: string): boolean {
    const key = this.normalize(path);
    if (key === '' || key === '/' || key === '/tmp' || this.dirs.has(key)) return true;
    const prefix = key + '/';
    for (const name of this.files.keys()) if (name.startsWith(prefix)) return true;
    for (const name of this.dirs) if (name.startsWith(prefix)) return true;
    return false;
  }

  /** Whether a file could be created there: its folder exists (/tmp always does). */
  parentExists(path: string): boolean {
    const key = this.normalize(path);
    const slash = key.lastIndexOf('/');
    return slash <= 0 || this.isDir(key.slice(0, slash));
  }

  remove(path: string): boolean {
    return this.files.delete(this.normalize(path));
  }

  /** Removes a folder and everything under it. */
  removeTree(path: string): void {
    const key = this.normalize(path);
    const prefix = key + '/';
    for (const name of [...this.files.keys()]) if (name.startsWith(prefix)) this.files.delete(name);
    for (const name of [...this.dirs]) if (name === key || name.startsWith(prefix)) this.dirs.delete(name);
  }

  /** The entries directly inside a folder, sorted as ls sorts them (folders carry no slash). */
  list(path: string): { name: string; dir: boolean }[] {
    const key = this.normalize(path);
    const prefix = key === '' ? '' : key + '/';
    const entries = new Map<string, boolean>();
    const add = (full: string, isDirEntry: boolean) => {
      if (!full.startsWith(prefix) || full === key) return;
      const rest = full.slice(prefix.length);
      if (rest.startsWith('/')) return;
      const slash = rest.indexOf('/');
      if (slash >= 0) entries.set(rest.slice(0, slash), true);
      else if (!entries.get(rest)) entries.set(rest, isDirEntry);
    };
    for (const name of this.files.keys()) add(name, false);
    for (const name of this.dirs) add(name, true);
    return [...entries].map(([name, dir]) => ({ name, dir })).sort((a, b) => lsCompare(a.name, b.name));
  }
}

/** ls's order in the C.UTF-8 locale of a drill container: by name, case-insensitively, then exactly. */
function lsCompare(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

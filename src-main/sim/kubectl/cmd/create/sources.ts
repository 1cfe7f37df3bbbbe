/**
 * The data sources of configmaps and secrets: --from-literal, --from-file (from the learner's
 * virtual working directory), --from-env-file, with kubectl's errors (hash.go / util's env file
 * reader).
 */
import { CliError } from '../../errors';
import type { Invocation } from '../../invocation';
import { parseLiteral } from './common';

export function collectData(inv: Invocation): Map<string, string> {
  const data = new Map<string, string>();
  const put = (k: string, v: string) => {
    validateKey(k);
    if (data.has(k)) throw new CliError(`cannot add key "${k}", another key by that name already exists in Data for ConfigMap "${inv.args[0] ?? ''}"`);
    data.set(k, v);
  };
  for (const f of inv.flags.slice('from-file')) {
    const eq = f.indexOf('=');
    const key = eq > 0 ? f.slice(0, eq) : basename(f);
    const path = eq > 0 ? f.slice(eq + 1) : f;
    put(key, readFile(inv, path));
  }
  for (const lit of inv.flags.list('from-literal')) {
    const [k, v] = parseLiteral(lit);
    put(k, v);
  }
  for (const envFile of inv.flags.list('from-env-file')) {
    for (const [k, v] of parseEnvFile(readFile(inv, envFile), envFile)) put(k, v);
  }
  return data;
}

export function readFile(inv: Invocation, path: string): string {
  const text = inv.env.files.get(path) ?? inv.env.files.get(path.replace(/^\.\//, ''));
  if (text === undefined) throw new CliError(`error reading ${path}: no such file or directory`);
  return text;
}

function basename(path: string): string {
  return path.split('/').filter(Boolean).pop() ?? path;
}

function validateKey(k: string): void {
  if (!/^[-._a-zA-Z0-9]+$/.test(k) || k.length > 253) {
    throw new CliError(`"${k}" is not a valid key name for a ConfigMap: a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')`);
  }
  if (k === '.' || k === '..' || k.startsWith('..')) throw new CliError(`"${k}" is not a valid key name for a ConfigMap: must not be '.' or '..'`);
}

/** KEY=VALUE lines; `#` comments and blank lines skipped; a bare KEY takes the (empty) environment value. */
export function parseEnvFile(text: string, file: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/^\ufeff/, '').replace(/\r$/, '');
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    const eq = line.indexOf('=');
    const key = (eq >= 0 ? line.slice(0, eq) : line).trimStart();
    if (!/^[-._a-zA-Z][-._a-zA-Z0-9]*$/.test(key)) {
      throw new CliError(`"${key}" is not a valid key name: a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')`);
    }
    void file;
    void i;
    if (eq >= 0) out.push([key, line.slice(eq + 1)]);
  });
  return out;
}

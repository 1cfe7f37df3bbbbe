/**
 * Objects from `-f FILE` (the learner's virtual working directory): YAML or JSON, several
 * documents separated by `---`, `kind: List` unpacked, as cli-runtime's resource.Builder reads them.
 */
import { parseAllDocuments } from 'yaml';
import type { KObject } from '../api/types';
import { CliError } from './errors';
import type { Invocation } from './invocation';

export function readManifests(inv: Invocation, filenames: string[]): KObject[] {
  const objects: KObject[] = [];
  for (const name of filenames) {
    if (name === '-') throw new CliError('reading from stdin is not supported by the simulator yet');
    const text = inv.env.files.get(name) ?? inv.env.files.get(name.replace(/^\.\//, ''));
    if (text === undefined) throw new CliError(`the path "${name}" does not exist`);
    objects.push(...parseManifests(text, name));
  }
  return objects;
}

export function parseManifests(text: string, source: string): KObject[] {
  const out: KObject[] = [];
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length) throw new CliError(`error parsing ${source}: ${doc.errors[0]!.message.split('\n')[0]}`);
    const value: unknown = doc.toJS();
    if (value === null || value === undefined) continue;
    if (typeof value !== 'object' || Array.isArray(value)) throw new CliError(`error validating data: invalid object in ${source}`);
    const obj = value as KObject;
    if (!obj.kind) throw new CliError(`error validating data: [apiVersion not set, kind not set]; if you choose to ignore these errors, turn validation off with --validate=false`.replace('[apiVersion not set, kind not set]', obj.apiVersion ? 'kind not set' : '[apiVersion not set, kind not set]'));
    if (obj.kind.endsWith('List') && Array.isArray(obj.items)) out.push(...(obj.items as KObject[]));
    else out.push(obj);
  }
  return out;
}

/**
 * Objects from `-f FILE` (the learner's virtual working directory): YAML or JSON, several
 * documents separated by `---`, `kind: List` unpacked, as cli-runtime's resource.Builder reads them.
 */
import { parseAllDocuments } from 'yaml';
import { isStatusError, StatusError } from '../api/errors';
import type { KObject } from '../api/types';
import { CliError } from './errors';
import type { Invocation } from './invocation';
import { checkTypeMeta } from './validate-manifest';

/** An object and the file it came from, which kubectl names in its per-object errors. */
export interface SourcedObject {
  object: KObject;
  source: string;
}

export function readManifestSources(inv: Invocation, filenames: string[]): SourcedObject[] {
  const objects: SourcedObject[] = [];
  for (const name of filenames) {
    if (name === '-') throw new CliError('reading from stdin is not supported by the simulator yet');
    const text = inv.env.files.get(name) ?? inv.env.files.get(name.replace(/^\.\//, ''));
    if (text === undefined) throw new CliError(`the path "${name}" does not exist`);
    for (const object of parseManifests(text, name)) objects.push({ object, source: name });
  }
  return objects;
}

export function readManifests(inv: Invocation, filenames: string[]): KObject[] {
  return readManifestSources(inv, filenames).map((s) => s.object);
}

export function parseManifests(text: string, source: string): KObject[] {
  const out: KObject[] = [];
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length) throw new CliError(`error parsing ${source}: ${doc.errors[0]!.message.split('\n')[0]}`);
    const value: unknown = doc.toJS();
    if (value === null || value === undefined) continue;
    if (typeof value !== 'object' || Array.isArray(value)) throw new CliError(`error validating data: invalid object in ${source}`);
    const obj = value as KObject;
    checkTypeMeta(value as Record<string, unknown>, source);
    if (obj.kind.endsWith('List') && Array.isArray(obj.items)) out.push(...(obj.items as KObject[]));
    else out.push(obj);
  }
  return out;
}

/**
 * cmdutil.AddSourceToErr: an API error about an object from a file names the file
 * (`error when creating "pod.yaml": pods "x" already exists`). Invalid errors print their causes
 * instead of the message, so they are left as they are.
 */
export function withSource(e: unknown, verb: string, source: string): unknown {
  if (!isStatusError(e) || e.reason === 'Invalid') return e;
  return new StatusError(`error when ${verb} "${source}": ${e.message}`, e.reason, e.code, e.details);
}

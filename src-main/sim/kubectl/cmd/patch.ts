/**
 * kubectl patch (-f FILENAME | TYPE NAME) [-p PATCH|--patch-file FILE] (kubectl/pkg/cmd/patch):
 * the patch (JSON or YAML) is applied as the API server applies it — strategic merge by default,
 * `--type merge` (RFC 7386) or `--type json` (RFC 6902) — and the result stored; `patched` or
 * `patched (no change)` is printed. With --local the file's objects are patched and printed only.
 * Honoured: -p, --patch-file, --type, -f, --local, --dry-run, -o, -n, --subresource=scale
 * (replicas of scalable kinds). Accepted without effect: --field-manager, -R, -k, --template,
 * --show-managed-fields, --allow-missing-template-keys, --record.
 */
import { parse as parseYaml } from 'yaml';
import type { KObject } from '../../api/types';
import { StatusError } from '../../api/errors';
import { deepCopy } from '../../cluster/objects';
import { applyJsonPatch, applyMergePatch, applyStrategicPatch, jsonEqual, parseJsonPatch, PatchError, type JsonMap } from '../../patch';
import { CliError, ExitError, RESOURCES_REQUIRED } from '../errors';
import { dryRunStrategy } from '../dry-run';
import { namespaceOf, type Invocation, type Verb } from '../invocation';
import { readManifests } from '../manifests';
import { objectPrinter } from '../print-flags';
import { recordChangeCause } from '../record';
import { collectTargets } from './targets';

export type PatchType = 'strategic' | 'merge' | 'json';
const PATCH_TYPES: readonly PatchType[] = ['json', 'merge', 'strategic'];

/** The patch text as kubectl reads it: YAML or JSON, turned into JSON (sigs.k8s.io/yaml.ToJSON). */
export function parsePatchText(text: string): unknown {
  try {
    return parseYaml(text, { version: '1.1' }) as unknown;
  } catch (e) {
    const msg = e instanceof Error ? e.message.split('\n')[0]! : String(e);
    throw new CliError(`unable to parse "${text}": yaml: ${msg}`);
  }
}

/** Applies a parsed patch of `type` to an object. Throws PatchError when the patch does not apply. */
export function patchObject(obj: KObject, patch: unknown, type: PatchType): KObject {
  switch (type) {
    case 'json':
      return applyJsonPatch(obj, parseJsonPatch(patch)) as KObject;
    case 'merge':
      return applyMergePatch(obj, patch) as KObject;
    case 'strategic':
      return applyStrategicPatch(obj as unknown as JsonMap, patch, obj.kind) as unknown as KObject;
  }
}

/** How the API server reports a patch that does not apply. */
function serverError(e: PatchError, type: PatchType): Error {
  if (type === 'json') {
    if (e.message.startsWith('json: ')) return new StatusError(e.message, 'BadRequest', 400);
    return new ExitError(1, '', 'The request is invalid: the server rejected our request due to an error in our request\n');
  }
  return new ExitError(1, '', `Error from server: ${e.message}\n`);
}

const SCALABLE = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'ReplicationController']);

/** The `scale` subresource of a workload (autoscaling/v1 Scale), which `--subresource=scale` prints. */
function scaleOf(o: KObject): KObject {
  const spec = (o.spec ?? {}) as { replicas?: number; selector?: { matchLabels?: Record<string, string> } };
  const status = (o.status ?? {}) as { replicas?: number };
  const selector = Object.entries(spec.selector?.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`).join(',');
  const { name, namespace, uid, resourceVersion, creationTimestamp } = o.metadata;
  return {
    apiVersion: 'autoscaling/v1',
    kind: 'Scale',
    metadata: { name, namespace, uid, resourceVersion, creationTimestamp },
    spec: { replicas: spec.replicas ?? 1 },
    status: { replicas: status.replicas ?? 0, ...(selector ? { selector } : {}) },
  };
}

function readPatch(inv: Invocation): string {
  const f = inv.flags;
  const inline = f.string('patch');
  const file = f.string('patch-file');
  if (inline && file) throw new CliError('cannot specify --patch and --patch-file together');
  if (!inline && !file) throw new CliError('must specify --patch or --patch-file containing the contents of the patch');
  if (inline) return inline;
  const text = inv.env.files.get(file) ?? inv.env.files.get(file.replace(/^\.\//, ''));
  if (text === undefined) throw new CliError(`unable to read patch file: open ${file}: no such file or directory`);
  return text;
}

export const patch: Verb = {
  path: 'patch',
  run(inv) {
    const f = inv.flags;
    const local = f.bool('local');
    const dryRun = dryRunStrategy(inv);
    const text = readPatch(inv);
    if (local && inv.args.length) throw new CliError('cannot specify --local and server resources');
    if (local && dryRun === 'server') throw new CliError('cannot specify --local and --dry-run=server - did you mean --dry-run=client?');
    const rawType = f.string('type') || 'strategic';
    const type = rawType.toLowerCase() as PatchType;
    if (!PATCH_TYPES.includes(type)) throw new CliError(`--type must be one of [json merge strategic], not "${rawType}"`);
    const subresource = f.string('subresource');
    if (subresource && subresource !== 'scale' && subresource !== 'status') throw new CliError(`invalid subresource value: "${subresource}". Must be one of [status scale]`);
    if (inv.args.length === 0 && f.list('filename').length === 0) throw new CliError(RESOURCES_REQUIRED);
    const parsed = parsePatchText(text);
    if (local) return patchLocal(inv, parsed, type, dryRun);
    const targets = collectTargets(inv, namespaceOf(inv));
    if (targets.objects.length === 0) {
      targets.finish();
      throw new CliError('no objects passed to patch');
    }
    for (const live of targets.objects) {
      if (subresource === 'scale' && !SCALABLE.has(live.kind)) throw new StatusError('the server could not find the requested resource', 'NotFound', 404);
      let patched: KObject;
      try {
        patched = patchObject(deepCopy(live) as KObject, parsed, type);
      } catch (e) {
        if (e instanceof PatchError) throw serverError(e, type);
        throw e;
      }
      const changed = !jsonEqual(patched, live);
      let result: KObject = live;
      if (changed) {
        recordChangeCause(inv, patched);
        // The server patches the version it holds: a resourceVersion changed by the patch is not a precondition.
        patched.metadata = { ...patched.metadata, resourceVersion: live.metadata.resourceVersion };
        result = dryRun === 'client' ? patched : inv.env.cluster.update(patched, { dryRun: dryRun === 'server' });
      }
      const shown = subresource === 'scale' ? scaleOf(result) : result;
      inv.out.out(objectPrinter(f.string('output'), changed ? 'patched' : 'patched (no change)', dryRun)([shown]));
    }
    targets.finish();
  },
};

/**
 * encoding/json's MarshalIndent of an unstructured object (a map): keys sorted, 4-space indent,
 * HTML characters escaped. --local patches print the decoded file this way, not in struct order.
 */
export function unstructuredJson(v: unknown, indent = ''): string {
  const inner = indent + '    ';
  if (Array.isArray(v)) return v.length ? `[\n${v.map((x) => inner + unstructuredJson(x, inner)).join(',\n')}\n${indent}]` : '[]';
  if (v !== null && typeof v === 'object') {
    const keys = Object.keys(v).filter((k) => (v as JsonMap)[k] !== undefined).sort();
    return keys.length ? `{\n${keys.map((k) => `${inner}${goString(k)}: ${unstructuredJson((v as JsonMap)[k], inner)}`).join(',\n')}\n${indent}}` : '{}';
  }
  return typeof v === 'string' ? goString(v) : JSON.stringify(v ?? null);
}

const goString = (s: string) => JSON.stringify(s).replaceAll('<', '\\u003c').replaceAll('>', '\\u003e').replaceAll('&', '\\u0026');

// kubectl 1.32 prints a --local result without the `(dry run)` suffix, whatever --dry-run says.
function patchLocal(inv: Invocation, parsed: unknown, type: PatchType, _dryRun: ReturnType<typeof dryRunStrategy>): void {
  const output = inv.flags.string('output');
  const objects = readManifests(inv, inv.flags.list('filename'));
  if (objects.length === 0) throw new CliError('no objects passed to patch');
  for (const obj of objects) {
    let patched: KObject;
    try {
      patched = patchObject(deepCopy(obj) as KObject, parsed, type);
    } catch (e) {
      if (e instanceof PatchError) throw new CliError(e.message);
      throw e;
    }
    const changed = !jsonEqual(patched, obj);
    if (output === 'json') inv.out.out(unstructuredJson(patched) + '\n');
    else inv.out.out(objectPrinter(output, changed ? 'patched' : 'patched (no change)', 'none')([patched]));
  }
}

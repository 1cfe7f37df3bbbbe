/**
 * kubectl apply -f FILENAME (kubectl/pkg/cmd/apply, client-side apply): creates what does not
 * exist and merges the file into what does, keeping the applied configuration in the
 * `kubectl.kubernetes.io/last-applied-configuration` annotation so that a field removed from the
 * file is removed from the object. Prints `created`, `configured` or `unchanged`.
 * The merge is strategic: maps merge key by key, lists with a merge key (containers by name,
 * container ports by containerPort, env by name...) item by item, other lists are replaced whole
 * (patch/three-way.ts). Honoured: -f (several), -n,
 * --dry-run, -o. Accepted without effect: --server-side, --force-conflicts, --prune and its
 * selectors, --overwrite, --validate, --wait, --timeout, --field-manager, -R, -k, --grace-period,
 * --cascade, --template, --show-managed-fields, --allow-missing-template-keys.
 */
import type { KObject } from '../../api/types';
import { resourceForKind } from '../../api/registry';
import { canonicalJson, deepCopy } from '../../cluster/objects';
import { CliError } from '../errors';
import { dryRunStrategy } from '../dry-run';
import { namespaceExplicit, namespaceOf, type Verb } from '../invocation';
import { readManifestSources, withSource } from '../manifests';
import { enforceKnownFields, fieldValidation } from '../validate-manifest';
import { objectPrinter } from '../print-flags';
import { recordChangeCause } from '../record';
import { threeWayMerge } from '../../patch';

export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

type Json = Record<string, unknown>;
const isMap = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Go's json.Marshal of an unstructured object: map keys sorted, no spaces. */
function goJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(goJson).join(',')}]`;
  if (isMap(v)) return `{${Object.keys(v).filter((k) => v[k] !== undefined).sort().map((k) => `${JSON.stringify(k)}:${goJson(v[k])}`).join(',')}}`;
  return JSON.stringify(v).replaceAll('<', '\\u003c').replaceAll('>', '\\u003e').replaceAll('&', '\\u0026');
}

/** The annotation value: the file's object, with an (emptied) annotations map, as kubectl stores it. */
export function lastAppliedOf(manifest: KObject): string {
  const copy = deepCopy(manifest) as KObject;
  const annotations = { ...(copy.metadata.annotations ?? {}) };
  delete annotations[LAST_APPLIED];
  copy.metadata = { ...copy.metadata, annotations };
  return goJson(copy) + '\n';
}

/**
 * Three-way merge (strategicpatch.CreateThreeWayMergePatch applied to the live object): `applied`
 * wins, keys only in `previous` (the last apply) are removed, lists with a merge key (containers,
 * env, ports, volumes...) merge item by item so the live items' defaulted fields are kept.
 */
export function mergeApplied(live: Json, applied: Json, previous: Json | undefined, kind = String(applied.kind ?? '')): Json {
  return threeWayMerge(live, applied, previous, kind);
}

/** The parts of an object apply compares to decide between `configured` and `unchanged`. */
function comparable(o: KObject): string {
  const { metadata, status: _status, ...rest } = o;
  void _status;
  return canonicalJson({ rest, labels: metadata.labels ?? {}, annotations: metadata.annotations ?? {} });
}

export const apply: Verb = {
  path: 'apply',
  run(inv) {
    const f = inv.flags;
    const files = f.list('filename');
    if (files.length === 0 && !f.string('kustomize')) throw new CliError('must specify one of -f and -k');
    if (f.string('kustomize')) throw new CliError('kubectl apply -k is not supported by the simulator yet');
    if (inv.args.length) throw new CliError(`Unexpected args: [${inv.args.join(' ')}]\nSee 'kubectl apply -h' for help and examples`);
    const dryRun = dryRunStrategy(inv);
    const ns = namespaceOf(inv);
    const cluster = inv.env.cluster;
    const validation = fieldValidation(f.string('validate'));
    const manifests = readManifestSources(inv, files);
    if (manifests.length === 0) throw new CliError('no objects passed to apply');
    for (const { object: manifest, source } of manifests) {
      const rt = resourceForKind(manifest.kind, manifest.apiVersion);
      if (!rt) throw new CliError(`resource mapping not found for name: "${manifest.metadata?.name}" namespace: "${manifest.metadata?.namespace ?? ''}" from "${files.join(',')}": no matches for kind "${manifest.kind}" in version "${manifest.apiVersion}"\nensure CRDs are installed first`);
      const own = manifest.metadata.namespace;
      if (own && namespaceExplicit(inv) && own !== ns) {
        throw new CliError(`the namespace from the provided object "${own}" does not match the namespace "${ns}". You must pass '--namespace=${own}' to perform this operation.`);
      }
      const target = rt.namespaced ? own ?? ns : undefined;
      const withNs = deepCopy(manifest) as KObject;
      if (target) withNs.metadata = { ...withNs.metadata, namespace: target };
      const annotation = lastAppliedOf(withNs);
      recordChangeCause(inv, withNs);
      const live = cluster.tryGet(rt, target, manifest.metadata.name);
      let operation: string;
      let result: KObject;
      if (!live) {
        const toCreate = deepCopy(withNs) as KObject;
        toCreate.metadata.annotations = { ...(toCreate.metadata.annotations ?? {}), [LAST_APPLIED]: annotation };
        // The server checks fields; a client dry run never reaches it.
        if (dryRun !== 'client') for (const w of enforceKnownFields(toCreate, source, validation)) inv.out.err(w + '\n');
        try {
          result = dryRun === 'client' ? toCreate : cluster.create(toCreate, { namespace: target ?? ns, dryRun: dryRun === 'server' });
        } catch (e) {
          throw withSource(e, 'creating', source);
        }
        operation = 'created';
      } else {
        const prevText = live.metadata.annotations?.[LAST_APPLIED];
        let previous: Json | undefined;
        try { previous = prevText ? (JSON.parse(prevText) as Json) : undefined; } catch { previous = undefined; }
        // Merge the file in the shape it is recorded in (with its emptied annotations map), so that the
        // previous and the new configuration compare like for like.
        const applied = JSON.parse(annotation) as Json;
        const merged = mergeApplied(deepCopy(live) as Json, applied, previous) as unknown as KObject;
        // Unknown fields in a patch are dropped (with warnings under --validate=warn). Strict mode
        // would reject the patch with kubectl's long `error when applying patch:` message, which
        // the simulator does not reproduce yet: it drops them too.
        if (dryRun !== 'client') for (const w of enforceKnownFields(merged, source, validation === 'strict' ? 'ignore' : validation)) inv.out.err(w + '\n');
        merged.metadata = { ...merged.metadata, annotations: { ...(merged.metadata.annotations ?? {}), [LAST_APPLIED]: annotation } };
        delete merged.metadata.resourceVersion;
        const probe = cluster.update(merged, { dryRun: true });
        if (comparable(probe) === comparable(live)) {
          operation = 'unchanged';
          result = live;
        } else {
          operation = 'configured';
          result = dryRun === 'none' ? cluster.update(merged) : dryRun === 'server' ? probe : merged;
        }
      }
      inv.out.out(objectPrinter(f.string('output'), operation, dryRun)([result]));
    }
  },
};

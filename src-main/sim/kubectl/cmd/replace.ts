/**
 * kubectl replace -f FILENAME (kubectl/pkg/cmd/replace/replace.go): puts each object of the files
 * in place of the live one (an update: what the file leaves out is gone), or with --force deletes
 * the live object and creates the file's. Prints `replaced`. Honoured: -f (several), -n,
 * --force, --grace-period, --dry-run, -o, --validate. Accepted without effect: --cascade,
 * --timeout, --wait, --save-config, --field-manager, -R, -k, --raw, --subresource, --template,
 * --show-managed-fields, --allow-missing-template-keys.
 */
import type { KObject } from '../../api/types';
import { resourceForKind } from '../../api/registry';
import { deepCopy } from '../../cluster/objects';
import { CliError, UsageError } from '../errors';
import { dryRunStrategy } from '../dry-run';
import { namespaceExplicit, namespaceOf, type Verb } from '../invocation';
import { readManifestSources, withSource } from '../manifests';
import { objectPrinter } from '../print-flags';
import { enforceKnownFields, fieldValidation } from '../validate-manifest';
import { kindPrefixOf } from '../../printers/serialize-name';

export const replace: Verb = {
  path: 'replace',
  run(inv) {
    const f = inv.flags;
    const files = f.list('filename');
    if (inv.args.length) throw new UsageError('replace', `Unexpected args: [${inv.args.join(' ')}]`);
    if (files.length === 0 && !f.string('kustomize')) throw new UsageError('replace', 'Must specify --filename to replace');
    if (f.string('kustomize')) throw new CliError('kubectl replace -k is not supported by the simulator yet');
    const dryRun = dryRunStrategy(inv);
    const force = f.bool('force');
    if (force && dryRun !== 'none') throw new CliError('--dry-run can not be used when --force is set');
    const validation = fieldValidation(f.string('validate'));
    const printer = objectPrinter(f.string('output'), 'replaced', dryRun);
    const ns = namespaceOf(inv);
    const cluster = inv.env.cluster;
    const objects = readManifestSources(inv, files);
    if (objects.length === 0) throw new CliError('no objects passed to replace');
    for (const { object, source } of objects) {
      const obj = deepCopy(object) as KObject;
      const own = obj.metadata?.namespace;
      if (own && namespaceExplicit(inv) && own !== ns) {
        throw new CliError(`the namespace from the provided object "${own}" does not match the namespace "${ns}". You must pass '--namespace=${own}' to perform this operation.`);
      }
      const rt = resourceForKind(obj.kind, obj.apiVersion);
      if (!rt) throw new CliError(`resource mapping not found for name: "${obj.metadata?.name}" namespace: "${own ?? ''}" from "${source}": no matches for kind "${obj.kind}" in version "${obj.apiVersion}"\nensure CRDs are installed first`);
      if (rt.namespaced) obj.metadata = { ...obj.metadata, namespace: own ?? ns };
      const target = rt.namespaced ? obj.metadata.namespace : undefined;
      if (dryRun === 'client') {
        inv.out.out(printer([obj]));
        continue;
      }
      let result: KObject;
      if (force) {
        // kubectl deletes, waits until the object is gone, then creates: deleting at once is the same end state.
        if (cluster.tryGet(rt, target, obj.metadata.name)) {
          const grace = f.int('grace-period');
          cluster.delete(rt, target, obj.metadata.name, { gracePeriodSeconds: grace > 0 ? grace : 0 });
          inv.out.out(`${kindPrefixOf(obj)} "${obj.metadata.name}" deleted\n`);
          cluster.waitFor(() => !cluster.tryGet(rt, target, obj.metadata.name), 1000, 120);
        }
        for (const w of enforceKnownFields(obj, source, validation)) inv.out.err(w + '\n');
        delete obj.metadata.resourceVersion;
        try {
          result = cluster.create(obj, { namespace: target ?? ns });
        } catch (e) {
          throw withSource(e, 'creating', source);
        }
      } else {
        for (const w of enforceKnownFields(obj, source, validation, 'replacing')) inv.out.err(w + '\n');
        try {
          result = cluster.update(obj, { dryRun: dryRun === 'server' });
        } catch (e) {
          throw withSource(e, 'replacing', source);
        }
      }
      inv.out.out(printer([result]));
    }
  },
};

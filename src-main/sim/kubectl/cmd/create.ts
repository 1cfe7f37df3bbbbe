/**
 * kubectl create -f FILENAME (kubectl/pkg/cmd/create/create.go): creates every object in the
 * files. Honoured: -f (several), --dry-run, -o, -n. Accepted without effect: --validate, --edit,
 * --raw, --windows-line-endings, --save-config, --selector, --field-manager, -R, -k, --template,
 * --show-managed-fields, --allow-missing-template-keys.
 */
import type { KObject } from '../../api/types';
import { CliError, UsageError } from '../errors';
import { dryRunStrategy } from '../dry-run';
import { namespaceExplicit, namespaceOf, type Verb } from '../invocation';
import { readManifestSources, withSource } from '../manifests';
import { enforceKnownFields, fieldValidation } from '../validate-manifest';
import { resourceForKind } from '../../api/registry';
import { objectPrinter } from '../print-flags';

export const create: Verb = {
  path: 'create',
  run(inv) {
    const files = inv.flags.list('filename');
    if (files.length === 0 && !inv.flags.string('kustomize')) {
      if (inv.args.length) throw new UsageError('create', `Unexpected args: [${inv.args.join(' ')}]`);
      throw new CliError('must specify one of -f and -k');
    }
    if (inv.args.length) throw new UsageError('create', `Unexpected args: [${inv.args.join(' ')}]`);
    if (inv.flags.string('kustomize')) throw new CliError('kubectl create -k is not supported by the simulator yet');
    const dryRun = dryRunStrategy(inv);
    const printer = objectPrinter(inv.flags.string('output'), 'created', dryRun);
    const ns = namespaceOf(inv);
    const validation = fieldValidation(inv.flags.string('validate'));
    const objects = readManifestSources(inv, files);
    if (objects.length === 0) throw new CliError('no objects passed to create');
    for (const { object: obj, source } of objects) {
      const own = obj.metadata?.namespace;
      if (own && namespaceExplicit(inv) && own !== ns) {
        throw new CliError(`the namespace from the provided object "${own}" does not match the namespace "${ns}". You must pass '--namespace=${own}' to perform this operation.`);
      }
      // kubectl sets the request namespace on namespaced objects before printing or sending them.
      const rt = resourceForKind(obj.kind, obj.apiVersion);
      if (rt?.namespaced && !own) obj.metadata = { ...obj.metadata, namespace: ns };
      let shown: KObject = obj;
      if (dryRun !== 'client') {
        for (const w of enforceKnownFields(obj, source, validation)) inv.out.err(w + '\n');
        try {
          shown = inv.env.cluster.create(obj, { namespace: own ?? ns, dryRun: dryRun === 'server' });
        } catch (e) {
          throw withSource(e, 'creating', source);
        }
      }
      inv.out.out(printer([shown]));
    }
  },
};

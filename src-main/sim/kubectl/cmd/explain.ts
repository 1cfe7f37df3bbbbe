/**
 * kubectl explain RESOURCE[.field.path] [--recursive] [--api-version] (kubectl/pkg/cmd/explain):
 * the documentation of a kind or a field from the simulator's copy of the OpenAPI schema
 * (src-main/sim/explain), in kubectl 1.32's plaintext layout. Honoured: resource names, short
 * names and kinds, field paths, --recursive, --api-version, -o plaintext. Kinds outside the
 * schema (ingresses, roles...) are answered as not covered yet.
 */
import { resolveResource } from '../../api/registry';
import { explainText, lookupField } from '../../explain';
import { CliError } from '../errors';
import type { Verb } from '../invocation';

export const explain: Verb = {
  path: 'explain',
  run(inv) {
    const f = inv.flags;
    if (inv.args.length === 0) throw new CliError('You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.');
    if (inv.args.length > 1) throw new CliError('We accept only this format: explain RESOURCE');
    const output = f.string('output') || 'plaintext';
    if (output !== 'plaintext' && output !== 'plaintext-openapiv2') throw new CliError(`unsupported output format: ${output}`);
    const [resource, ...path] = inv.args[0]!.split('.');
    const rt = resolveResource(resource!);
    if (!rt) throw new CliError(`the server doesn't have a resource type "${resource}"`);
    const apiVersion = f.string('api-version');
    const gv = rt.group ? `${rt.group}/${rt.version}` : rt.version;
    if (apiVersion && apiVersion !== gv) {
      const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
      throw new CliError(`couldn't find resource for "${group ? `${group}/${version}` : version}, Kind=${rt.kind}"`);
    }
    const found = lookupField(rt.kind, rt.group, rt.version, path.filter(Boolean));
    if (!found.ok) throw new CliError(found.error);
    inv.out.out(explainText(found.target, f.bool('recursive')));
  },
};

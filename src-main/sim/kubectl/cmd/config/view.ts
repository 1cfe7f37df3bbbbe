/**
 * kubectl config view [--minify] [--raw] [-o yaml|json|jsonpath=] (kubectl/pkg/cmd/config/view.go):
 * the merged kubeconfig, secrets redacted unless --raw. Honoured: --minify, --raw, -o, --flatten
 * (the simulated kubeconfig has no file references, so it changes nothing). Accepted without
 * effect: --merge, --template, --show-managed-fields, --allow-missing-template-keys.
 */
import type { KObject } from '../../../api/types';
import { toJson } from '../../../printers/serialize-json';
import { toYaml } from '../../../printers/serialize-yaml';
import { CliError } from '../../errors';
import type { Verb } from '../../invocation';
import { evalJsonPath, parseJsonPathTemplate } from '../../jsonpath';
import { toV1 } from '../../kubeconfig';

export const configView: Verb = {
  path: 'config view',
  run(inv) {
    const f = inv.flags;
    const kc = inv.env.kubeconfig;
    const minify = f.bool('minify');
    if (minify && !kc.contexts[kc.currentContext]) throw new CliError('current-context must exist in order to minify');
    const doc = toV1(kc, { raw: f.bool('raw'), minify });
    const output = f.string('output') || 'yaml';
    const eq = output.indexOf('=');
    const format = eq < 0 ? output : output.slice(0, eq);
    if (format === 'yaml') return inv.out.out(toYaml(doc));
    if (format === 'json') return inv.out.out(toJson(doc as unknown as KObject));
    if (format === 'jsonpath') return inv.out.out(evalJsonPath(parseJsonPathTemplate(output.slice(eq + 1)), doc));
    if (format === 'name') return inv.out.out('config/\n');
    throw new CliError(`unable to match a printer suitable for the output format "${output}", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml`);
  },
};

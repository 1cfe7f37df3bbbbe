/**
 * kubectl's PrintFlags: `-o` chooses the printer (yaml, json, name, jsonpath=…), and with no `-o`
 * a verb that changes objects prints `kind/name <operation>`. A format the command cannot print is
 * refused with the list of formats it can.
 */
import type { KObject } from '../api/types';
import { toJson } from '../printers/serialize-json';
import { toYaml } from '../printers/serialize-yaml';
import { toName, toOperationLine } from '../printers/serialize-name';
import { CliError } from './errors';
import { evalJsonPath, parseJsonPathTemplate } from './jsonpath';
import { renderGoTemplate } from './go-template';
import type { DryRun } from './dry-run';
import type { FlagSet } from './flags/flag-spec';
import type { ParsedFlags } from './flags/parse-flags';

/** The formats kubectl's PrintFlags accept for commands that print objects they create or change. */
export const OBJECT_FORMATS = ['go-template', 'go-template-file', 'json', 'jsonpath', 'jsonpath-as-json', 'jsonpath-file', 'name', 'template', 'templatefile', 'yaml'];

export type ObjectPrinter = (objects: KObject[]) => string;

/**
 * Builds the printer for `-o <format>`; `operation` is the past-tense verb of the short line
 * (`created`, `labeled`, `scaled`). Honoured: yaml, json, name, jsonpath, go-template (a subset);
 * the -file variants and jsonpath-as-json are accepted but answered with "not supported".
 */
export function objectPrinter(output: string, operation: string, dryRun: DryRun, allowed: string[] = OBJECT_FORMATS): ObjectPrinter {
  const eq = output.indexOf('=');
  const format = eq >= 0 ? output.slice(0, eq) : output;
  const arg = eq >= 0 ? output.slice(eq + 1) : '';
  if (output !== '' && !allowed.includes(format)) {
    throw new CliError(`unable to match a printer suitable for the output format "${output}", allowed formats are: ${allowed.join(',')}`);
  }
  switch (format) {
    case '':
      return (objs) => objs.map((o) => toOperationLine(o, operation, dryRun)).join('');
    case 'name':
      return (objs) => objs.map(toName).join('');
    case 'yaml':
      return (objs) => objs.map((o, i) => (i > 0 ? '---\n' : '') + toYaml(o)).join('');
    case 'json':
      return (objs) => (objs.length === 1 ? toJson(objs[0]) : toJson({ apiVersion: 'v1', items: objs, kind: 'List', metadata: { resourceVersion: '' } }));
    case 'jsonpath': {
      const template = parseJsonPathTemplate(arg);
      return (objs) => {
        const subject = objs.length === 1 ? objs[0] : { apiVersion: 'v1', items: objs, kind: 'List', metadata: { resourceVersion: '' } };
        return evalJsonPath(template, subject);
      };
    }
    case 'go-template':
    case 'template':
      if (!arg) throw new CliError('template format specified but no template given');
      return (objs) => renderGoTemplate(arg, objs.length === 1 ? objs[0] : { apiVersion: 'v1', items: objs, kind: 'List', metadata: { resourceVersion: '' } });
    default:
      throw new CliError(`the output format "${format}" is not supported by the simulator yet`);
  }
}

/** Formats that take their template from `--template` when `-o` names no template itself. */
const TEMPLATE_FORMATS = ['go-template', 'template', 'jsonpath', 'jsonpath-as-json'];

/**
 * kubectl's PrintFlags merge `--template` into the output format before choosing a printer:
 * `--template T` alone means `-o go-template=T`, and `-o jsonpath --template T` means
 * `-o jsonpath=T`. Done once for every command, so verbs only ever read `output`.
 */
export function foldTemplateFlag(flags: ParsedFlags, set: FlagSet): void {
  const outputSpec = set.lookup('output');
  if (!outputSpec || !set.lookup('template') || !flags.changed('template')) return;
  const template = flags.string('template');
  const output = flags.string('output');
  if (output === '') flags.record(outputSpec, `go-template=${template}`);
  else if (TEMPLATE_FORMATS.includes(output)) flags.record(outputSpec, `${output}=${template}`);
}

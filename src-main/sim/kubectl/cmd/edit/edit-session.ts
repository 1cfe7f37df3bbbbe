/**
 * kubectl edit as two steps, so that the drill terminal can show the object in its inline editor
 * between them (kubectl/pkg/cmd/util/editor/editoptions.go):
 *
 *   const begun = editBegin(sim, ['deployment/web']);      // {ok: true, text} or {ok: false, result}
 *   const done = editCommit(sim, ['deployment/web'], text); // CommandResult (+ `reopen` text on errors)
 *
 * The text is what kubectl writes to its temp file: the instructions header, then the object as
 * YAML (several objects as a `kind: List`). Saving applies the difference between the shown and
 * the edited object to the live one (the strategic merge patch kubectl sends), so changes made
 * meanwhile by controllers survive. Messages as kubectl's: `deployment.apps/web edited`,
 * `Edit cancelled, no changes made.`, the API server's validation errors, which reopen the file
 * with the failures in its header.
 */
import { parseAllDocuments } from 'yaml';
import type { CommandResult, KObject } from '../../../api/types';
import { formatStatusError, isStatusError, StatusError } from '../../../api/errors';
import { deepCopy } from '../../../cluster/objects';
import { resourceForKind } from '../../../api/registry';
import { jsonEqual, threeWayMerge, type JsonMap } from '../../../patch';
import { toYaml } from '../../../printers/serialize-yaml';
import { toOperationLine } from '../../../printers/serialize-name';
import { commandByPath } from '../../command-tree';
import { CliError, ExitError, RESOURCES_REQUIRED } from '../../errors';
import { FlagError, parseFlags } from '../../flags/parse-flags';
import { namespaceOf, type Invocation, type SimEnv } from '../../invocation';
import { Output } from '../../output';
import { collectTargets } from '../targets';

/** What editBegin/editCommit need of a simulator (index.ts's Simulator has all of it). */
export interface EditableSim {
  readonly cluster: SimEnv['cluster'];
  readonly files: Map<string, string>;
  readonly kubeconfig: SimEnv['kubeconfig'];
}

export type EditBegin = { ok: true; text: string } | { ok: false; result: CommandResult };

export interface EditCommitResult extends CommandResult {
  /** Set when kubectl would reopen the editor: the edited text with the failures in its header. */
  reopen?: string;
}

export const EDIT_HEADER =
  "# Please edit the object below. Lines beginning with a '#' will be ignored,\n# and an empty file will abort the edit. If an error occurs while saving this file will be\n# reopened with the relevant failures.\n#\n";

function invocation(sim: EditableSim, argv: readonly string[], out: Output): Invocation {
  const node = commandByPath('edit');
  if (!node) throw new CliError('edit is not available');
  let parsed;
  try {
    parsed = parseFlags(argv, node.flags);
  } catch (e) {
    if (e instanceof FlagError) throw new CliError(`${e.message}\nSee 'kubectl edit --help' for usage.`);
    throw e;
  }
  return { cmd: node, flags: parsed.flags, args: parsed.args, argsLenAtDash: parsed.argsLenAtDash, env: { cluster: sim.cluster, files: sim.files, kubeconfig: sim.kubeconfig }, out };
}

/** The objects `kubectl edit ARGS` opens, in the order kubectl lists them. */
export function editTargets(inv: Invocation): KObject[] {
  if (inv.args.length === 0 && inv.flags.list('filename').length === 0) throw new CliError(RESOURCES_REQUIRED);
  const targets = collectTargets(inv, namespaceOf(inv));
  targets.finish();
  if (targets.objects.length === 0) throw new CliError('edit cancelled, no objects found');
  return targets.objects;
}

/** The object(s) as the editor shows them: managedFields dropped, several wrapped in a List. */
export function editableText(objects: readonly KObject[], errors: string[] = []): string {
  const shown = objects.map(stripManaged);
  const body = shown.length === 1 ? shown[0] : { apiVersion: 'v1', items: shown, kind: 'List', metadata: { resourceVersion: '' } };
  const failures = errors.length ? errors.map((e) => e.split('\n').map((l) => `# ${l}`.trimEnd()).join('\n') + '\n').join('') + '#\n' : '';
  return EDIT_HEADER + failures + toYaml(body);
}

function stripManaged(o: KObject): KObject {
  const copy = deepCopy(o) as KObject;
  delete (copy.metadata as { managedFields?: unknown }).managedFields;
  return copy;
}

function capture<T>(fn: (out: Output) => T): { value?: T; result: CommandResult } {
  const out = new Output();
  try {
    const value = fn(out);
    return { value, result: { exitCode: 0, stdout: out.stdout, stderr: out.stderr } };
  } catch (e) {
    if (e instanceof ExitError) return { result: { exitCode: e.exitCode, stdout: out.stdout + e.stdout, stderr: out.stderr + e.stderr } };
    const msg = e instanceof CliError ? `error: ${e.message}` : isStatusError(e) ? formatStatusError(e) : `error: ${e instanceof Error ? e.message : String(e)}`;
    return { result: { exitCode: 1, stdout: out.stdout, stderr: out.stderr + (msg.endsWith('\n') ? msg : msg + '\n') } };
  }
}

/** Opens the objects of `kubectl edit ARGS` (never throws). */
export function editBegin(sim: EditableSim, argv: readonly string[]): EditBegin {
  const { value, result } = capture((out) => editableText(editTargets(invocation(sim, argv, out))));
  return value !== undefined ? { ok: true, text: value } : { ok: false, result };
}

/** The edited text without comment lines, parsed; `undefined` when nothing is left (an empty file aborts). */
function parseEdited(text: string): KObject[] | undefined {
  const kept = text.split('\n').filter((l) => !l.trimStart().startsWith('#')).join('\n');
  if (kept.trim() === '') return undefined;
  const docs = parseAllDocuments(kept);
  const objects: KObject[] = [];
  for (const doc of docs) {
    if (doc.errors.length) throw new SyntaxError(`error converting YAML to JSON: yaml: ${doc.errors[0]!.message.split('\n')[0]!.replace(/:$/, '')}`);
    const v = doc.toJS() as unknown;
    if (v === null || v === undefined) continue;
    const o = v as KObject;
    if (o.kind === 'List' && Array.isArray(o.items)) objects.push(...(o.items as KObject[]));
    else objects.push(o);
  }
  return objects;
}

const identity = (o: KObject) => `${o?.apiVersion}/${o?.kind}/${o?.metadata?.name}`;

/**
 * Saves the edited text (never throws). On validation errors the result carries `reopen`, the
 * text to show again, as kubectl reopens its editor.
 */
export function editCommit(sim: EditableSim, argv: readonly string[], newText: string): EditCommitResult {
  let reopen: string | undefined;
  const { result } = capture((out) => {
    const inv = invocation(sim, argv, out);
    const originals = editTargets(inv).map(stripManaged);
    let edited: KObject[] | undefined;
    try {
      edited = parseEdited(newText);
    } catch (e) {
      reopen = EDIT_HEADER + `# The edited file had a syntax error: ${(e as Error).message}\n#\n` + newText.split('\n').filter((l) => !l.startsWith('#')).join('\n');
      throw new CliError(`${(e as Error).message}`);
    }
    if (edited === undefined || (edited.length === originals.length && edited.every((o, i) => jsonEqual(o, originals[i])))) {
      out.out('Edit cancelled, no changes made.\n');
      return;
    }
    if (edited.length !== originals.length || edited.some((o, i) => identity(o) !== identity(originals[i]!))) {
      throw new CliError('At least one of apiVersion, kind and name was changed');
    }
    const errors: string[] = [];
    const lines: string[] = [];
    edited.forEach((obj, i) => {
      const original = originals[i]!;
      if (jsonEqual(obj, original)) return;
      const rt = resourceForKind(original.kind, original.apiVersion);
      if (!rt) throw new CliError(`no matches for kind "${original.kind}" in version "${original.apiVersion}"`);
      const live = inv.env.cluster.get(rt, original.metadata.namespace, original.metadata.name);
      const merged = threeWayMerge(live as unknown as JsonMap, obj as unknown as JsonMap, original as unknown as JsonMap, original.kind) as unknown as KObject;
      merged.metadata = { ...merged.metadata, resourceVersion: live.metadata.resourceVersion };
      try {
        const saved = inv.env.cluster.update(merged);
        lines.push(toOperationLine(saved, 'edited', 'none'));
      } catch (e) {
        if (e instanceof StatusError && e.reason === 'Invalid') errors.push(invalidComment(e, original));
        else throw e;
      }
    });
    out.out(lines.join(''));
    if (errors.length) {
      reopen = editableText(edited, errors);
      throw new ExitError(1, '', errors.map((e) => `error: ${e.split('\n')[0]!.replace(' was not valid:', ' is invalid')}\n`).join(''));
    }
  });
  return reopen ? { ...result, reopen } : result;
}

/** `deployments.apps "web" was not valid:\n* spec.replicas: Invalid value...`, the header kubectl reopens the file with. */
function invalidComment(e: StatusError, o: KObject): string {
  const rt = resourceForKind(o.kind, o.apiVersion);
  const resource = rt ? (rt.group ? `${rt.name}.${rt.group}` : rt.name) : o.kind.toLowerCase();
  const causes = (e.details.causes ?? []).map((c) => `* ${c.field}: ${c.message}`);
  return `${resource} "${o.metadata.name}" was not valid:\n${causes.join('\n')}`;
}

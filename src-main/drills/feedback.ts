/**
 * Findings in words, in the interface language. The wording names the object as kubectl does
 * (`deployment/pingpong`) and says what the learner's copy has against what the task wants.
 */
import type { Finding, Ref } from './compare';
import type { FieldDiff } from './normalize';

export type Locale = 'es' | 'en';

function show(ref: Ref): string {
  return `${ref.kind.toLowerCase()}/${ref.name}`;
}

function value(v: unknown): string {
  if (v === undefined) return '—';
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** A container's command line as typed after `--`. */
function words(v: unknown): string {
  return Array.isArray(v) ? `\`${v.join(' ')}\`` : v === undefined ? '—' : value(v);
}

function lines(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

const LABEL_PATH = /^metadata\.labels\.(.+)$/;
const IMAGE_PATH = /containers\[(\d+)\]\.image$/;

const es = {
  missing: (r: Ref) => `falta ${show(r)} en el namespace ${r.namespace ?? '—'}`,
  missingCluster: (r: Ref) => `falta ${show(r)}`,
  deletedByLearner: (r: Ref) => `borraste ${show(r)}, que la tarea conserva`,
  wrongNamespace: (r: Ref, actual: string) => `${show(r)} está en el namespace ${actual}; la tarea lo pide en ${r.namespace}`,
  wrongResource: (r: Ref, actual: Ref) => `creaste ${show(actual)}; la tarea pide ${show(r)}`,
  notDeleted: (r: Ref) => `${show(r)} sigue existiendo; la tarea lo borra`,
  replicas: (r: Ref, a: unknown, e: unknown) => `${show(r)} tiene ${lines(Number(a ?? 1), 'réplica', 'réplicas')}; la tarea pide ${value(e ?? 1)}`,
  command: (r: Ref, a: unknown, e: unknown) => `${show(r)} ejecuta ${words(a)}; la tarea pide ${words(e)}`,
  image: (r: Ref, a: unknown, e: unknown) => `${show(r)} usa la imagen ${value(a)}; la tarea pide ${value(e)}`,
  labelMissing: (r: Ref, k: string, e: unknown) => `a ${show(r)} le falta la etiqueta ${k}=${value(e)}`,
  labelExtra: (r: Ref, k: string, a: unknown) => `${show(r)} tiene la etiqueta ${k}=${value(a)}, que la tarea no pone`,
  labelValue: (r: Ref, k: string, a: unknown, e: unknown) => `${show(r)} tiene ${k}=${value(a)}; la tarea pide ${k}=${value(e)}`,
  type: (r: Ref, a: unknown, e: unknown) => `${show(r)} es de tipo ${value(a ?? 'ClusterIP')}; la tarea pide ${value(e ?? 'ClusterIP')}`,
  fieldMissing: (r: Ref, p: string, e: unknown) => `a ${show(r)} le falta ${p} = ${value(e)}`,
  fieldExtra: (r: Ref, p: string, a: unknown) => `${show(r)} tiene ${p} = ${value(a)}, que la tarea no pide`,
  field: (r: Ref, p: string, a: unknown, e: unknown) => `${show(r)}: ${p} es ${value(a)}; la tarea pide ${value(e)}`,
  created: (r: Ref) => `efecto secundario: creaste ${show(r)}${r.namespace ? ` en ${r.namespace}` : ''}, que la tarea no pide`,
  changed: (r: Ref) => `efecto secundario: cambiaste ${show(r)}${r.namespace ? ` en ${r.namespace}` : ''}, que la tarea no toca`,
  deleted: (r: Ref) => `efecto secundario: borraste ${show(r)}${r.namespace ? ` en ${r.namespace}` : ''}, que la tarea no toca`,
  output: (f: { expectedLines: number; actualLines: number; firstDifferentLine: number }) =>
    `la salida no es la que pide la tarea: se esperaban ${lines(f.expectedLines, 'línea', 'líneas')} y salieron ${f.actualLines}; la primera diferencia está en la línea ${f.firstDifferentLine}`,
  contextNamespace: (a: string, e: string) => `el contexto actual usa el namespace ${a}; la tarea lo deja en ${e}`,
  kubeconfig: () => 'la configuración de kubectl (contexto, clúster o usuario) no queda como pide la tarea',
  failed: (code: number) => `kubectl rechazó el comando (código de salida ${code})`,
};

const en: typeof es = {
  missing: (r) => `${show(r)} is missing from namespace ${r.namespace ?? '—'}`,
  missingCluster: (r) => `${show(r)} is missing`,
  deletedByLearner: (r) => `you deleted ${show(r)}, which the task keeps`,
  wrongNamespace: (r, actual) => `${show(r)} is in namespace ${actual}; the task wants it in ${r.namespace}`,
  wrongResource: (r, actual) => `you created ${show(actual)}; the task wants ${show(r)}`,
  notDeleted: (r) => `${show(r)} still exists; the task deletes it`,
  replicas: (r, a, e) => `${show(r)} has ${lines(Number(a ?? 1), 'replica', 'replicas')}; the task wants ${value(e ?? 1)}`,
  command: (r, a, e) => `${show(r)} runs ${words(a)}; the task wants ${words(e)}`,
  image: (r, a, e) => `${show(r)} uses image ${value(a)}; the task wants ${value(e)}`,
  labelMissing: (r, k, e) => `${show(r)} lacks the label ${k}=${value(e)}`,
  labelExtra: (r, k, a) => `${show(r)} has the label ${k}=${value(a)}, which the task does not set`,
  labelValue: (r, k, a, e) => `${show(r)} has ${k}=${value(a)}; the task wants ${k}=${value(e)}`,
  type: (r, a, e) => `${show(r)} is of type ${value(a ?? 'ClusterIP')}; the task wants ${value(e ?? 'ClusterIP')}`,
  fieldMissing: (r, p, e) => `${show(r)} lacks ${p} = ${value(e)}`,
  fieldExtra: (r, p, a) => `${show(r)} has ${p} = ${value(a)}, which the task does not ask for`,
  field: (r, p, a, e) => `${show(r)}: ${p} is ${value(a)}; the task wants ${value(e)}`,
  created: (r) => `side effect: you created ${show(r)}${r.namespace ? ` in ${r.namespace}` : ''}, which the task does not ask for`,
  changed: (r) => `side effect: you changed ${show(r)}${r.namespace ? ` in ${r.namespace}` : ''}, which the task leaves alone`,
  deleted: (r) => `side effect: you deleted ${show(r)}${r.namespace ? ` in ${r.namespace}` : ''}, which the task leaves alone`,
  output: (f) =>
    `the output is not what the task asks for: ${lines(f.expectedLines, 'line', 'lines')} expected, ${f.actualLines} printed; the first difference is on line ${f.firstDifferentLine}`,
  contextNamespace: (a, e) => `the current context uses namespace ${a}; the task leaves it at ${e}`,
  kubeconfig: () => 'the kubectl configuration (context, cluster or user) is not what the task leaves',
  failed: (code) => `kubectl refused the command (exit code ${code})`,
};

const TEXTS: Record<Locale, typeof es> = { es, en };

function fieldMessage(t: typeof es, ref: Ref, d: FieldDiff): string {
  const label = LABEL_PATH.exec(d.path);
  if (label) {
    const k = label[1]!;
    if (d.actual === undefined) return t.labelMissing(ref, k, d.expected);
    if (d.expected === undefined) return t.labelExtra(ref, k, d.actual);
    return t.labelValue(ref, k, d.actual, d.expected);
  }
  if (d.path === 'spec.replicas') return t.replicas(ref, d.actual, d.expected);
  if (IMAGE_PATH.test(d.path)) return t.image(ref, d.actual, d.expected);
  if (d.path === 'spec.type') return t.type(ref, d.actual, d.expected);
  if (/\.(command|args)$/.test(d.path)) return t.command(ref, d.actual, d.expected);
  if (d.actual === undefined) return t.fieldMissing(ref, d.path, d.expected);
  if (d.expected === undefined) return t.fieldExtra(ref, d.path, d.actual);
  return t.field(ref, d.path, d.actual, d.expected);
}

/** One sentence per difference, most important first (what is wrong, then side effects). */
export function explain(findings: readonly Finding[], locale: Locale): string[] {
  const t = TEXTS[locale];
  const order = (f: Finding) => (f.kind === 'command-failed' ? 0 : f.kind === 'side-effect' ? 2 : 1);
  return [...findings]
    .sort((a, b) => order(a) - order(b))
    .flatMap((f): string[] => {
      switch (f.kind) {
        case 'missing':
          if (f.deletedByLearner) return [t.deletedByLearner(f.ref)];
          return [f.ref.namespace ? t.missing(f.ref) : t.missingCluster(f.ref)];
        case 'wrong-namespace':
          return [t.wrongNamespace(f.ref, f.actualNamespace)];
        case 'wrong-resource':
          return [t.wrongResource(f.ref, f.actual)];
        case 'not-deleted':
          return [t.notDeleted(f.ref)];
        case 'fields': {
          // Labels duplicated in a selector or a pod template say the same thing twice: keep the first.
          const seen = new Set<string>();
          return f.diffs
            .map((d) => fieldMessage(t, f.ref, d))
            .filter((m) => (seen.has(m) ? false : (seen.add(m), true)));
        }
        case 'side-effect':
          return [t[f.change](f.ref)];
        case 'output':
          return [t.output(f)];
        case 'context-namespace':
          return [t.contextNamespace(f.actual, f.expected)];
        case 'kubeconfig':
          return [t.kubeconfig()];
        case 'command-failed':
          return [t.failed(f.exitCode)];
      }
    });
}

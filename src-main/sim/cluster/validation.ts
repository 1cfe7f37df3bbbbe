/**
 * Validation the API server performs on create and update, with apimachinery's messages
 * (util/validation/validation.go). Only the checks a learner can trip over are here.
 */
import type { KObject } from '../api/types';
import { invalidValue, requiredValue, type StatusCause } from '../api/errors';
import { matchesSelector, type LabelSelectorSpec } from './selectors';
import { parseCron } from '../controllers/cron';

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

const MSG_SUBDOMAIN =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const MSG_LABEL =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const MSG_1035 =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";

/** Which name rule a kind follows: services are DNS-1035 labels, namespaces RFC 1123 labels. */
export function validateName(kind: string, name: string): StatusCause[] {
  if (kind === 'Service') {
    const errs: StatusCause[] = [];
    if (name.length > 63) errs.push(invalidValue('metadata.name', name, 'must be no more than 63 characters'));
    if (!DNS1035_LABEL.test(name)) errs.push(invalidValue('metadata.name', name, MSG_1035));
    return errs;
  }
  if (kind === 'Namespace') {
    const errs: StatusCause[] = [];
    if (name.length > 63) errs.push(invalidValue('metadata.name', name, 'must be no more than 63 characters'));
    if (!DNS1123_LABEL.test(name)) errs.push(invalidValue('metadata.name', name, MSG_LABEL));
    return errs;
  }
  const errs: StatusCause[] = [];
  if (name.length > 253) errs.push(invalidValue('metadata.name', name, 'must be no more than 253 characters'));
  if (!DNS1123_SUBDOMAIN.test(name)) errs.push(invalidValue('metadata.name', name, MSG_SUBDOMAIN));
  return errs;
}

function goMap(labels: Record<string, string> | undefined): string {
  const entries = Object.keys(labels ?? {})
    .sort()
    .map((k) => `"${k}":"${labels![k]}"`);
  return `map[string]string{${entries.join(', ')}}`;
}

/** Spec checks per kind. Returns the causes of an Invalid error (empty when valid). */
export function validateSpec(obj: KObject): StatusCause[] {
  const spec = obj.spec as Record<string, any> | undefined;
  const errs: StatusCause[] = [];
  switch (obj.kind) {
    case 'Deployment':
    case 'ReplicaSet':
    case 'DaemonSet':
    case 'StatefulSet': {
      if (spec?.replicas !== undefined && spec.replicas < 0) errs.push(invalidValue('spec.replicas', spec.replicas, 'must be greater than or equal to 0'));
      const selector = spec?.selector as LabelSelectorSpec | undefined;
      if (!selector || (!Object.keys(selector.matchLabels ?? {}).length && !(selector.matchExpressions ?? []).length)) {
        errs.push(requiredValue('spec.selector'));
      } else if (!matchesSelector(selector, spec?.template?.metadata?.labels)) {
        errs.push({
          field: 'spec.template.metadata.labels',
          message: `Invalid value: ${goMap(spec?.template?.metadata?.labels)}: \`selector\` does not match template \`labels\``,
        });
      }
      errs.push(...validateContainers('spec.template.spec', spec?.template?.spec));
      break;
    }
    case 'Pod':
      errs.push(...validateContainers('spec', spec));
      break;
    case 'CronJob': {
      try {
        parseCron(String(spec?.schedule ?? ''));
      } catch (e) {
        errs.push(invalidValue('spec.schedule', spec?.schedule ?? '', (e as Error).message));
      }
      break;
    }
    case 'Job': {
      const policy = spec?.template?.spec?.restartPolicy;
      if (policy !== 'Never' && policy !== 'OnFailure') {
        errs.push({ field: 'spec.template.spec.restartPolicy', message: `Unsupported value: "${policy ?? 'Always'}": supported values: "OnFailure", "Never"` });
      }
      errs.push(...validateContainers('spec.template.spec', spec?.template?.spec));
      break;
    }
    case 'Service':
      for (const [i, p] of ((spec?.ports ?? []) as Array<Record<string, any>>).entries()) {
        if (typeof p.port !== 'number' || p.port < 1 || p.port > 65535) errs.push(invalidValue(`spec.ports[${i}].port`, p.port ?? 0, 'must be between 1 and 65535, inclusive'));
      }
      if (spec?.type !== 'ExternalName' && !(spec?.ports ?? []).length && spec?.clusterIP !== 'None') errs.push(requiredValue('spec.ports'));
      break;
  }
  return errs;
}

function validateContainers(path: string, podSpec: Record<string, any> | undefined): StatusCause[] {
  const errs: StatusCause[] = [];
  const containers = (podSpec?.containers ?? []) as Array<Record<string, any>>;
  if (!containers.length) errs.push(requiredValue(`${path}.containers`));
  const seen = new Set<string>();
  for (const [i, c] of containers.entries()) {
    if (!c.name) errs.push(requiredValue(`${path}.containers[${i}].name`));
    else if (!DNS1123_LABEL.test(c.name)) errs.push(invalidValue(`${path}.containers[${i}].name`, c.name, MSG_LABEL));
    else if (seen.has(c.name)) errs.push({ field: `${path}.containers[${i}].name`, message: `Duplicate value: "${c.name}"` });
    seen.add(c.name);
    if (!c.image || !String(c.image).trim()) errs.push(requiredValue(`${path}.containers[${i}].image`));
  }
  return errs;
}

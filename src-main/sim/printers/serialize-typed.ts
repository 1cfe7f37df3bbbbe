/**
 * What an object looks like after kubectl decodes it into its Go type and encodes it again (the
 * `set` commands do; label/annotate and create -f keep the unstructured object): struct fields
 * without omitempty reappear empty — `creationTimestamp: null`, `resources: {}`, `strategy: {}`,
 * `status: {}`. Only the kinds kubectl's typed commands handle are covered.
 */
import type { KObject } from '../api/types';

type Json = Record<string, unknown>;

function obj(parent: Json, key: string): Json {
  const v = parent[key];
  if (v && typeof v === 'object' && !Array.isArray(v)) return v as Json;
  const fresh: Json = {};
  parent[key] = fresh;
  return fresh;
}

function meta(m: Json): void {
  if (!('creationTimestamp' in m)) m.creationTimestamp = null;
}

function podSpec(spec: Json): void {
  for (const key of ['initContainers', 'containers', 'ephemeralContainers']) {
    const list = spec[key];
    if (Array.isArray(list)) for (const c of list as Json[]) if (!('resources' in c)) c.resources = {};
  }
}

function template(t: Json): void {
  meta(obj(t, 'metadata'));
  podSpec(obj(t, 'spec'));
}

/** A deep copy of `o` with the empty fields Go's typed encoding adds. */
export function withTypedDefaults(o: KObject): KObject {
  const out = JSON.parse(JSON.stringify(o)) as KObject & Json;
  meta(out.metadata as unknown as Json);
  const spec = () => obj(out, 'spec');
  switch (out.kind) {
    case 'Pod':
      podSpec(spec());
      obj(out, 'status');
      break;
    case 'Deployment':
      obj(spec(), 'strategy');
      template(obj(spec(), 'template'));
      obj(out, 'status');
      break;
    case 'ReplicaSet':
    case 'DaemonSet':
    case 'StatefulSet':
    case 'ReplicationController':
    case 'Job':
      template(obj(spec(), 'template'));
      if (out.kind === 'DaemonSet' || out.kind === 'StatefulSet') obj(spec(), 'updateStrategy');
      obj(out, 'status');
      break;
    case 'CronJob': {
      const jt = obj(spec(), 'jobTemplate');
      meta(obj(jt, 'metadata'));
      template(obj(obj(jt, 'spec'), 'template'));
      obj(out, 'status');
      break;
    }
    case 'Service':
      spec();
      obj(obj(out, 'status'), 'loadBalancer');
      break;
  }
  return out;
}

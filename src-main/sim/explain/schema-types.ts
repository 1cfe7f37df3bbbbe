/**
 * The shape of the explain schema: a compact copy of the OpenAPI v3 models kubectl explain reads
 * from the API server, for the kinds learners explore. A field's `type` is written as kubectl
 * prints it (`string`, `integer`, `[]Container`, `map[string]string`, `ObjectMeta`); object types
 * are looked up by name in the model table.
 */

export interface FieldDef {
  type: string;
  description: string;
  required?: boolean;
  enum?: string[];
}

export interface ModelDef {
  description: string;
  fields: Record<string, FieldDef>;
}

export type Models = Record<string, ModelDef>;

/** Shorthand constructors keep the data files readable. */
export const f = (type: string, description: string, extra: Partial<FieldDef> = {}): FieldDef => ({ type, description, ...extra });
export const req = (type: string, description: string, extra: Partial<FieldDef> = {}): FieldDef => ({ type, description, required: true, ...extra });

const MORE = 'https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md';

/** apiVersion, kind, metadata, (spec, status): the fields every top-level kind shares. */
export function topLevel(kind: string, extra: Record<string, FieldDef>): Record<string, FieldDef> {
  return {
    apiVersion: f('string', `APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: ${MORE}#resources`),
    kind: f('string', `Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: ${MORE}#types-kinds`),
    metadata: f('ObjectMeta', `Standard object's metadata. More info: ${MORE}#metadata`),
    ...extra,
  };
}

export const SPEC_MORE = `${MORE}#spec-and-status`;

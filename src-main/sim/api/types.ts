/**
 * The simulated API's object model: plain JSON-shaped Kubernetes objects, as the API server
 * would return them. Objects are data; behaviour lives in the cluster store and controllers.
 */

export type Labels = Record<string, string>;

export interface OwnerReference {
  apiVersion: string;
  kind: string;
  name: string;
  uid: string;
  controller?: boolean;
  blockOwnerDeletion?: boolean;
}

export interface ObjectMeta {
  name: string;
  namespace?: string;
  generateName?: string;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  /** RFC 3339, second precision ("2026-11-26T11:05:03Z"), as the API server writes it. */
  creationTimestamp?: string | null;
  deletionTimestamp?: string;
  labels?: Labels;
  annotations?: Record<string, string>;
  ownerReferences?: OwnerReference[];
  finalizers?: string[];
}

/** Any API object. `spec`, `status`, `data`... stay loosely typed: kinds narrow them where they are read. */
export interface KObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  [field: string]: unknown;
}

/** The result of one command line, as a terminal shows it. */
export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Patching JSON objects: strategic merge, JSON merge (RFC 7386), JSON patch (RFC 6902), apply's three-way merge. */
export { applyStrategicPatch } from './strategic-merge';
export { applyMergePatch } from './merge-patch';
export { applyJsonPatch, parseJsonPatch, type JsonPatchOp } from './json-patch';
export { threeWayMerge } from './three-way';
export { listStrategy, type ListStrategy } from './patch-meta';
export { PatchError, jsonEqual, isMap, type JsonMap } from './json-value';

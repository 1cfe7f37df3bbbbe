/** ObjectMeta, LabelSelector and the small shared models. */
import { f, req, type Models } from './schema-types';

export const META_MODELS: Models = {
  ObjectMeta: {
    description: 'ObjectMeta is metadata that all persisted resources must have, which includes all objects users must create.',
    fields: {
      annotations: f('map[string]string', 'Annotations is an unstructured key value map stored with a resource that may be set by external tools to store and retrieve arbitrary metadata. They are not queryable and should be preserved when modifying objects. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations'),
      creationTimestamp: f('string', 'CreationTimestamp is a timestamp representing the server time when this object was created. It is not guaranteed to be set in happens-before order across separate operations. Clients may not set this value. It is represented in RFC3339 form and is in UTC.\n\nPopulated by the system. Read-only. Null for lists. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata'),
      deletionGracePeriodSeconds: f('integer', 'Number of seconds allowed for this object to gracefully terminate before it will be removed from the system. Only set when deletionTimestamp is also set. May only be shortened. Read-only.'),
      deletionTimestamp: f('string', 'DeletionTimestamp is RFC 3339 date and time at which this resource will be deleted. This field is set by the server when a graceful deletion is requested by the user, and is not directly settable by a client.'),
      finalizers: f('[]string', 'Must be empty before the object is deleted from the registry. Each entry is an identifier for the responsible component that will remove the entry from the list. If the deletionTimestamp of the object is non-nil, entries in this list can only be removed.'),
      generateName: f('string', 'GenerateName is an optional prefix, used by the server, to generate a unique name ONLY IF the Name field has not been provided. If this field is used, the name returned to the client will be different than the name passed. This value will also be combined with a unique suffix. The provided value has the same validation rules as the Name field, and may be truncated by the length of the suffix required to make the value unique on the server.'),
      generation: f('integer', 'A sequence number representing a specific generation of the desired state. Populated by the system. Read-only.'),
      labels: f('map[string]string', 'Map of string keys and values that can be used to organize and categorize (scope and select) objects. May match selectors of replication controllers and services. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels'),
      managedFields: f('[]ManagedFieldsEntry', "ManagedFields maps workflow-id and version to the set of fields that are managed by that workflow. This is mostly for internal housekeeping, and users typically shouldn't need to set or understand this field. A workflow can be the user's name, a controller's name, or the name of a specific apply path like \"ci-cd\". The set of fields is always in the version that the workflow used when modifying the object."),
      name: f('string', 'Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically. Name is primarily intended for creation idempotence and configuration definition. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names'),
      namespace: f('string', 'Namespace defines the space within which each name must be unique. An empty namespace is equivalent to the "default" namespace, but "default" is the canonical representation. Not all objects are required to be scoped to a namespace - the value of this field for those objects will be empty.\n\nMust be a DNS_LABEL. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces'),
      ownerReferences: f('[]OwnerReference', 'List of objects depended by this object. If ALL objects in the list have been deleted, this object will be garbage collected. If this object is managed by a controller, then an entry in this list will point to this controller, with the controller field set to true. There cannot be more than one managing controller.'),
      resourceVersion: f('string', 'An opaque value that represents the internal version of this object that can be used by clients to determine when objects have changed. May be used for optimistic concurrency, change detection, and the watch operation on a resource or set of resources. Clients must treat these values as opaque and passed unmodified back to the server. They may only be valid for a particular resource or set of resources.\n\nPopulated by the system. Read-only. Value must be treated as opaque by clients and . More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#concurrency-control-and-consistency'),
      selfLink: f('string', 'Deprecated: selfLink is a legacy read-only field that is no longer populated by the system.'),
      uid: f('string', 'UID is the unique in time and space value for this object. It is typically generated by the server on successful creation of a resource and is not allowed to change on PUT operations.\n\nPopulated by the system. Read-only. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#uids'),
    },
  },
  ManagedFieldsEntry: {
    description: 'ManagedFieldsEntry is a workflow-id, a FieldSet and the group version of the resource that the fieldset applies to.',
    fields: {
      apiVersion: f('string', 'APIVersion defines the version of this resource that this field set applies to.'),
      fieldsType: f('string', 'FieldsType is the discriminator for the different fields format and version. There is currently only one possible value: "FieldsV1"'),
      fieldsV1: f('Object', 'FieldsV1 holds the first JSON version format as described in the "FieldsV1" type.'),
      manager: f('string', 'Manager is an identifier of the workflow managing these fields.'),
      operation: f('string', "Operation is the type of operation which lead to this ManagedFieldsEntry being created. The only valid values for this field are 'Apply' and 'Update'."),
      subresource: f('string', 'Subresource is the name of the subresource used to update that object, or empty string if the object was updated through the main resource.'),
      time: f('string', 'Time is the timestamp of when the ManagedFields entry was added.'),
    },
  },
  OwnerReference: {
    description: 'OwnerReference contains enough information to let you identify an owning object. An owning object must be in the same namespace as the dependent, or be cluster-scoped, so there is no namespace field.',
    fields: {
      apiVersion: req('string', 'API version of the referent.'),
      blockOwnerDeletion: f('boolean', 'If true, AND if the owner has the "foregroundDeletion" finalizer, then the owner cannot be deleted from the key-value store until this reference is removed.'),
      controller: f('boolean', 'If true, this reference points to the managing controller.'),
      kind: req('string', 'Kind of the referent. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds'),
      name: req('string', 'Name of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names'),
      uid: req('string', 'UID of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#uids'),
    },
  },
  LabelSelector: {
    description: 'A label selector is a label query over a set of resources. The result of matchLabels and matchExpressions are ANDed. An empty label selector matches all objects. A null label selector matches no objects.',
    fields: {
      matchExpressions: f('[]LabelSelectorRequirement', 'matchExpressions is a list of label selector requirements. The requirements are ANDed.'),
      matchLabels: f('map[string]string', 'matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.'),
    },
  },
  LabelSelectorRequirement: {
    description: 'A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.',
    fields: {
      key: req('string', 'key is the label key that the selector applies to.'),
      operator: req('string', "operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist."),
      values: f('[]string', 'values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.'),
    },
  },
  PodTemplateSpec: {
    description: 'PodTemplateSpec describes the data a pod should have when created from a template',
    fields: {
      metadata: f('ObjectMeta', "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata"),
      spec: f('PodSpec', 'Specification of the desired behavior of the pod. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status'),
    },
  },
};

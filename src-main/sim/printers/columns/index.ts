/** The table printer of each kind. */
import type { ResourceType } from '../../api/registry';
import type { KindPrinter } from './types';
import * as w from './workloads';
import * as c from './core';
import * as x from './other';

const BY_KIND: Record<string, KindPrinter> = {
  Pod: w.podPrinter,
  Deployment: w.deploymentPrinter,
  ReplicaSet: w.replicaSetPrinter,
  ReplicationController: w.replicationControllerPrinter,
  DaemonSet: w.daemonSetPrinter,
  StatefulSet: w.statefulSetPrinter,
  Job: w.jobPrinter,
  CronJob: w.cronJobPrinter,
  Service: c.servicePrinter,
  Endpoints: c.endpointsPrinter,
  Node: c.nodePrinter,
  Namespace: c.namespacePrinter,
  ConfigMap: c.configMapPrinter,
  Secret: c.secretPrinter,
  ServiceAccount: c.serviceAccountPrinter,
  Event: c.eventPrinter,
  PersistentVolumeClaim: c.pvcPrinter,
  PersistentVolume: c.pvPrinter,
  RoleBinding: x.roleBindingPrinter,
  ClusterRoleBinding: x.roleBindingPrinter,
  Ingress: x.ingressPrinter,
  HorizontalPodAutoscaler: x.hpaPrinter,
  NetworkPolicy: x.networkPolicyPrinter,
  PodDisruptionBudget: x.pdbPrinter,
  StorageClass: x.storageClassPrinter,
  ResourceQuota: x.resourceQuotaPrinter,
  PriorityClass: x.priorityClassPrinter,
  Lease: x.leasePrinter,
  EndpointSlice: x.endpointSlicePrinter,
};

export function printerFor(rt: ResourceType): KindPrinter {
  return BY_KIND[rt.kind] ?? x.defaultPrinter;
}

export type { KindPrinter, ColumnDef, RowContext } from './types';

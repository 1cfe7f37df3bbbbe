/**
 * `kubectl describe`: one describer per kind, in kubectl's exact layout (pkg/describe/describe.go),
 * and the generic describer for kinds without one.
 */
import type { KObject } from '../../api/types';
import type { ResourceType } from '../../api/registry';
import type { Cluster } from '../../cluster/cluster';
import type { DescribeOptions } from './writer';
import { describeCronJob, describeJob, describeStatefulSet } from './batch';
import { describeConfigMap, describeGeneric, describeSecret, describeServiceAccount } from './config';
import { describeEndpoints, describeService } from './network';
import { describeNamespace, describeNode } from './node';
import { describeDaemonSet, describeDeployment, describePod, describeReplicaSet } from './workloads';
import { describeRole, describeRoleBinding } from '../../rbac/describe';

type Describer = (cluster: Cluster, obj: KObject, opts: DescribeOptions) => string;

const BY_KIND: Record<string, Describer> = {
  Pod: describePod,
  Deployment: describeDeployment,
  ReplicaSet: describeReplicaSet,
  DaemonSet: describeDaemonSet,
  StatefulSet: describeStatefulSet,
  Job: describeJob,
  CronJob: describeCronJob,
  Service: describeService,
  Endpoints: describeEndpoints,
  Node: describeNode,
  Namespace: describeNamespace,
  ConfigMap: describeConfigMap,
  Secret: describeSecret,
  ServiceAccount: describeServiceAccount,
  Role: describeRole,
  ClusterRole: describeRole,
  RoleBinding: describeRoleBinding,
  ClusterRoleBinding: describeRoleBinding,
};

/** The describe text of one object, newline-terminated; several objects are joined with a blank line by the caller. */
export function describe(cluster: Cluster, rt: ResourceType, obj: KObject, opts: DescribeOptions = {}): string {
  return (BY_KIND[rt.kind] ?? describeGeneric)(cluster, obj, opts);
}

export type { DescribeOptions } from './writer';

/** Every controller and stage of the simulated control plane and kubelets, in the order they run. */
import type { Controller, Stage } from './engine';
import { namespaceController, namespaceFinalizeStage } from './namespace';
import { deploymentController, deploymentProgressStage } from './deployment';
import { replicaSetController } from './replicaset';
import { daemonSetController } from './daemonset';
import { schedulerController } from './scheduler';
import { endpointsController } from './endpoints';
import { endpointSliceController } from './endpointslices';
import { garbageCollector } from './garbage-collector';
import { KUBELET_STAGES } from './kubelet';
import { jobController } from './job';
import { cronJobController, cronJobScheduleStage } from './cronjob';
import { statefulSetController } from './statefulset';
import { nodeHeartbeatStage } from './node';
import { clusterRoleAggregationController } from '../rbac/aggregation';

export const CONTROLLERS: readonly Controller[] = [
  namespaceController,
  garbageCollector,
  deploymentController,
  replicaSetController,
  daemonSetController,
  statefulSetController,
  cronJobController,
  jobController,
  schedulerController,
  endpointsController,
  endpointSliceController,
  clusterRoleAggregationController,
];

export const STAGES: readonly Stage[] = [...KUBELET_STAGES, deploymentProgressStage, cronJobScheduleStage, namespaceFinalizeStage, nodeHeartbeatStage];

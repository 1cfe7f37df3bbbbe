/** Every controller and stage of the simulated control plane and kubelets, in the order they run. */
import type { Controller, Stage } from './engine';
import { namespaceController, namespaceFinalizeStage } from './namespace';
import { deploymentController, deploymentProgressStage } from './deployment';
import { replicaSetController } from './replicaset';
import { daemonSetController } from './daemonset';
import { schedulerController } from './scheduler';
import { endpointsController } from './endpoints';
import { garbageCollector } from './garbage-collector';
import { KUBELET_STAGES } from './kubelet';

export const CONTROLLERS: readonly Controller[] = [
  namespaceController,
  garbageCollector,
  deploymentController,
  replicaSetController,
  daemonSetController,
  schedulerController,
  endpointsController,
];

export const STAGES: readonly Stage[] = [...KUBELET_STAGES, deploymentProgressStage, namespaceFinalizeStage];

/** Every controller and stage of the simulated control plane and kubelets, in the order they run. */
import type { Controller, Stage } from './engine';

export const CONTROLLERS: readonly Controller[] = [];
export const STAGES: readonly Stage[] = [];

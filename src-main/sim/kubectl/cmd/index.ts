/** Every implemented verb, by command path. Commands not listed here answer "not supported yet". */
import type { Verb } from '../invocation';
import { createDeployment } from './create/deployment';
import { createNamespace } from './create/namespace';
import { createServiceAccount } from './create/serviceaccount';
import { createServiceClusterIP, createServiceExternalName, createServiceLoadBalancer, createServiceNodePort } from './create/service';
import { createConfigMap } from './create/configmap';
import { createSecretDockerRegistry, createSecretGeneric, createSecretTls } from './create/secret';
import { createJob } from './create/job';
import { createCronJob } from './create/cronjob';
import { run } from './run';
import { version } from './version';
import { apiResources, apiVersions } from './api-resources';
import { clusterInfo } from './cluster-info';
import { get } from './get';
import { create } from './create';
import { scale } from './scale';
import { del } from './delete';
import { annotate, label } from './label';
import { logs } from './logs';
import { expose } from './expose';
import { describe } from './describe';
import { createClusterRole, createClusterRoleBinding, createRole, createRoleBinding } from './create/rbac';
import { createPdb, createPriorityClass, createQuota } from './create/policy';
import { createIngress } from './create/ingress';
import { setImage } from './set-image';
import { apply } from './apply';
import { replace } from './replace';
import { createToken } from './create/token';
import { options } from './options';
import { configView } from './config/view';
import { currentContext, deleteContext, getContexts, renameContext, setContext, useContext } from './config/contexts';
import { deleteCluster, deleteUser, getClusters, getUsers, setCluster, setCredentials } from './config/clusters-users';
import { configSet, configUnset } from './config/set-unset';
import { setEnv } from './set-env';
import { setResources } from './set-resources';
import { setSelector } from './set-selector';
import { setServiceAccount } from './set-serviceaccount';
import { autoscale } from './autoscale';
import { authCanI, authWhoami } from './auth';
import { patch } from './patch';
import { rolloutHistory, rolloutPause, rolloutRestart, rolloutResume, rolloutStatus, rolloutUndo } from './rollout';
import { exec } from './exec';
import { portForward } from './port-forward';
import { topNode, topPod } from './top';
import { explain } from './explain';
import { edit } from './edit';
import { clusterInfoDump } from './cluster-info-dump';
import { cordon, uncordon } from './cordon';
import { drain } from './drain';
import { taint } from './taint';
import { wait } from './wait';
import { events } from './events';
import { attach } from './attach';
import { debug } from './debug';

const ALL: Verb[] = [
  createDeployment,
  createNamespace,
  createServiceAccount,
  createServiceClusterIP,
  createServiceNodePort,
  createServiceLoadBalancer,
  createServiceExternalName,
  createConfigMap,
  createSecretGeneric,
  createSecretDockerRegistry,
  createSecretTls,
  createJob,
  createCronJob,
  run,
  version,
  apiResources,
  apiVersions,
  clusterInfo,
  get,
  create,
  scale,
  del,
  label,
  annotate,
  logs,
  expose,
  describe,
  createRole,
  createClusterRole,
  createRoleBinding,
  createClusterRoleBinding,
  createQuota,
  createPdb,
  createPriorityClass,
  createIngress,
  setImage,
  apply,
  replace,
  createToken,
  options,
  configView,
  getContexts,
  currentContext,
  useContext,
  setContext,
  deleteContext,
  renameContext,
  getClusters,
  getUsers,
  setCluster,
  setCredentials,
  deleteCluster,
  deleteUser,
  configSet,
  configUnset,
  setEnv,
  setResources,
  setSelector,
  setServiceAccount,
  autoscale,
  rolloutHistory,
  rolloutUndo,
  rolloutStatus,
  rolloutRestart,
  rolloutPause,
  rolloutResume,
  authCanI,
  patch,
  authWhoami,
  exec,
  portForward,
  topNode,
  topPod,
  explain,
  edit,
  clusterInfoDump,
  cordon,
  uncordon,
  drain,
  taint,
  wait,
  events,
  attach,
  debug,
];

export const VERBS: ReadonlyMap<string, Verb> = new Map(ALL.map((v) => [v.path, v]));

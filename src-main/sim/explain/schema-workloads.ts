/** Deployments, ReplicaSets, DaemonSets, Jobs and CronJobs. */
import { f, req, SPEC_MORE, topLevel, type Models } from './schema-types';

const SELECTOR_DESC = (what: string) => `Label selector for pods. Existing ReplicaSets whose pods are selected by this will be the ones affected by this ${what}. It must match the pod template's labels.`;

export const WORKLOAD_MODELS: Models = {
  Deployment: {
    description: 'Deployment enables declarative updates for Pods and ReplicaSets.',
    fields: topLevel('Deployment', {
      spec: f('DeploymentSpec', 'Specification of the desired behavior of the Deployment.'),
      status: f('DeploymentStatus', 'Most recently observed status of the Deployment.'),
    }),
  },
  DeploymentSpec: {
    description: 'DeploymentSpec is the specification of the desired behavior of the Deployment.',
    fields: {
      minReadySeconds: f('integer', "Minimum number of seconds for which a newly created pod should be ready without any of its container crashing, for it to be considered available. Defaults to 0 (pod will be considered available as soon as it is ready)"),
      paused: f('boolean', 'Indicates that the deployment is paused.'),
      progressDeadlineSeconds: f('integer', 'The maximum time in seconds for a deployment to make progress before it is considered to be failed. The deployment controller will continue to process failed deployments and a condition with a ProgressDeadlineExceeded reason will be surfaced in the deployment status. Note that progress will not be estimated during the time a deployment is paused. Defaults to 600s.'),
      replicas: f('integer', 'Number of desired pods. This is a pointer to distinguish between explicit zero and not specified. Defaults to 1.'),
      revisionHistoryLimit: f('integer', 'The number of old ReplicaSets to retain to allow rollback. This is a pointer to distinguish between explicit zero and not specified. Defaults to 10.'),
      selector: req('LabelSelector', SELECTOR_DESC('deployment')),
      strategy: f('DeploymentStrategy', 'The deployment strategy to use to replace existing pods with new ones.'),
      template: req('PodTemplateSpec', 'Template describes the pods that will be created. The only allowed template.spec.restartPolicy value is "Always".'),
    },
  },
  DeploymentStrategy: {
    description: 'DeploymentStrategy describes how to replace existing pods with new ones.',
    fields: {
      rollingUpdate: f('RollingUpdateDeployment', 'Rolling update config params. Present only if DeploymentStrategyType = RollingUpdate.'),
      type: f('string', 'Type of deployment. Can be "Recreate" or "RollingUpdate". Default is RollingUpdate.', { enum: ['Recreate', 'RollingUpdate'] }),
    },
  },
  RollingUpdateDeployment: {
    description: 'Spec to control the desired behavior of rolling update.',
    fields: {
      maxSurge: f('IntOrString', 'The maximum number of pods that can be scheduled above the desired number of pods. Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%). This can not be 0 if MaxUnavailable is 0. Absolute number is calculated from percentage by rounding up. Defaults to 25%. Example: when this is set to 30%, the new ReplicaSet can be scaled up immediately when the rolling update starts, such that the total number of old and new pods do not exceed 130% of desired pods. Once old pods have been killed, new ReplicaSet can be scaled up further, ensuring that total number of pods running at any time during the update is at most 130% of desired pods.'),
      maxUnavailable: f('IntOrString', 'The maximum number of pods that can be unavailable during the update. Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%). Absolute number is calculated from percentage by rounding down. This can not be 0 if MaxSurge is 0. Defaults to 25%. Example: when this is set to 30%, the old ReplicaSet can be scaled down to 70% of desired pods immediately when the rolling update starts. Once new pods are ready, old ReplicaSet can be scaled down further, followed by scaling up the new ReplicaSet, ensuring that the total number of pods available at all times during the update is at least 70% of desired pods.'),
    },
  },
  DeploymentStatus: {
    description: 'DeploymentStatus is the most recently observed status of the Deployment.',
    fields: {
      availableReplicas: f('integer', 'Total number of available pods (ready for at least minReadySeconds) targeted by this deployment.'),
      conditions: f('[]DeploymentCondition', "Represents the latest available observations of a deployment's current state."),
      observedGeneration: f('integer', 'The generation observed by the deployment controller.'),
      readyReplicas: f('integer', 'readyReplicas is the number of pods targeted by this Deployment with a Ready Condition.'),
      replicas: f('integer', 'Total number of non-terminated pods targeted by this deployment (their labels match the selector).'),
      unavailableReplicas: f('integer', 'Total number of unavailable pods targeted by this deployment. This is the total number of pods that are still required for the deployment to have 100% available capacity. They may either be pods that are running but not yet available or pods that still have not been created.'),
      updatedReplicas: f('integer', 'Total number of non-terminated pods targeted by this deployment that have the desired template spec.'),
    },
  },
  ReplicaSet: {
    description: 'ReplicaSet ensures that a specified number of pod replicas are running at any given time.',
    fields: topLevel('ReplicaSet', {
      spec: f('ReplicaSetSpec', `Spec defines the specification of the desired behavior of the ReplicaSet. More info: ${SPEC_MORE}`),
      status: f('ReplicaSetStatus', `Status is the most recently observed status of the ReplicaSet. This data may be out of date by some window of time. Populated by the system. Read-only. More info: ${SPEC_MORE}`),
    }),
  },
  ReplicaSetSpec: {
    description: 'ReplicaSetSpec is the specification of a ReplicaSet.',
    fields: {
      minReadySeconds: f('integer', "Minimum number of seconds for which a newly created pod should be ready without any of its container crashing, for it to be considered available. Defaults to 0 (pod will be considered available as soon as it is ready)"),
      replicas: f('integer', 'Replicas is the number of desired replicas. This is a pointer to distinguish between explicit zero and unspecified. Defaults to 1. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicationcontroller/#what-is-a-replicationcontroller'),
      selector: req('LabelSelector', 'Selector is a label query over pods that should match the replica count. Label keys and values that must match in order to be controlled by this replica set. It must match the pod template\'s labels. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors'),
      template: f('PodTemplateSpec', 'Template is the object that describes the pod that will be created if insufficient replicas are detected. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicationcontroller#pod-template'),
    },
  },
  DaemonSet: {
    description: 'DaemonSet represents the configuration of a daemon set.',
    fields: topLevel('DaemonSet', {
      spec: f('DaemonSetSpec', `The desired behavior of this daemon set. More info: ${SPEC_MORE}`),
      status: f('DaemonSetStatus', `The current status of this daemon set. This data may be out of date by some window of time. Populated by the system. Read-only. More info: ${SPEC_MORE}`),
    }),
  },
  DaemonSetSpec: {
    description: 'DaemonSetSpec is the specification of a daemon set.',
    fields: {
      minReadySeconds: f('integer', 'The minimum number of seconds for which a newly created DaemonSet pod should be ready without any of its container crashing, for it to be considered available. Defaults to 0 (pod will be considered available as soon as it is ready).'),
      revisionHistoryLimit: f('integer', 'The number of old history to retain to allow rollback. This is a pointer to distinguish between explicit zero and not specified. Defaults to 10.'),
      selector: req('LabelSelector', "A label query over pods that are managed by the daemon set. Must match in order to be controlled. It must match the pod template's labels. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors"),
      template: req('PodTemplateSpec', "An object that describes the pod that will be created. The DaemonSet will create exactly one copy of this pod on every node that matches the template's node selector (or on every node if no node selector is specified). The only allowed template.spec.restartPolicy value is \"Always\". More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicationcontroller#pod-template"),
      updateStrategy: f('DaemonSetUpdateStrategy', 'An update strategy to replace existing DaemonSet pods with new pods.'),
    },
  },
  Job: {
    description: 'Job represents the configuration of a single job.',
    fields: topLevel('Job', {
      spec: f('JobSpec', `Specification of the desired behavior of a job. More info: ${SPEC_MORE}`),
      status: f('JobStatus', `Current status of a job. More info: ${SPEC_MORE}`),
    }),
  },
  JobSpec: {
    description: 'JobSpec describes how the job execution will look like.',
    fields: {
      activeDeadlineSeconds: f('integer', 'Specifies the duration in seconds relative to the startTime that the job may be continuously active before the system tries to terminate it; value must be positive integer. If a Job is suspended (at creation or through an update), this timer will effectively be stopped and reset when the Job is resumed again.'),
      backoffLimit: f('integer', 'Specifies the number of retries before marking this job failed. Defaults to 6'),
      completionMode: f('string', "completionMode specifies how Pod completions are tracked. It can be `NonIndexed` (default) or `Indexed`.", { enum: ['Indexed', 'NonIndexed'] }),
      completions: f('integer', 'Specifies the desired number of successfully finished pods the job should be run with.  Setting to null means that the success of any pod signals the success of all pods, and allows parallelism to have any positive value.  Setting to 1 means that parallelism is limited to 1 and the success of that pod signals the success of the job. More info: https://kubernetes.io/docs/concepts/workloads/controllers/jobs-run-to-completion/'),
      manualSelector: f('boolean', 'manualSelector controls generation of pod labels and pod selectors. Leave `manualSelector` unset unless you are certain what you are doing. When false or unset, the system pick labels unique to this job and appends those labels to the pod template.  When true, the user is responsible for picking unique labels and specifying the selector.  Failure to pick a unique label may cause this and other jobs to not function correctly.  However, You may see `manualSelector=true` in jobs that were created with the old `extensions/v1beta1` API. More info: https://kubernetes.io/docs/concepts/workloads/controllers/jobs-run-to-completion/#specifying-your-own-pod-selector'),
      parallelism: f('integer', 'Specifies the maximum desired number of pods the job should run at any given time. The actual number of pods running in steady state will be less than this number when ((.spec.completions - .status.successful) < .spec.parallelism), i.e. when the work left to do is less than max parallelism. More info: https://kubernetes.io/docs/concepts/workloads/controllers/jobs-run-to-completion/'),
      selector: f('LabelSelector', 'A label query over pods that should match the pod count. Normally, the system sets this field for you. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors'),
      suspend: f('boolean', 'suspend specifies whether the Job controller should create Pods or not. If a Job is created with suspend set to true, no Pods are created by the Job controller. If a Job is suspended after creation (i.e. the flag goes from false to true), the Job controller will delete all active Pods associated with this Job. Users must design their workload to gracefully handle this. Suspending a Job will reset the StartTime field of the Job, effectively resetting the ActiveDeadlineSeconds timer too. Defaults to false.'),
      template: req('PodTemplateSpec', 'Describes the pod that will be created when executing a job. The only allowed template.spec.restartPolicy values are "Never" or "OnFailure". More info: https://kubernetes.io/docs/concepts/workloads/controllers/jobs-run-to-completion/'),
      ttlSecondsAfterFinished: f('integer', "ttlSecondsAfterFinished limits the lifetime of a Job that has finished execution (either Complete or Failed). If this field is set, ttlSecondsAfterFinished after the Job finishes, it is eligible to be automatically deleted. When the Job is being deleted, its lifecycle guarantees (e.g. finalizers) will be honored. If this field is unset, the Job won't be automatically deleted. If this field is set to zero, the Job becomes eligible to be deleted immediately after it finishes."),
    },
  },
  CronJob: {
    description: 'CronJob represents the configuration of a single cron job.',
    fields: topLevel('CronJob', {
      spec: f('CronJobSpec', `Specification of the desired behavior of a cron job, including the schedule. More info: ${SPEC_MORE}`),
      status: f('CronJobStatus', `Current status of a cron job. More info: ${SPEC_MORE}`),
    }),
  },
  CronJobSpec: {
    description: 'CronJobSpec describes how the job execution will look like and when it will actually run.',
    fields: {
      concurrencyPolicy: f('string', "Specifies how to treat concurrent executions of a Job. Valid values are:\n\n- \"Allow\" (default): allows CronJobs to run concurrently; - \"Forbid\": forbids concurrent runs, skipping next run if previous run hasn't finished yet; - \"Replace\": cancels currently running job and replaces it with a new one", { enum: ['Allow', 'Forbid', 'Replace'] }),
      failedJobsHistoryLimit: f('integer', 'The number of failed finished jobs to retain. Value must be non-negative integer. Defaults to 1.'),
      jobTemplate: req('JobTemplateSpec', 'Specifies the job that will be created when executing a CronJob.'),
      schedule: req('string', 'The schedule in Cron format, see https://en.wikipedia.org/wiki/Cron.'),
      startingDeadlineSeconds: f('integer', 'Optional deadline in seconds for starting the job if it misses scheduled time for any reason.  Missed jobs executions will be counted as failed ones.'),
      successfulJobsHistoryLimit: f('integer', 'The number of successful finished jobs to retain. Value must be non-negative integer. Defaults to 3.'),
      suspend: f('boolean', 'This flag tells the controller to suspend subsequent executions, it does not apply to already started executions.  Defaults to false.'),
      timeZone: f('string', 'The time zone name for the given schedule, see https://en.wikipedia.org/wiki/List_of_tz_database_time_zones. If not specified, this will default to the time zone of the kube-controller-manager process. The set of valid time zone names and the time zone offset is loaded from the system-wide time zone database by the API server during CronJob validation and the controller manager during execution. If no system-wide time zone database can be found a bundled version of the database is used instead. If the time zone name becomes invalid during the lifetime of a CronJob or due to a change in host configuration, the controller will stop creating new new Jobs and will create a system event with the reason UnknownTimeZone. More information can be found in https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#time-zones'),
    },
  },
  JobTemplateSpec: {
    description: 'JobTemplateSpec describes the data a Job should have when created from a template',
    fields: {
      metadata: f('ObjectMeta', "Standard object's metadata of the jobs created from this template. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata"),
      spec: f('JobSpec', `Specification of the desired behavior of the job. More info: ${SPEC_MORE}`),
    },
  },
};

import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../../src-main/sim/index';
import { MODELS, wrap } from '../../../../src-main/sim/explain';
import { modelName } from '../../../../src-main/sim/explain/render';

const explain = (args: string) => createSimulator().run(`kubectl explain ${args}`);

describe('kubectl explain', () => {
  it('prints a kind with KIND, VERSION, DESCRIPTION and FIELDS in kubectl 1.32\'s layout', () => {
    const r = explain('pods');
    expect(r.exitCode).toBe(0);
    expect(r.stdout.startsWith(
      'KIND:       Pod\nVERSION:    v1\n\nDESCRIPTION:\n    Pod is a collection of containers that can run on a host. This resource is\n    created by clients and scheduled onto hosts.\n    \nFIELDS:\n  apiVersion\t<string>\n    APIVersion defines the versioned schema of this representation of an object.\n',
    )).toBe(true);
    expect(r.stdout).toContain('\n  spec\t<PodSpec>\n    Specification of the desired behavior of the pod.');
    expect(r.stdout.endsWith('\n\n')).toBe(true);
  });

  it('prints GROUP for kinds outside the core group and FIELD for a field path, with both descriptions', () => {
    const r = explain('deploy.spec');
    expect(r.stdout.startsWith('KIND:       Deployment\nGROUP:      apps\nVERSION:    v1\n\nFIELD: spec <DeploymentSpec>\n\nDESCRIPTION:\n    Specification of the desired behavior of the Deployment.\n    DeploymentSpec is the specification of the desired behavior of the\n    Deployment.\n    \nFIELDS:\n')).toBe(true);
    expect(r.stdout).toContain('  selector\t<LabelSelector> -required-\n');
    expect(r.stdout).toContain('  strategy\t<DeploymentStrategy>\n');
  });

  it('follows list fields into their item type and shows enums', () => {
    expect(explain('pods.spec.containers').stdout).toContain('FIELD: containers <[]Container>\n\nDESCRIPTION:\n    List of containers belonging to the pod.');
    expect(explain('pods.spec.containers').stdout).toContain('  name\t<string> -required-\n');
    expect(explain('po.spec').stdout).toContain('  restartPolicy\t<string>\n  enum: Always, Never, OnFailure\n    Restart policy for all containers');
    const leaf = explain('pod.spec.restartPolicy').stdout;
    expect(leaf).toContain('FIELD: restartPolicy <string>\nENUM:\n    Always\n    Never\n    OnFailure\n\nDESCRIPTION:\n');
    expect(leaf).not.toContain('FIELDS:');
  });

  it('lists the field tree by name and type with --recursive', () => {
    const r = explain('configmap --recursive').stdout;
    expect(r).toContain('FIELDS:\n  apiVersion\t<string>\n  binaryData\t<map[string]string>\n  data\t<map[string]string>\n  immutable\t<boolean>\n  kind\t<string>\n  metadata\t<ObjectMeta>\n    annotations\t<map[string]string>\n');
    expect(explain('deployment.spec.template --recursive').stdout).toContain('\n    containers\t<[]Container> -required-\n      args\t<[]string>\n');
  });

  it('answers every supported resource name', () => {
    for (const r of ['pods', 'deployments', 'services', 'configmaps', 'secrets', 'namespaces', 'replicasets', 'daemonsets', 'jobs', 'cronjobs', 'svc', 'cj', 'ds', 'rs', 'ns', 'cm']) {
      expect(explain(r).exitCode, r).toBe(0);
    }
  });

  it('answers kubectl\'s errors for unknown fields and resources, a missing argument and a wrong --api-version', () => {
    expect(explain('pod.spec.nope')).toEqual({ exitCode: 1, stdout: '', stderr: 'error: field "nope" does not exist\n' });
    expect(explain('nope').stderr).toBe('error: the server doesn\'t have a resource type "nope"\n');
    expect(explain('').stderr).toBe('error: You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.\n');
    expect(explain('pods svc').stderr).toBe('error: We accept only this format: explain RESOURCE\n');
    expect(explain('deploy --api-version=apps/v1').exitCode).toBe(0);
    expect(explain('deploy --api-version=apps/v2').stderr).toBe('error: couldn\'t find resource for "apps/v2, Kind=Deployment"\n');
  });
});

describe('the explain schema', () => {
  it('names only types it defines or leaves as leaves, and every kind has apiVersion, kind and metadata', () => {
    for (const kind of ['Pod', 'Deployment', 'Service', 'ConfigMap', 'Secret', 'Namespace', 'ReplicaSet', 'DaemonSet', 'Job', 'CronJob']) {
      expect(Object.keys(MODELS[kind]!.fields)).toEqual(expect.arrayContaining(['apiVersion', 'kind', 'metadata']));
    }
    for (const model of Object.values(MODELS)) for (const def of Object.values(model.fields)) expect(def.description.length).toBeGreaterThan(0);
    expect(modelName('[]Container')).toBe('Container');
    expect(modelName('map[string]Quantity')).toBe('Quantity');
  });

  it('wraps at word boundaries and keeps long words whole', () => {
    expect(wrap('aaa bbb ccc', 7)).toEqual(['aaa bbb', 'ccc']);
    expect(wrap('x https://a.very/long/url', 5)).toEqual(['x', 'https://a.very/long/url']);
    expect(wrap('one\ntwo', 80)).toEqual(['one', 'two']);
  });
});

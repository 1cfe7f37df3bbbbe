import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../../src-main/sim/index';
import { webDeployment } from '../../../helpers/manifests';

const web = (image: string, containerExtra = '') => webDeployment({ replicas: 3, image, containerExtra });

describe('kubectl replace -f', () => {
  it('fails with NotFound naming the file when the object does not exist', () => {
    const r = createSimulator({ files: { 'web.yaml': web('nginx:1.27') } }).run('kubectl replace -f web.yaml');
    expect(r.stderr).toBe('Error from server (NotFound): error when replacing "web.yaml": deployments.apps "web" not found\n');
    expect(r.exitCode).toBe(1);
  });

  it('puts the file in place of the live object and prints replaced', () => {
    const sim = createSimulator({ files: { 'web.yaml': web('nginx:1.27') } });
    sim.run('kubectl create deployment web --image=nginx:1.25');
    const uid = sim.cluster.get('deployments', 'default', 'web').metadata.uid;
    expect(sim.run('kubectl replace -f web.yaml').stdout).toBe('deployment.apps/web replaced\n');
    const live = sim.cluster.get('deployments', 'default', 'web');
    expect(sim.run("kubectl get deploy web -o jsonpath='{.spec.replicas} {.spec.template.spec.containers[0].image}'").stdout).toBe('3 nginx:1.27');
    expect(live.metadata.uid).toBe(uid);
  });

  it('with --force deletes the live object and creates the file', () => {
    const sim = createSimulator({ files: { 'web.yaml': web('nginx:1.27') } });
    sim.run('kubectl create deployment web --image=nginx:1.25');
    const uid = sim.cluster.get('deployments', 'default', 'web').metadata.uid;
    expect(sim.run('kubectl replace --force -f web.yaml').stdout).toBe('deployment.apps "web" deleted\ndeployment.apps/web replaced\n');
    expect(sim.cluster.get('deployments', 'default', 'web').metadata.uid).not.toBe(uid);
  });

  it('requires a file, and objects in it', () => {
    const sim = createSimulator({ files: { 'empty.yaml': '' } });
    expect(sim.run('kubectl replace').stderr).toBe("error: Must specify --filename to replace\nSee 'kubectl replace -h' for help and examples\n");
    expect(sim.run('kubectl replace -f empty.yaml').stderr).toBe('error: no objects passed to replace\n');
  });

  it('rejects unknown fields as the server does on an update', () => {
    const sim = createSimulator({ files: { 'web.yaml': web('nginx:1.27', '\n        imagez: x') } });
    sim.run('kubectl create deployment web --image=nginx:1.25');
    expect(sim.run('kubectl replace -f web.yaml').stderr).toBe(
      'Error from server (BadRequest): error when replacing "web.yaml": Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.template.spec.containers[0].imagez"\n',
    );
  });
});

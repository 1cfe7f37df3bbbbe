import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../../src-main/sim/index';

const run = (line: string) => createSimulator().run(line);

describe('--template', () => {
  it('feeds -o go-template and -o jsonpath when they name no template (note 001 reads a ClusterIP this way)', () => {
    expect(run("kubectl get svc kubernetes -o go-template --template '{{ .spec.clusterIP }}'")).toEqual({ exitCode: 0, stdout: '10.96.0.1', stderr: '' });
    expect(run("kubectl get svc kubernetes -o jsonpath --template '{.spec.clusterIP}'")).toEqual({ exitCode: 0, stdout: '10.96.0.1', stderr: '' });
  });

  it('alone means go-template, as kubectl 1.32 prints offline', () => {
    expect(run("kubectl create deployment w --image=nginx --dry-run=client --template '{{.metadata.name}}'")).toEqual({ exitCode: 0, stdout: 'w', stderr: '' });
  });

  it('leaves -o go-template without any template an error', () => {
    expect(run('kubectl create deployment w --image=nginx --dry-run=client -o go-template')).toEqual({
      exitCode: 1,
      stdout: '',
      stderr: 'error: template format specified but no template given\n',
    });
  });
});

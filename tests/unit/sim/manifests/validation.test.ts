import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../../src-main/sim/index';
import { unknownFields } from '../../../../src-main/sim/kubectl/validate-manifest';

const pod = (spec: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n${spec}`;
const files = {
  'bad.yaml': pod('  containerz: []\n  containers:\n  - name: a\n    image: nginx\n'),
  'two.yaml': pod('  containerz: []\n  containers:\n  - name: a\n    image: nginx\n    imagez: nginx\n'),
  'nothing.yaml': 'metadata:\n  name: x\n',
  'nokind.yaml': 'apiVersion: v1\nmetadata:\n  name: x\n',
  'good.yaml': pod('  hostPID: false\n  topologySpreadConstraints: []\n  containers:\n  - name: a\n    image: nginx\n    ports:\n    - containerPort: 80\n'),
};
const strictError = (fields: string) =>
  `Error from server (BadRequest): error when creating "bad.yaml": Pod in version "v1" cannot be handled as a Pod: strict decoding error: ${fields}\n`;

describe('client-side validation of apiVersion and kind', () => {
  it('lists both missing fields in brackets', () => {
    const r = createSimulator({ files }).run('kubectl apply -f nothing.yaml');
    expect(r.stderr).toBe('error: error validating "nothing.yaml": error validating data: [apiVersion not set, kind not set]; if you choose to ignore these errors, turn validation off with --validate=false\n');
    expect(r.exitCode).toBe(1);
  });

  it('names a single missing field without brackets', () => {
    const r = createSimulator({ files }).run('kubectl create -f nokind.yaml');
    expect(r.stderr).toBe('error: error validating "nokind.yaml": error validating data: kind not set; if you choose to ignore these errors, turn validation off with --validate=false\n');
  });
});

describe('strict field validation (the default --validate=strict)', () => {
  it('rejects an unknown field on create -f and on apply -f of a new object', () => {
    const sim = createSimulator({ files });
    for (const verb of ['create', 'apply']) {
      const r = sim.run(`kubectl ${verb} -f bad.yaml`);
      expect(r.stderr).toBe(strictError('unknown field "spec.containerz"'));
      expect(r.exitCode).toBe(1);
    }
    expect(sim.run('kubectl get pods').stdout).toBe('');
  });

  it('lists several unknown fields comma-separated with list indexes in the paths', () => {
    const r = createSimulator({ files: { 'bad.yaml': files['two.yaml'] } }).run('kubectl create -f bad.yaml');
    expect(r.stderr).toBe(strictError('unknown field "spec.containerz", unknown field "spec.containers[0].imagez"'));
  });

  it('accepts real fields the explain schema leaves out', () => {
    expect(createSimulator({ files }).run('kubectl apply -f good.yaml').stdout).toBe('pod/x created\n');
  });

  it('drops unknown fields silently with --validate=false or ignore', () => {
    for (const flag of ['--validate=false', '--validate=ignore']) {
      const sim = createSimulator({ files: { 'bad.yaml': files['two.yaml'] } });
      const r = sim.run(`kubectl create -f bad.yaml ${flag}`);
      expect(r.stdout).toBe('pod/x created\n');
      expect(r.stderr).toBe('');
      const spec = sim.cluster.get('pods', 'default', 'x').spec as Record<string, unknown>;
      expect(spec.containerz).toBeUndefined();
      expect((spec.containers as Record<string, unknown>[])[0]!.imagez).toBeUndefined();
    }
  });

  it('warns about each unknown field and proceeds with --validate=warn', () => {
    const r = createSimulator({ files: { 'bad.yaml': files['two.yaml'] } }).run('kubectl apply -f bad.yaml --validate=warn');
    expect(r.stdout).toBe('pod/x created\n');
    expect(r.stderr).toBe('Warning: unknown field "spec.containerz"\nWarning: unknown field "spec.containers[0].imagez"\n');
  });

  it('rejects an unknown --validate value', () => {
    expect(createSimulator({ files }).run('kubectl create -f good.yaml --validate=nope').stderr).toBe(
      'error: invalid - validate option "nope"; must be one of: strict (or true), warn, ignore (or false)\n',
    );
  });

  it('does not check kinds it has no complete field list for', () => {
    expect(unknownFields({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: 'r' }, rulez: [] } as never)).toEqual([]);
  });
});

describe('a Deployment manifest turned into a DaemonSet by changing its kind (notes 001 and 004)', () => {
  const rng = [
    'apiVersion: apps/v1', 'kind: DaemonSet', 'metadata:', '  name: rng', 'spec:', '  replicas: 1', '  selector:', '    matchLabels:', '      app: rng',
    '  strategy:', '    type: RollingUpdate', '  template:', '    metadata:', '      labels:', '        app: rng', '    spec:', '      containers:',
    '      - image: dockercoins/rng:v0.1', '        name: rng', 'status:', '  availableReplicas: 1', '  numberReady: 1', '',
  ].join('\n');

  it('is refused with the Deployment-only fields named, spec and status alike', () => {
    const r = createSimulator({ files: { 'rng.yml': rng } }).run('kubectl apply -f rng.yml');
    expect(r.stderr).toBe(
      'Error from server (BadRequest): error when creating "rng.yml": DaemonSet in version "v1" cannot be handled as a DaemonSet: strict decoding error: ' +
        'unknown field "spec.replicas", unknown field "spec.strategy", unknown field "status.availableReplicas"\n',
    );
    expect(r.exitCode).toBe(1);
  });

  it('is created without those fields with --validate=false', () => {
    const sim = createSimulator({ files: { 'rng.yml': rng } });
    expect(sim.run('kubectl apply -f rng.yml --validate=false').stdout).toBe('daemonset.apps/rng created\n');
    expect((sim.cluster.get('daemonsets', 'default', 'rng').spec as Record<string, unknown>).replicas).toBeUndefined();
  });
});

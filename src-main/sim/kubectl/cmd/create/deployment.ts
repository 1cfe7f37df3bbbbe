/**
 * kubectl create deployment NAME --image=image [--port] [--replicas] [-- COMMAND...]
 * (kubectl/pkg/cmd/create/create_deployment.go). Honoured: --image, --port, --replicas,
 * --dry-run, -o, -n. Accepted without effect: --save-config, --field-manager, --validate,
 * --template, --show-managed-fields, --allow-missing-template-keys.
 */
import type { KObject } from '../../../api/types';
import { CliError } from '../../errors';
import type { Invocation, Verb } from '../../invocation';
import { commandAfterDash, completeCreate, newMeta, submit } from './common';

export interface DeploymentSpecInput {
  name: string;
  images: string[];
  replicas: number;
  port: number;
  command: string[];
  /** Random 5-character suffix for container names that needed sanitizing (`my_app` → `my-app-x7k2p`). */
  suffix: () => string;
}

/** Container name from an image: last path segment, without tag or digest. */
export function containerNameFromImage(image: string, suffix: () => string): string {
  let name = image.split('/').pop() ?? image;
  if (name.includes(':')) name = name.split(':')[0]!;
  if (name.includes('@')) name = name.split('@')[0]!;
  if (/[_.]/.test(name)) name = `${name.replaceAll('_', '-').replaceAll('.', '-')}-${suffix()}`;
  return name;
}

export function buildDeployment(input: DeploymentSpecInput): KObject {
  const labels = { app: input.name };
  const containers: Record<string, unknown>[] = input.images.map((image) => ({
    name: containerNameFromImage(image, input.suffix),
    image,
    resources: {},
  }));
  // Key order does not matter: the serializers order fields as the Go structs do.
  if (input.command.length > 0 && containers[0]) containers[0].command = input.command;
  if (input.port >= 0 && containers[0]) containers[0].ports = [{ containerPort: input.port }];
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: newMeta(input.name, { ...labels }),
    spec: {
      replicas: input.replicas,
      selector: { matchLabels: { ...labels } },
      template: { metadata: { creationTimestamp: null, labels: { ...labels } }, spec: { containers } },
      strategy: {},
    },
    status: {},
  };
}

export const createDeployment: Verb = {
  path: 'create deployment',
  required: ['image'],
  run(inv: Invocation) {
    const ctx = completeCreate(inv);
    const images = inv.flags.slice('image');
    const command = commandAfterDash(inv);
    if (images.length > 1 && command.length > 0) throw new CliError('cannot specify multiple --image options and command');
    const deploy = buildDeployment({
      name: ctx.name,
      images,
      replicas: inv.flags.int('replicas'),
      port: inv.flags.int('port'),
      command,
      suffix: () => inv.env.cluster.rng.randomSuffix(),
    });
    submit(inv, ctx, deploy, 'failed to create deployment');
  },
};

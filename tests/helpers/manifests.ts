/** Manifests the simulator tests write into virtual files: one builder instead of a pasted YAML per test. */

export interface WebDeploymentOptions {
  replicas?: number;
  image?: string;
  /** Put `app: web` on the Deployment's own metadata too. */
  metadataLabels?: boolean;
  /** Raw YAML appended to the container (already indented), e.g. an unknown field. */
  containerExtra?: string;
}

/** Deployment `web` (selector and pod label `app: web`, one container `nginx`). */
export function webDeployment({ replicas = 2, image = 'nginx:1.25', metadataLabels = false, containerExtra = '' }: WebDeploymentOptions = {}): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web${metadataLabels ? '\n  labels:\n    app: web' : ''}
spec:
  replicas: ${replicas}
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: nginx
        image: ${image}${containerExtra}
`;
}

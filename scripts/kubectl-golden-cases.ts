/**
 * The command lines whose real kubectl 1.32 output the simulator is tested against. Each runs
 * offline (kubeconfig at https://127.0.0.1:1) in a fresh home; `files` are written to its working
 * directory first (and given to the simulator as virtual files). Ids are stable: the recorded
 * file tests/golden/kubectl/cases/<id>.json is named after them.
 */
export interface GoldenCase {
  id: string;
  args: string[];
  files?: Record<string, string>;
}

const POD = `apiVersion: v1
kind: Pod
metadata:
  labels:
    run: nginx
  name: nginx
spec:
  containers:
  - image: nginx
    name: nginx
    ports:
    - containerPort: 80
`;
const DEPLOY = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app: web
spec:
  replicas: 2
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
        image: nginx:1.25
        ports:
        - containerPort: 8080
`;
const DR = '--dry-run=client';
const c = (id: string, args: string[], files?: Record<string, string>): GoldenCase => (files ? { id, args, files } : { id, args });

export const GOLDEN_CASES: GoldenCase[] = [
  // create deployment
  c('create-deployment-yaml', ['create', 'deployment', 'web', '--image=nginx', '--replicas=3', DR, '-o', 'yaml']),
  c('create-deployment-json', ['create', 'deployment', 'web', '--image=nginx', DR, '-o', 'json']),
  c('create-deployment-short', ['create', 'deployment', 'web', '--image=nginx', DR]),
  c('create-deployment-port', ['create', 'deployment', 'web', '--image=nginx', '--port=80', DR, '-o', 'yaml']),
  c('create-deployment-two-images', ['create', 'deployment', 'multi', '--image=nginx', '--image=redis', DR, '-o', 'yaml']),
  c('create-deployment-namespace', ['create', 'deployment', 'web', '--image=nginx', '-n', 'dev', DR, '-o', 'yaml']),
  c('create-deployment-name', ['create', 'deploy', 'web', '--image=nginx:1.25', DR, '-o', 'name']),
  c('create-deployment-space-values', ['create', 'deployment', 'web', '--image', 'nginx', '--replicas', '2', DR, '-o', 'yaml']),
  c('create-deployment-command', ['create', 'deployment', 'busybox', '--image=busybox', DR, '-o', 'yaml', '--', 'sleep', '3600']),
  c('create-deployment-registry-image', ['create', 'deployment', 'web', '--image=registry.k8s.io/nginx:1.25', DR, '-o', 'yaml']),
  c('create-deployment-digest-image', ['create', 'deployment', 'web', '--image=nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31', DR, '-o', 'yaml']),
  c('create-deployment-short-r', ['create', 'deployment', 'web', '--image=nginx', '-r', '3', DR, '-o', 'yaml']),
  c('create-deployment-zero-json-ns', ['create', 'deployment', 'web', '--image=nginx', '--replicas=0', '--namespace=dev', DR, '-o', 'json']),
  c('create-deployment-invalid-name', ['create', 'deployment', 'Web_1', '--image=nginx', DR, '-o', 'yaml']),
  c('create-deployment-dry-run-bare', ['create', 'deployment', 'web', '--image=nginx', '--dry-run', '-o', 'name']),
  c('create-deployment-equals-short', ['create', 'deployment', 'web', '--image=nginx', '-n=dev', DR]),
  c('create-deployment-glued-short', ['create', 'deployment', 'web', '--image=nginx', '-ndev', DR, '-oyaml']),
  c('create-deployment-flags-first', ['-n', 'dev', 'create', '--dry-run=client', 'deployment', '--image=nginx', 'web', '-o', 'name']),
  // create service
  c('create-service-clusterip-yaml', ['create', 'service', 'clusterip', 'my-svc', '--tcp=80:8080', DR, '-o', 'yaml']),
  c('create-service-clusterip-short', ['create', 'service', 'clusterip', 'my-svc', '--tcp=80:8080', DR]),
  c('create-service-headless', ['create', 'service', 'clusterip', 'headless', '--clusterip=None', DR, '-o', 'yaml']),
  c('create-service-nodeport', ['create', 'service', 'nodeport', 'my-np', '--tcp=80:8080', '--node-port=30080', DR, '-o', 'yaml']),
  c('create-service-loadbalancer', ['create', 'service', 'loadbalancer', 'my-lb', '--tcp=5678:8080', DR, '-o', 'yaml']),
  c('create-service-externalname', ['create', 'service', 'externalname', 'my-ext', '--external-name=bar.com', DR, '-o', 'yaml']),
  c('create-service-two-ports', ['create', 'svc', 'clusterip', 'multi', '--tcp=80:8080', '--tcp=443:8443', DR, '-o', 'yaml']),
  c('create-service-port-only', ['create', 'service', 'clusterip', 'web', '--tcp=80', DR, '-o', 'yaml']),
  c('create-service-json', ['create', 'service', 'nodeport', 'np', '--tcp=80:8080', DR, '-o', 'json']),
  // configmap, secret
  c('create-configmap-literals', ['create', 'configmap', 'app-config', '--from-literal=key1=value1', '--from-literal=key2=value2', DR, '-o', 'yaml']),
  c('create-configmap-short', ['create', 'cm', 'app-config', '--from-literal=key1=value1', DR]),
  c('create-configmap-from-file', ['create', 'configmap', 'props', '--from-file=app.properties', DR, '-o', 'yaml'], { 'app.properties': 'color=blue\nmode=debug\n' }),
  c('create-configmap-from-file-key', ['create', 'configmap', 'props', '--from-file=conf=app.properties', DR, '-o', 'yaml'], { 'app.properties': 'color=blue\n' }),
  c('create-configmap-from-env-file', ['create', 'configmap', 'envcm', '--from-env-file=app.env', DR, '-o', 'yaml'], { 'app.env': '# comment\nDB_HOST=db\nDB_PORT=5432\n' }),
  c('create-configmap-json', ['create', 'configmap', 'cm', '--from-literal=a=1', DR, '-o', 'json']),
  c('create-configmap-empty', ['create', 'configmap', 'empty', DR, '-o', 'yaml']),
  c('create-secret-generic-yaml', ['create', 'secret', 'generic', 'db-secret', '--from-literal=username=admin', '--from-literal=password=s3cr3t', DR, '-o', 'yaml']),
  c('create-secret-generic-short', ['create', 'secret', 'generic', 'db-secret', '--from-literal=password=s3cr3t', DR]),
  c('create-secret-generic-json', ['create', 'secret', 'generic', 's', '--from-literal=a=1', '--type=Opaque', DR, '-o', 'json']),
  c('create-secret-generic-from-file', ['create', 'secret', 'generic', 'f', '--from-file=app.properties', DR, '-o', 'yaml'], { 'app.properties': 'color=blue\n' }),
  c('create-secret-docker-registry', ['create', 'secret', 'docker-registry', 'regcred', '--docker-server=registry.example.com', '--docker-username=user', '--docker-password=pass', '--docker-email=user@example.com', DR, '-o', 'yaml']),
  // job, cronjob
  c('create-job', ['create', 'job', 'hello', '--image=busybox:1.28', DR, '-o', 'yaml', '--', 'echo', 'Hello World']),
  c('create-job-perl', ['create', 'job', 'pi', '--image=perl:5.34', DR, '-o', 'yaml', '--', 'perl', '-Mbignum=bpi', '-wle', 'print bpi(2000)']),
  c('create-cronjob', ['create', 'cronjob', 'hello', '--image=busybox:1.28', '--schedule=*/1 * * * *', DR, '-o', 'yaml', '--', 'echo', 'Hello World']),
  c('create-cronjob-restart', ['create', 'cj', 'hello', '--image=busybox', '--schedule=*/5 * * * *', '--restart=Never', DR, '-o', 'yaml']),
  c('create-cronjob-bad-schedule', ['create', 'cronjob', 'cj', '--image=busybox', '--schedule=bad', DR, '-o', 'yaml']),
  // rbac, serviceaccount, namespace, quota, pdb, priorityclass
  c('create-role', ['create', 'role', 'pod-reader', '--verb=get,list,watch', '--resource=pods', DR, '-o', 'yaml']),
  c('create-role-mixed', ['create', 'role', 'mixed', '--verb=get', '--verb=list', '--resource=pods,deployments.apps', '--resource-name=web', DR, '-o', 'yaml']),
  c('create-role-odd-verb', ['create', 'role', 'r', '--verb=fly', '--resource=pods', DR]),
  c('create-clusterrole', ['create', 'clusterrole', 'node-reader', '--verb=get,list', '--resource=nodes', DR, '-o', 'yaml']),
  c('create-rolebinding', ['create', 'rolebinding', 'read-pods', '--role=pod-reader', '--user=jane', DR, '-o', 'yaml']),
  c('create-rolebinding-many', ['create', 'rolebinding', 'viewers', '--clusterrole=view', '--serviceaccount=dev:sa1', '--group=devs', DR, '-o', 'yaml']),
  c('create-clusterrolebinding', ['create', 'clusterrolebinding', 'root-admin', '--clusterrole=cluster-admin', '--user=root', DR, '-o', 'yaml']),
  c('create-serviceaccount-yaml', ['create', 'serviceaccount', 'sa1', DR, '-o', 'yaml']),
  c('create-serviceaccount-short', ['create', 'sa', 'sa1', '-n', 'dev', DR]),
  c('create-namespace-yaml', ['create', 'namespace', 'dev', DR, '-o', 'yaml']),
  c('create-namespace-name', ['create', 'ns', 'dev', DR, '-o', 'name']),
  c('create-namespace-json', ['create', 'namespace', 'dev', DR, '-o', 'json']),
  c('create-quota', ['create', 'quota', 'my-rq', '--hard=cpu=1,memory=1G,pods=2', DR, '-o', 'yaml']),
  c('create-pdb', ['create', 'pdb', 'web-pdb', '--selector=app=web', '--min-available=2', DR, '-o', 'yaml']),
  c('create-priorityclass', ['create', 'priorityclass', 'high', '--value=1000', '--description=high priority', DR, '-o', 'yaml']),
  c('create-priorityclass-short', ['create', 'priorityclass', 'pc', DR]),
  c('create-ingress', ['create', 'ingress', 'simple', '--rule=foo.com/bar=svc1:8080', DR, '-o', 'yaml']),
  c('create-ingress-tls', ['create', 'ingress', 'tls-ing', '--class=nginx', '--rule=foo.com/*=svc:8080,tls=my-cert', DR, '-o', 'yaml']),
  c('create-ingress-many', ['create', 'ingress', 'many', '--rule=foo.com/=svc:http', '--rule=bar.com/admin*=svc2:80,tls', '--default-backend=def:80', '--annotation=a=b', DR, '-o', 'yaml']),
  c('create-ingress-short', ['create', 'ing', 'x', '--rule=/path=svc:80', DR]),
  c('error-ingress-bad-rule', ['create', 'ingress', 'ing', '--rule=foo.com/=svc', DR]),
  // run
  c('run-yaml', ['run', 'nginx', '--image=nginx', DR, '-o', 'yaml']),
  c('run-short', ['run', 'nginx', '--image=nginx', DR]),
  c('run-labels-port', ['run', 'nginx', '--image=nginx', '--restart=Never', '--port=80', '--labels=app=web,tier=fe', DR, '-o', 'yaml']),
  c('run-command', ['run', 'busybox', '--image=busybox', '--restart=Never', DR, '-o', 'yaml', '--command', '--', 'env']),
  c('run-args', ['run', 'busybox', '--image=busybox', '--restart=Never', DR, '-o', 'yaml', '--', '/bin/sh', '-c', 'echo hello;sleep 3600']),
  c('run-env-json', ['run', 'nginx', '--image=nginx', '--env=VAR1=a', '--env=VAR2=b', DR, '-o', 'json']),
  c('run-expose', ['run', 'nginx', '--image=nginx', '--port=80', '--expose', DR, '-o', 'yaml']),
  c('run-expose-short', ['run', 'nginx', '--image=nginx', '--port=80', '--expose', DR]),
  c('run-annotations-pull-policy', ['run', 'nginx', '--image=nginx:1.25', '--annotations=owner=me', '--image-pull-policy=IfNotPresent', DR, '-o', 'yaml']),
  c('run-namespace', ['run', 'nginx', '--image=nginx', '-n', 'mynamespace', DR, '-o', 'yaml']),
  c('run-restart-onfailure', ['run', 'nginx', '--image=nginx', '--restart=OnFailure', DR, '-o', 'yaml']),
  c('run-dry-run-bare', ['run', 'nginx', '--image=nginx', '--dry-run', '-o', 'yaml']),
  c('run-name-output', ['run', 'nginx', '--image=nginx', '--labels=app=web', DR, '-o', 'name']),
  c('run-flags-first', ['run', '--restart=Never', 'nginx', '--image=nginx', '-o', 'yaml', DR]),
  c('run-requests-limits', ['run', 'nginx', '--image=nginx', '--restart=Never', DR, '-o', 'yaml', '--env=A=1', '--port=8080', '--image-pull-policy=Always', '--privileged']),
  c('run-attached-dry-run', ['run', 'tmp', '--image=busybox', '--rm', '-it', '--restart=Never', DR, '--', 'sh']),
  // expose (from files: kubectl needs a server for live objects)
  c('expose-pod', ['expose', '-f', 'pod.yaml', '--port=80', DR, '-o', 'yaml'], { 'pod.yaml': POD }),
  c('expose-deployment-nodeport', ['expose', '-f', 'deploy.yaml', '--port=80', '--target-port=8080', '--type=NodePort', '--name=web-svc', DR, '-o', 'yaml'], { 'deploy.yaml': DEPLOY }),
  c('expose-deployment-short', ['expose', '-f', 'deploy.yaml', '--port=80', DR], { 'deploy.yaml': DEPLOY }),
  c('expose-deployment-no-port', ['expose', '-f', 'deploy.yaml', DR, '-o', 'yaml'], { 'deploy.yaml': DEPLOY }),
  c('expose-deployment-lb', ['expose', '-f', 'deploy.yaml', '--type=LoadBalancer', '--port=8080', DR, '-o', 'yaml'], { 'deploy.yaml': DEPLOY }),
  // more generator details
  c('expose-two-ports', ['expose', '-f', 'two.yaml', DR, '-o', 'yaml'], { 'two.yaml': POD.replace('    - containerPort: 80\n', '    - containerPort: 80\n    - containerPort: 443\n      name: https\n') }),
  c('expose-options', ['expose', '-f', 'deploy.yaml', '--port=80,443', '--protocol=UDP', '--selector=app=other', '--labels=team=a', '--external-ip=1.2.3.4', '--session-affinity=ClientIP', DR, '-o', 'yaml'], { 'deploy.yaml': DEPLOY }),
  c('expose-bad-type', ['expose', '-f', 'deploy.yaml', '--type=Weird', DR], { 'deploy.yaml': DEPLOY }),
  c('expose-named-target', ['expose', '-f', 'deploy.yaml', '--port=80', '--target-port=http', DR, '-o', 'json'], { 'deploy.yaml': DEPLOY }),
  c('run-env-with-equals', ['run', 'x', '--image=nginx', '--env=URL=a=b', '--labels=a=b', DR, '-o', 'yaml']),
  c('run-negative-port', ['run', 'x', '--image=nginx', '--port=-1', DR, '-o', 'yaml']),
  c('run-command-no-args', ['run', 'x', '--image=nginx', '--command', DR, '-o', 'yaml']),
  c('run-stdin-tty-spec', ['run', 'x', '--image=busybox', '--restart=Never', DR, '-o', 'yaml', '--', 'sh']),
  c('run-rm-unattached', ['run', 'x', '--image=nginx', '--rm', DR]),
  c('run-bad-pull-policy', ['run', 'x', '--image=nginx', '--image-pull-policy=Sometimes', DR]),
  c('create-deployment-negative-replicas', ['create', 'deployment', 'web', '--image=nginx', '--replicas=-1', DR, '-o', 'yaml']),
  c('create-deployment-port-zero', ['create', 'deployment', 'web', '--image=nginx', '--port=0', DR, '-o', 'yaml']),
  c('create-deployment-images-and-command', ['create', 'deployment', 'web', '--image=nginx', '--image=redis', DR, '--', 'sleep', '1']),
  c('create-deployment-underscore-image', ['create', 'deployment', 'web', '--image=my_app:1', DR, '-o', 'name']),
  c('create-service-named-target', ['create', 'service', 'clusterip', 'web', '--tcp=80:http', DR, '-o', 'yaml']),
  c('create-service-bad-target', ['create', 'service', 'clusterip', 'web', '--tcp=80:70000', DR]),
  c('create-service-nodeport-multi', ['create', 'service', 'nodeport', 'np', '--tcp=80:8080,443:8443', '--node-port=30001', DR, '-o', 'yaml']),
  c('create-service-headless-port', ['create', 'service', 'clusterip', 'h', '--clusterip=None', '--tcp=80', DR, '-o', 'yaml']),
  c('create-configmap-quoted-literal', ['create', 'configmap', 'q', '--from-literal=greeting="hello world"', "--from-literal=single='x y'", DR, '-o', 'yaml']),
  c('create-configmap-duplicate-key', ['create', 'configmap', 'd', '--from-literal=a=1', '--from-literal=a=2', DR]),
  c('create-configmap-bad-key', ['create', 'configmap', 'b', '--from-literal=bad key=1', DR]),
  c('create-secret-basic-auth', ['create', 'secret', 'generic', 'ba', '--type=kubernetes.io/basic-auth', '--from-literal=username=u', '--from-literal=password=p', DR, '-o', 'yaml']),
  c('create-secret-env-file', ['create', 'secret', 'generic', 'e', '--from-env-file=app.env', DR, '-o', 'yaml'], { 'app.env': 'A=1\nB=two words\n' }),
  c('create-cronjob-bad-restart', ['create', 'cronjob', 'c', '--image=busybox', '--schedule=* * * * *', '--restart=Always', DR]),
  c('create-job-image-and-from', ['create', 'job', 'j', '--image=busybox', '--from=cronjob/x', DR]),
  c('create-rolebinding-bad-sa', ['create', 'rolebinding', 'rb', '--role=r', '--serviceaccount=nocolon', DR]),
  c('create-role-subresource', ['create', 'role', 'logs', '--verb=get', '--resource=pods/log', DR, '-o', 'yaml']),
  c('create-pdb-both', ['create', 'pdb', 'p', '--selector=app=x', '--min-available=1', '--max-unavailable=1', DR]),
  c('create-pdb-percent', ['create', 'pdb', 'p', '--selector=app=x', '--max-unavailable=50%', DR, '-o', 'yaml']),
  c('create-quota-scopes', ['create', 'quota', 'q', '--hard=pods=2', '--scopes=BestEffort', DR, '-o', 'yaml']),
  c('create-priorityclass-global', ['create', 'priorityclass', 'g', '--value=5', '--global-default', '--preemption-policy=Never', DR, '-o', 'yaml']),
  // output formats on dry-run objects
  c('output-jsonpath', ['create', 'deployment', 'web', '--image=nginx', DR, '-o', 'jsonpath={.spec.template.spec.containers[0].name}']),
  c('output-go-template', ['create', 'deployment', 'web', '--image=nginx', DR, '-o', 'go-template={{.metadata.name}}']),
  c('output-jsonpath-labels', ['create', 'deployment', 'web', '--image=nginx', DR, '-o', 'jsonpath={.metadata.labels}']),
  c('output-jsonpath-range', ['create', 'deployment', 'web', '--image=nginx', DR, '-o=jsonpath={range .spec.template.spec.containers[*]}{.name}{"\\n"}{end}']),
  c('output-wide-refused', ['create', 'deployment', 'web', '--image=nginx', DR, '-o', 'wide']),
  c('output-unknown', ['create', 'deployment', 'web', '--image=nginx', DR, '-o', 'foo']),
  // label/annotate on local files
  c('label-local', ['label', '--local', '-f', 'pod.yaml', 'tier=web', '-o', 'yaml'], { 'pod.yaml': POD }),
  c('label-local-remove', ['label', '--local', '-f', 'pod.yaml', 'run-', '-o', 'yaml'], { 'pod.yaml': POD }),
  c('label-local-no-overwrite', ['label', '--local', '-f', 'pod.yaml', 'run=other', '-o', 'yaml'], { 'pod.yaml': POD }),
  c('label-local-overwrite', ['label', '--local', '-f', 'pod.yaml', 'run=other', '--overwrite', '-o', 'yaml'], { 'pod.yaml': POD }),
  c('label-local-short', ['label', '--local', '-f', 'pod.yaml', 'tier=web'], { 'pod.yaml': POD }),
  c('set-image-local-yaml', ['set', 'image', '--local', '-f', 'deploy.yaml', 'nginx=nginx:1.26', '-o', 'yaml'], { 'deploy.yaml': DEPLOY }),
  c('set-image-local-all', ['set', 'image', '--local', '-f', 'pod.yaml', '*=nginx:alpine', '-o', 'json'], { 'pod.yaml': POD }),
  c('set-image-local-short', ['set', 'image', '--local', '-f', 'deploy.yaml', 'nginx=nginx:1.26'], { 'deploy.yaml': DEPLOY }),
  c('set-image-local-missing', ['set', 'image', '--local', '-f', 'deploy.yaml', 'nope=x'], { 'deploy.yaml': DEPLOY }),
  c('label-local-unlabeled', ['label', '--local', '-f', 'pod.yaml', 'run-'], { 'pod.yaml': POD }),
  c('label-local-same-value', ['label', '--local', '-f', 'pod.yaml', 'run=nginx'], { 'pod.yaml': POD }),
  c('label-local-absent-key', ['label', '--local', '-f', 'pod.yaml', 'nope-'], { 'pod.yaml': POD }),
  c('label-local-swap', ['label', '--local', '-f', 'pod.yaml', 'run-', 'a=b'], { 'pod.yaml': POD }),
  c('label-local-remove-overwrite', ['label', '--local', '-f', 'pod.yaml', 'run-', '--overwrite'], { 'pod.yaml': POD }),
  c('annotate-local-remove-short', ['annotate', '--local', '-f', 'pod.yaml', 'a-'], { 'pod.yaml': POD }),
  c('annotate-local', ['annotate', '--local', '-f', 'pod.yaml', 'description=my pod', '-o', 'yaml'], { 'pod.yaml': POD }),
  // version, api-resources (`--cached` reads the discovery cache instead of asking the server)
  c('version-client', ['version', '--client']),
  c('version-client-yaml', ['version', '--client', '-o', 'yaml']),
  c('version-client-json', ['version', '--client', '-o', 'json']),
  c('version-bad-output', ['version', '--client', '-o', 'foo']),
  c('api-resources', ['api-resources', '--cached']),
  c('api-resources-wide', ['api-resources', '-o', 'wide', '--cached']),
  c('api-resources-name', ['api-resources', '-o', 'name', '--cached']),
  c('api-resources-namespaced', ['api-resources', '--namespaced=true', '--cached']),
  c('api-resources-cluster', ['api-resources', '--namespaced=false', '--no-headers', '--cached']),
  c('api-resources-group', ['api-resources', '--api-group=apps', '--cached']),
  c('api-resources-core', ['api-resources', '--api-group=', '--cached']),
  c('api-resources-verbs', ['api-resources', '--verbs=list,get', '-o', 'name', '--cached']),
  c('api-resources-sort', ['api-resources', '--sort-by=name', '--cached']),
  c('api-resources-sort-kind', ['api-resources', '--sort-by=kind', '--api-group=apps', '--cached']),
  c('api-resources-categories', ['api-resources', '--categories=all', '--cached']),
  c('api-resources-bad-output', ['api-resources', '-o', 'yaml', '--cached']),
  // errors: unknown commands and flags, missing values, argument counts
  c('error-unknown-command', ['foo']),
  c('error-unknown-command-suggest', ['gett', 'pods']),
  c('error-unknown-command-prefix', ['vers']),
  c('error-unknown-command-none', ['xyzzy']),
  c('error-unknown-flag', ['get', 'pods', '--foo']),
  c('error-unknown-shorthand', ['get', 'pods', '-x']),
  c('error-get-no-type', ['get']),
  c('error-create-deployment-no-image', ['create', 'deployment', 'web']),
  c('error-create-deployment-no-name', ['create', 'deployment', '--image=nginx']),
  c('error-create-deployment-two-names', ['create', 'deployment', 'web', 'extra', '--image=nginx', DR]),
  c('error-replicas-not-int', ['create', 'deployment', 'web', '--image=nginx', '--replicas=abc']),
  c('error-port-not-int', ['create', 'deployment', 'web', '--image=nginx', '--port=abc']),
  c('error-dry-run-value', ['create', 'deployment', 'web', '--image=nginx', '--dry-run=foo']),
  c('error-dry-run-positional', ['create', 'deployment', 'web', '--image=nginx', '--dry-run', 'client']),
  c('error-create-deployment-labels', ['create', 'deployment', 'web', '--image=nginx', '--labels=app=web', DR]),
  c('error-create-deployment-restart', ['create', 'deployment', 'web', '--image=nginx', DR, '-o', 'yaml', '--restart=Never']),
  c('error-create-unknown-generator', ['create', 'foo', 'x']),
  c('error-create-no-args', ['create']),
  c('error-create-namespace-no-name', ['create', 'namespace']),
  c('error-create-secret-no-type', ['create', 'secret']),
  c('error-create-service-no-type', ['create', 'service']),
  c('error-create-job-no-image', ['create', 'job', 'j', DR, '-o', 'yaml']),
  c('error-create-cronjob-no-schedule', ['create', 'cronjob', 'cj', '--image=busybox', DR, '-o', 'yaml']),
  c('error-create-role-no-verb', ['create', 'role', 'r', '--resource=pods', DR]),
  c('error-create-role-no-resource', ['create', 'role', 'r', '--verb=get', DR]),
  c('error-create-rolebinding-no-role', ['create', 'rolebinding', 'rb', '--user=bob', DR]),
  c('error-configmap-bad-literal', ['create', 'configmap', 'cm', '--from-literal=novalue', DR]),
  c('error-configmap-missing-file', ['create', 'configmap', 'cm', '--from-file=nope.txt', DR]),
  c('error-secret-bad-literal', ['create', 'secret', 'generic', 's', '--from-literal=novalue', DR]),
  c('error-service-nodeport-no-tcp', ['create', 'service', 'nodeport', 'np', DR, '-o', 'yaml']),
  c('error-service-bad-tcp', ['create', 'service', 'clusterip', 'my-svc', '--tcp=abc', DR]),
  c('error-service-externalname-missing', ['create', 'service', 'externalname', 'x', DR]),
  c('error-run-no-image', ['run', 'nginx']),
  c('error-run-no-name', ['run', '--image=nginx']),
  c('error-run-bad-restart', ['run', 'nginx', '--image=nginx', '--restart=Sometimes', DR]),
  c('error-run-replicas', ['run', 'nginx', '--image=nginx', '--replicas=3', DR]),
  c('error-run-bad-port', ['run', 'nginx', '--image=nginx', '--port=http', DR, '-o', 'yaml']),
  c('error-run-bad-env', ['run', 'nginx', '--image=nginx', '--env=NOVALUE', DR, '-o', 'yaml']),
  c('error-run-bad-labels', ['run', 'nginx', '--image=nginx', '--labels=bad', DR, '-o', 'yaml']),
  c('error-run-bad-bool', ['run', 'x', '--image=nginx', '--expose=maybe']),
  c('error-run-expose-no-port', ['run', 'x', '--image=nginx', '--expose', DR]),
  c('error-scale-no-replicas', ['scale', 'deploy', 'web']),
  c('error-scale-no-resource', ['scale', '--replicas=3']),
  c('error-scale-negative', ['scale', 'deployment', 'web', '--replicas=-1']),
  c('error-scale-not-int', ['scale', 'deploy', 'web', '--replicas=abc']),
  c('error-logs-no-args', ['logs']),
  c('error-expose-no-args', ['expose']),
  c('error-delete-no-args', ['delete']),
  c('error-delete-grace-float', ['delete', 'pod', 'x', '--grace-period=1.5']),
  c('error-label-no-update', ['label', 'pods']),
  c('error-annotate-no-update', ['annotate', 'pods']),
  c('error-describe-no-args', ['describe']),
  c('error-get-o-missing', ['get', 'pods', '-o']),
  c('error-get-n-missing', ['get', 'pods', '-n']),
  c('error-get-selector-missing', ['get', 'pods', '--selector']),
  c('error-get-dry-run', ['get', 'pods', '--dry-run']),
  c('error-get-watch-bool', ['get', 'pods', '-w=maybe']),
  c('error-exec-no-command', ['exec', 'mypod']),
  c('error-exec-old-syntax', ['exec', 'mypod', 'ls']),
  c('error-port-forward', ['port-forward']),
  c('error-rollout', ['rollout']),
  c('error-rollout-undo', ['rollout', 'undo']),
  c('error-rollout-status', ['rollout', 'status']),
  c('error-set-image', ['set', 'image']),
  c('error-apply', ['apply']),
  c('error-edit', ['edit']),
  c('error-auth-can-i', ['auth', 'can-i']),
  c('error-taint', ['taint', 'nodes']),
  c('error-cordon', ['cordon']),
  c('error-cp', ['cp']),
  // kubeconfig selection: an unknown context, cluster, user or file
  c('error-context-get', ['get', 'pods', '--context=nope']),
  c('error-context-describe', ['describe', 'pods', '--context=nope']),
  c('error-context-delete', ['delete', 'pod', 'x', '--context=nope']),
  c('error-context-scale', ['scale', 'deploy', 'x', '--replicas=2', '--context=nope']),
  c('error-context-logs', ['logs', 'x', '--context=nope']),
  c('error-context-label', ['label', 'pod', 'x', 'a=b', '--context=nope']),
  c('error-context-expose', ['expose', 'deploy', 'x', '--port=80', '--context=nope']),
  c('error-context-create', ['create', 'deployment', 'x', '--image=nginx', DR, '--context=nope']),
  c('error-context-run', ['run', 'x', '--image=nginx', DR, '--context=nope']),
  c('error-context-api-resources', ['api-resources', '--context=nope']),
  c('error-context-cluster-info', ['cluster-info', '--context=nope']),
  c('error-context-version', ['version', '--context=nope']),
  c('context-current-accepted', ['create', 'deployment', 'x', '--image=nginx', DR, '--context=sim', '-o', 'name']),
  c('error-cluster-unknown', ['create', 'deployment', 'x', '--image=nginx', DR, '--cluster=nope', '-o', 'name']),
  c('error-user-unknown', ['get', 'pods', '--user=nope']),
  c('error-kubeconfig-missing', ['get', 'pods', '--kubeconfig=/nope']),
  c('error-kubeconfig-missing-create', ['create', 'deployment', 'x', '--image=nginx', DR, '--kubeconfig=/nope']),
  c('error-config-use-context', ['config', 'use-context']),
  c('help-root', []),
  c('help-command', ['help', 'get']),
  c('help-unknown-topic', ['help', 'foo']),
  c('help-flag-after-args', ['get', 'pods', '--help']),
  c('group-help-stdout', ['certificate']),
  c('error-version-extra-arg', ['version', 'extra']),
  c('error-api-resources-extra-arg', ['api-resources', 'pods']),
];

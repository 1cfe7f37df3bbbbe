import { describe as group, expect, it } from 'vitest';
import { resolveResource } from '../../../../src-main/sim/api/registry';
import { describe } from '../../../../src-main/sim/printers/describe';
import { tabwrite } from '../../../../src-main/sim/printers/describe/tabwriter';
import { deployment, newCluster, pod, service } from './fixtures';

group('tabwrite (Go text/tabwriter, padding 2)', () => {
  it('aligns a column over consecutive lines that have it', () => {
    expect(tabwrite('Name:\tweb\nNamespace:\tdefault\n')).toBe('Name:       web\nNamespace:  default\n');
  });

  it('starts a new alignment block after a line without tabs', () => {
    expect(tabwrite('Name:\tweb\nIPs:\n  IP:\t10.0.0.1\n')).toBe('Name:  web\nIPs:\n  IP:  10.0.0.1\n');
  });

  it('aligns nested columns within their own block', () => {
    expect(tabwrite('  Type\tStatus\tReason\n  ----\t------\t------\n  Available \tTrue\tMinimumReplicasAvailable\n')).toBe(
      '  Type        Status  Reason\n  ----        ------  ------\n  Available   True    MinimumReplicasAvailable\n',
    );
  });
});

group('kubectl describe', () => {
  it('describes a deployment and its pod in kubectl\'s layout', () => {
    const x = newCluster();
    const dep = deployment('web', 'nginx:1.27', 2);
    (dep.spec as any).template.spec.containers[0].ports = [{ containerPort: 80 }];
    x.create(dep);
    x.advance(120_000);
    expect(describe(x, resolveResource('deploy')!, x.get('deploy', 'default', 'web'))).toBe("Name:                   web\nNamespace:              default\nCreationTimestamp:      Thu, 26 Nov 2026 10:00:00 +0000\nLabels:                 app=web\nAnnotations:            deployment.kubernetes.io/revision: 1\nSelector:               app=web\nReplicas:               2 desired | 2 updated | 2 total | 2 available | 0 unavailable\nStrategyType:           RollingUpdate\nMinReadySeconds:        0\nRollingUpdateStrategy:  25% max unavailable, 25% max surge\nPod Template:\n  Labels:  app=web\n  Containers:\n   nginx:\n    Image:         nginx:1.27\n    Port:          80/TCP\n    Host Port:     0/TCP\n    Environment:   <none>\n    Mounts:        <none>\n  Volumes:         <none>\n  Node-Selectors:  <none>\n  Tolerations:     <none>\nConditions:\n  Type           Status  Reason\n  ----           ------  ------\n  Available      True    MinimumReplicasAvailable\n  Progressing    True    NewReplicaSetAvailable\nOldReplicaSets:  <none>\nNewReplicaSet:   web-64bf787f5f (2/2 replicas created)\nEvents:\n  Type    Reason             Age   From                   Message\n  ----    ------             ----  ----                   -------\n  Normal  ScalingReplicaSet  2m    deployment-controller  Scaled up replica set web-64bf787f5f from 0 to 2\n");
    const p = x.list('pods', 'default')[0]!;
    expect(describe(x, resolveResource('po')!, p)).toBe("Name:             web-64bf787f5f-p2tpc\nNamespace:        default\nPriority:         0\nService Account:  default\nNode:             node2/192.168.0.23\nStart Time:       Thu, 26 Nov 2026 10:00:00 +0000\nLabels:           app=web\n                  pod-template-hash=64bf787f5f\nAnnotations:      <none>\nStatus:           Running\nIP:               10.244.1.5\nIPs:\n  IP:           10.244.1.5\nControlled By:  ReplicaSet/web-64bf787f5f\nContainers:\n  nginx:\n    Container ID:   containerd://bfc451ea9c7e154659b4bfda306727da8e0a44d6a28666511a3ba6742d0e29b7\n    Image:          nginx:1.27\n    Image ID:       docker.io/library/nginx@sha256:026ec2de4b5910229de590215eae987af86df2433d53635eb3b5f0f1d6a52678\n    Port:           80/TCP\n    Host Port:      0/TCP\n    State:          Running\n      Started:      Thu, 26 Nov 2026 10:00:05 +0000\n    Ready:          True\n    Restart Count:  0\n    Environment:    <none>\n    Mounts:\n      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-nqks8 (ro)\nConditions:\n  Type                        Status\n  PodReadyToStartContainers   True \n  Initialized                 True \n  Ready                       True \n  ContainersReady             True \n  PodScheduled                True \nVolumes:\n  kube-api-access-nqks8:\n    Type:                    Projected (a volume that contains injected data from multiple sources)\n    TokenExpirationSeconds:  3607\n    ConfigMapName:           kube-root-ca.crt\n    Optional:                false\n    DownwardAPI:             true\nQoS Class:                   BestEffort\nNode-Selectors:              <none>\nTolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s\n                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s\nEvents:\n  Type    Reason     Age   From               Message\n  ----    ------     ----  ----               -------\n  Normal  Scheduled  2m    default-scheduler  Successfully assigned default/web-64bf787f5f-p2tpc to node2\n  Normal  Pulling    119s  kubelet            Pulling image \"nginx:1.27\"\n  Normal  Pulled     115s  kubelet            Successfully pulled image \"nginx:1.27\" in 3.457s (3.457s including waiting). Image size: 72188133 bytes.\n  Normal  Created    115s  kubelet            Created container nginx\n  Normal  Started    115s  kubelet            Started container nginx\n");
  });

  it('drops the Events section with showEvents false', () => {
    const x = newCluster();
    x.create(pod('p', 'nginx'));
    x.advance(10_000);
    const text = describe(x, resolveResource('po')!, x.get('po', 'default', 'p'), { showEvents: false });
    expect(text).not.toContain('Events:');
    expect(describe(x, resolveResource('po')!, x.get('po', 'default', 'p'))).toContain('Events:\n  Type    Reason     Age');
  });

  it('shows a waiting reason and repeated events as (xN over ...)', () => {
    const x = newCluster();
    x.create(pod('bad', 'DUMMY_IMAGE:TEST'));
    x.advance(60_000);
    const text = describe(x, resolveResource('po')!, x.get('po', 'default', 'bad'));
    expect(text).toContain('    State:          Waiting\n      Reason:       InvalidImageName\n');
    expect(text).toMatch(/  Warning  Failed         \d+s \(x\d+ over \d+s\)  kubelet            Error: InvalidImageName\n$/);
  });

  it('lists a service with its endpoints and node port', () => {
    const x = newCluster();
    x.create(deployment('web', 'nginx', 2));
    x.create(service('web', { app: 'web' }, 80, 'NodePort'));
    x.advance(10_000);
    const svc = x.get('svc', 'default', 'web');
    const ips = x
      .list('po', 'default')
      .map((p) => (p.status as any).podIP)
      .sort();
    const text = describe(x, resolveResource('svc')!, svc);
    expect(text).toContain(`Endpoints:                ${ips[0]}:80,${ips[1]}:80\n`);
    expect(text).toContain(`NodePort:                 <unset>  ${(svc.spec as any).ports[0].nodePort}/TCP\n`);
    expect(text.endsWith('Events:                   <none>\n')).toBe(true);
  });

  it('describes a node with its non-terminated pods and allocated resources', () => {
    const x = newCluster();
    const text = describe(x, resolveResource('no')!, x.get('no', undefined, 'node1'));
    expect(text).toContain('Roles:              control-plane\n');
    expect(text).toContain('Taints:             node-role.kubernetes.io/control-plane:NoSchedule\n');
    expect(text).toMatch(/Non-terminated Pods:\s+\(5 in total\)/);
    expect(text).toMatch(/  cpu\s+650m \(8%\)\s+0 \(0%\)\n/);
  });

  it('prints configmap data and secret sizes', () => {
    const x = newCluster();
    x.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg' }, data: { b: '2', a: 'one' } });
    x.create({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, data: { password: 'c2VjcmV0' } });
    expect(describe(x, resolveResource('cm')!, x.get('cm', 'default', 'cfg'))).toBe(
      'Name:         cfg\nNamespace:    default\nLabels:       <none>\nAnnotations:  <none>\n\nData\n====\na:\n----\none\n\nb:\n----\n2\n\n\nBinaryData\n====\n\nEvents:  <none>\n',
    );
    expect(describe(x, resolveResource('secret')!, x.get('secret', 'default', 's'))).toBe(
      'Name:         s\nNamespace:    default\nLabels:       <none>\nAnnotations:  <none>\n\nType:  Opaque\n\nData\n====\npassword:  6 bytes\n',
    );
  });
});

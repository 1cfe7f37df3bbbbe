import { describe, expect, it } from 'vitest';
import { resolveResource } from '../../../../src-main/sim/api/registry';
import { printTable } from '../../../../src-main/sim/printers/table';
import type { Cluster } from '../../../../src-main/sim/cluster/cluster';
import { deployment, newCluster, scale } from './fixtures';

/**
 * The notes' hello-world-rest-api session (notes 000): a deployment running for 8 days, its pod
 * deleted and replaced, then scaled to 3. Outputs are pinned exactly (seed 7); the shapes match the
 * transcripts: column widths, AGE values (89s, 5m35s, 8d), event reasons and messages, and the
 * name-ordered event listing (pods, then the replicaset, then the deployment).
 */
const APP = 'hello-world-rest-api';

function helloWorldSession(): Cluster {
  const c = newCluster();
  c.create(deployment(APP, 'in28min/hello-world-rest-api:0.0.1.RELEASE', 1));
  c.advance(8 * 24 * 3600_000);
  const [first] = c.list('pods', 'default');
  c.delete('pods', 'default', first!.metadata.name);
  c.advance(246_000);
  scale(c, 'deploy', APP, 3);
  c.advance(89_000);
  return c;
}

const table = (c: Cluster, type: string, wide = false) => {
  const rt = resolveResource(type)!;
  return printTable(rt, c.list(rt, 'default'), { now: c.now(), wide });
};

describe('the hello-world-rest-api transcript', () => {
  const c = helloWorldSession();

  it('lists the three pods with their ages (kubectl get pods)', () => {
    expect(table(c, 'pods')).toBe("NAME                                    READY   STATUS    RESTARTS   AGE\nhello-world-rest-api-6dd44db99c-lb76h   1/1     Running   0          89s\nhello-world-rest-api-6dd44db99c-nxq92   1/1     Running   0          89s\nhello-world-rest-api-6dd44db99c-rksjz   1/1     Running   0          5m35s\n");
  });

  it('shows the replicaset with containers, images and selector (kubectl get rs -o wide)', () => {
    expect(table(c, 'rs', true)).toBe("NAME                              DESIRED   CURRENT   READY   AGE   CONTAINERS             IMAGES                                       SELECTOR\nhello-world-rest-api-6dd44db99c   3         3         3       8d    hello-world-rest-api   in28min/hello-world-rest-api:0.0.1.RELEASE   app=hello-world-rest-api,pod-template-hash=6dd44db99c\n");
  });

  it('lists the events in name order with kubectl wording (kubectl get events)', () => {
    expect(table(c, 'events')).toBe("LAST SEEN   TYPE     REASON              OBJECT                                       MESSAGE\n89s         Normal   Scheduled           pod/hello-world-rest-api-6dd44db99c-lb76h    Successfully assigned default/hello-world-rest-api-6dd44db99c-lb76h to node2\n89s         Normal   Pulled              pod/hello-world-rest-api-6dd44db99c-lb76h    Container image \"in28min/hello-world-rest-api:0.0.1.RELEASE\" already present on machine\n89s         Normal   Created             pod/hello-world-rest-api-6dd44db99c-lb76h    Created container hello-world-rest-api\n89s         Normal   Started             pod/hello-world-rest-api-6dd44db99c-lb76h    Started container hello-world-rest-api\n89s         Normal   Scheduled           pod/hello-world-rest-api-6dd44db99c-nxq92    Successfully assigned default/hello-world-rest-api-6dd44db99c-nxq92 to node2\n88s         Normal   Pulled              pod/hello-world-rest-api-6dd44db99c-nxq92    Container image \"in28min/hello-world-rest-api:0.0.1.RELEASE\" already present on machine\n88s         Normal   Created             pod/hello-world-rest-api-6dd44db99c-nxq92    Created container hello-world-rest-api\n88s         Normal   Started             pod/hello-world-rest-api-6dd44db99c-nxq92    Started container hello-world-rest-api\n5m35s       Normal   Killing             pod/hello-world-rest-api-6dd44db99c-p2tpc    Stopping container hello-world-rest-api\n5m35s       Normal   Scheduled           pod/hello-world-rest-api-6dd44db99c-rksjz    Successfully assigned default/hello-world-rest-api-6dd44db99c-rksjz to node2\n5m35s       Normal   Pulled              pod/hello-world-rest-api-6dd44db99c-rksjz    Container image \"in28min/hello-world-rest-api:0.0.1.RELEASE\" already present on machine\n5m34s       Normal   Created             pod/hello-world-rest-api-6dd44db99c-rksjz    Created container hello-world-rest-api\n5m34s       Normal   Started             pod/hello-world-rest-api-6dd44db99c-rksjz    Started container hello-world-rest-api\n5m35s       Normal   SuccessfulCreate    replicaset/hello-world-rest-api-6dd44db99c   Created pod: hello-world-rest-api-6dd44db99c-rksjz\n89s         Normal   SuccessfulCreate    replicaset/hello-world-rest-api-6dd44db99c   Created pod: hello-world-rest-api-6dd44db99c-nxq92\n89s         Normal   SuccessfulCreate    replicaset/hello-world-rest-api-6dd44db99c   Created pod: hello-world-rest-api-6dd44db99c-lb76h\n89s         Normal   ScalingReplicaSet   deployment/hello-world-rest-api              Scaled up replica set hello-world-rest-api-6dd44db99c from 1 to 3\n");
  });

  it('reports the deployment ready (kubectl get deployments)', () => {
    expect(table(c, 'deploy')).toBe("NAME                   READY   UP-TO-DATE   AVAILABLE   AGE\nhello-world-rest-api   3/3     3            3           8d\n");
  });

  it('adds IP, node, nominated node and readiness gates with -o wide', () => {
    expect(table(c, 'pods', true)).toBe("NAME                                    READY   STATUS    RESTARTS   AGE     IP           NODE    NOMINATED NODE   READINESS GATES\nhello-world-rest-api-6dd44db99c-lb76h   1/1     Running   0          89s     10.244.1.6   node2   <none>           <none>\nhello-world-rest-api-6dd44db99c-nxq92   1/1     Running   0          89s     10.244.1.7   node2   <none>           <none>\nhello-world-rest-api-6dd44db99c-rksjz   1/1     Running   0          5m35s   10.244.1.5   node2   <none>           <none>\n");
  });
});

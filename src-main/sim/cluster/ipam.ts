/**
 * Address and port allocation: Service ClusterIPs from 10.96.0.0/12 (the kubeadm default, with
 * `kubernetes` at 10.96.0.1 and kube-dns at 10.96.0.10), NodePorts from 30000-32767, and pod IPs
 * from each node's /24 in 10.244.0.0/16 (the flannel default kubeadm clusters use).
 */
import type { Rng } from './rng';

export const SERVICE_CIDR_BASE = ipToInt('10.96.0.0');
/** A /12: 2^20 addresses. */
export const SERVICE_CIDR_SIZE = 1 << 20;
export const NODE_PORT_MIN = 30000;
export const NODE_PORT_MAX = 32767;

export function ipToInt(ip: string): number {
  return ip.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
}

export function intToIp(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

export class Allocator {
  private clusterIPs = new Set<string>();
  private nodePorts = new Set<number>();
  /** Next host number per node CIDR index. */
  private podNext = new Map<number, number>();

  clone(): Allocator {
    const c = new Allocator();
    c.clusterIPs = new Set(this.clusterIPs);
    c.nodePorts = new Set(this.nodePorts);
    c.podNext = new Map(this.podNext);
    return c;
  }

  /** Marks an address as used (a user-chosen clusterIP). Returns false when it is taken. */
  claimClusterIP(ip: string): boolean {
    if (this.clusterIPs.has(ip)) return false;
    this.clusterIPs.add(ip);
    return true;
  }

  releaseClusterIP(ip: string): void {
    this.clusterIPs.delete(ip);
  }

  /** A free random address of the service range, skipping the network address. */
  allocateClusterIP(rng: Rng): string {
    for (;;) {
      const ip = intToIp(SERVICE_CIDR_BASE + rng.int(1, SERVICE_CIDR_SIZE - 2));
      if (this.claimClusterIP(ip)) return ip;
    }
  }

  isValidClusterIP(ip: string): boolean {
    if (!/^\d{1,3}(\.\d{1,3}){3}$/.test(ip)) return false;
    const n = ipToInt(ip);
    return n > SERVICE_CIDR_BASE && n < SERVICE_CIDR_BASE + SERVICE_CIDR_SIZE - 1;
  }

  claimNodePort(port: number): boolean {
    if (this.nodePorts.has(port)) return false;
    this.nodePorts.add(port);
    return true;
  }

  releaseNodePort(port: number): void {
    this.nodePorts.delete(port);
  }

  allocateNodePort(rng: Rng): number {
    for (;;) {
      const port = rng.int(NODE_PORT_MIN, NODE_PORT_MAX);
      if (this.claimNodePort(port)) return port;
    }
  }

  /** The next pod IP of a node's /24 (10.244.<index>.x), from .2 on; wraps at .254. */
  allocatePodIP(nodeIndex: number): string {
    const next = this.podNext.get(nodeIndex) ?? 2;
    this.podNext.set(nodeIndex, next >= 254 ? 2 : next + 1);
    return `10.244.${nodeIndex}.${next}`;
  }
}

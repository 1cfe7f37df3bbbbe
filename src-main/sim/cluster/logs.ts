/** Container logs (filled in by the process model). */
import type { KObject } from '../api/types';
import type { Cluster } from './cluster';

export interface LogOptions {
  container?: string;
  previous?: boolean;
  tail?: number;
  sinceSeconds?: number;
  timestamps?: boolean;
}

export function podLogs(_cluster: Cluster, _pod: KObject, _opts: LogOptions): string[] {
  return [];
}

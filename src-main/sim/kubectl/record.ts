/**
 * The deprecated --record flag (cli-runtime's RecordFlags): objects a command changes get the
 * `kubernetes.io/change-cause` annotation, which `rollout history` shows as CHANGE-CAUSE. The text
 * is kubectl's parseCommandArguments: `kubectl`, the positional words (command path included),
 * then every flag as ` --name=value` in the order given.
 */
import type { KObject } from '../api/types';
import type { Invocation } from './invocation';

export const CHANGE_CAUSE = 'kubernetes.io/change-cause';

export function changeCause(inv: Invocation): string {
  const words = [...inv.cmd.path.split(' ').filter(Boolean), ...inv.args];
  const flags = inv.flags.given.map(([name, value]) => ` --${name}=${value}`).join('');
  return `kubectl${words.length ? ' ' + words.join(' ') : ''}${flags}`;
}

/** Sets the change cause on `obj` (a mutable copy) when --record was given true. */
export function recordChangeCause(inv: Invocation, obj: KObject): void {
  if (!inv.flags.bool('record')) return;
  obj.metadata.annotations = { ...(obj.metadata.annotations ?? {}), [CHANGE_CAUSE]: changeCause(inv) };
}

/**
 * kubectl auth can-i and kubectl auth whoami (kubectl/pkg/cmd/auth/cani.go, whoami.go), answered
 * by the simulated API server's authorizer (../../rbac) for the kubeconfig user or the user
 * `--as`/`--as-group` impersonate. can-i honours VERB TYPE[/NAME] and VERB /URL, -n, -A,
 * --subresource, -q, --list, --no-headers; whoami honours -o (json, yaml, name, jsonpath,
 * go-template). Accepted without effect: --show-managed-fields, --allow-missing-template-keys.
 */
import type { KObject } from '../../api/types';
import { resolveResource } from '../../api/registry';
import { rfc3339 } from '../../cluster/clock';
import { authorize, rulesFor } from '../../rbac/authorizer';
import { forbiddenError } from '../../rbac/forbidden';
import type { Attributes, ResourceAttributes, UserInfo } from '../../rbac/types';
import { CliError, ExitError } from '../errors';
import { namespaceOf, type Invocation, type Verb } from '../invocation';
import { objectPrinter } from '../print-flags';
import { accessTable, tabTable } from './auth/access-list';
import { requestUser } from './auth/request-user';

const RESOURCE_VERBS = new Set(['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection', 'use', 'bind', 'impersonate', '*', 'approve', 'sign', 'escalate', 'attest']);
const NON_RESOURCE_VERBS = new Set(['get', 'put', 'post', 'head', 'options', 'delete', 'patch', '*']);
/** Resources the server authorizes but does not list in discovery (targets of `impersonate`). */
const NON_STANDARD = new Set(['users', 'groups']);

const warn = (inv: Invocation, msg: string) => inv.out.err(`Warning: ${msg}\n`);

/** The API call a review is itself: creating a Self*Review needs system:basic-user's rules. */
function requireReview(inv: Invocation, user: UserInfo, group: string, resource: string): void {
  const a: ResourceAttributes = { verb: 'create', group, resource, namespace: '' };
  const d = authorize(inv.env.cluster, user, a);
  if (!d.allowed) throw forbiddenError(user, a, d.reason);
}

interface Target {
  group: string;
  resource: string;
  name: string;
  /** From discovery (`*` counts as namespaced); undefined for types the server does not know. */
  namespaced?: boolean;
}

/** resourceFor: `*`, a type known to discovery (short names, `type.group`), or the word as typed with a warning. */
function resolveTarget(inv: Invocation, arg: string): Target {
  const slash = arg.indexOf('/');
  const typeArg = slash < 0 ? arg : arg.slice(0, slash);
  const name = slash < 0 ? '' : arg.slice(slash + 1);
  if (typeArg === '*') return { group: '', resource: '*', name, namespaced: true };
  const rt = resolveResource(typeArg);
  if (rt) return { group: rt.group, resource: rt.name, name, namespaced: rt.namespaced };
  const lower = typeArg.toLowerCase();
  const dot = lower.indexOf('.');
  const [res, group] = dot < 0 ? [lower, ''] : [lower.slice(0, dot), lower.slice(dot + 1)];
  if (!NON_STANDARD.has(group ? `${res}.${group}` : res)) {
    warn(inv, group ? `the server doesn't have a resource type '${res}' in group '${group}'` : `the server doesn't have a resource type '${res}'`);
  }
  return { group: '', resource: typeArg, name };
}

export const authCanI: Verb = {
  path: 'auth can-i',
  run(inv) {
    const f = inv.flags;
    const list = f.bool('list');
    const quiet = f.bool('quiet');
    const all = f.bool('all-namespaces');
    const subresource = f.string('subresource');
    if (list && inv.args.length !== 0) throw new CliError('list option must be specified with no arguments');
    if (!list && inv.args.length !== 2) {
      throw new CliError("you must specify two arguments: verb resource or verb resource/resourceName.\nSee 'kubectl auth can-i -h' for help and examples.");
    }
    const user = requestUser(inv);
    const namespace = all ? '' : namespaceOf(inv);
    if (list) {
      if (quiet || all || subresource) throw new CliError("list option can't be specified with neither quiet, all-namespaces nor subresource options");
      requireReview(inv, user, 'authorization.k8s.io', 'selfsubjectrulesreviews');
      const { rules } = rulesFor(inv.env.cluster, user, namespace);
      inv.out.out(accessTable(rules, !f.bool('no-headers')));
      return;
    }
    const verb = inv.args[0]!;
    const what = inv.args[1]!;
    let attrs: Attributes;
    if (what.startsWith('/')) {
      if (subresource) throw new CliError('--subresource can not be used with NonResourceURL');
      if (!NON_RESOURCE_VERBS.has(verb)) warn(inv, `verb '${verb}' is not a known verb`);
      attrs = { verb, path: what };
    } else {
      const t = resolveTarget(inv, what);
      if (!all && t.namespaced === false) {
        warn(inv, t.group ? `resource '${t.resource}' is not namespace scoped in group '${t.group}'` : `resource '${t.resource}' is not namespace scoped`);
      }
      if (!all && !RESOURCE_VERBS.has(verb)) warn(inv, `verb '${verb}' is not a known verb`);
      // The review carries the namespace even for cluster-scoped types, as kubectl sends it.
      attrs = { verb, group: t.group, resource: t.resource, namespace, ...(subresource ? { subresource } : {}), ...(t.name ? { name: t.name } : {}) };
    }
    if (f.bool('no-headers')) throw new CliError('--no-headers cannot be set without --list specified');
    requireReview(inv, user, 'authorization.k8s.io', 'selfsubjectaccessreviews');
    const d = authorize(inv.env.cluster, user, attrs);
    if (d.allowed) {
      if (!quiet) inv.out.out('yes\n');
      return;
    }
    throw new ExitError(1, quiet ? '' : `no${d.reason ? ` - ${d.reason}` : ''}\n`, '');
  },
};

export const authWhoami: Verb = {
  path: 'auth whoami',
  run(inv) {
    const user = requestUser(inv);
    const output = inv.flags.string('output');
    const printer = output ? objectPrinter(output, '', 'none') : undefined;
    try {
      requireReview(inv, user, 'authentication.k8s.io', 'selfsubjectreviews');
    } catch {
      throw new CliError('the selfsubjectreviews API is not enabled in the cluster or you do not have permission to call it');
    }
    if (printer) {
      const review: KObject = {
        kind: 'SelfSubjectReview',
        apiVersion: 'authentication.k8s.io/v1',
        metadata: { creationTimestamp: rfc3339(inv.env.cluster.now()) } as KObject['metadata'],
        status: { userInfo: { username: user.name, ...(user.uid ? { uid: user.uid } : {}), groups: user.groups, ...(user.extra ? { extra: user.extra } : {}) } },
      };
      inv.out.out(printer([review]));
      return;
    }
    const rows = [['ATTRIBUTE', 'VALUE'], ['Username', user.name]];
    if (user.uid) rows.push(['UID', user.uid]);
    if (user.groups.length) rows.push(['Groups', `[${user.groups.join(' ')}]`]);
    for (const key of Object.keys(user.extra ?? {}).sort()) rows.push([`Extra: ${key}`, `[${user.extra![key]!.join(' ')}]`]);
    inv.out.out(tabTable(rows, 3));
  },
};

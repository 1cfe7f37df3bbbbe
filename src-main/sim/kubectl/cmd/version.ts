/**
 * kubectl version [--client] [-o yaml|json] (kubectl/pkg/cmd/version). The client is kubectl
 * v1.32.5 as recorded; the server is the simulated cluster's. Honoured: --client, -o.
 */
import { toYaml } from '../../printers/serialize-yaml';
import { CliError } from '../errors';
import type { Verb } from '../invocation';

export const CLIENT_VERSION = {
  major: '1',
  minor: '32',
  gitVersion: 'v1.32.5',
  gitCommit: '9894294ef13a5b32803e3ca2c0d620a088cc84d1',
  gitTreeState: 'clean',
  buildDate: '2025-05-15T09:12:10Z',
  goVersion: 'go1.23.8',
  compiler: 'gc',
  platform: 'linux/amd64',
};
const KUSTOMIZE_VERSION = 'v5.5.0';

export function serverVersion(gitVersion: string): Record<string, string> {
  const m = /^v(\d+)\.(\d+)/.exec(gitVersion);
  return {
    major: m?.[1] ?? '1',
    minor: m?.[2] ?? '32',
    gitVersion,
    gitCommit: '70d3cc986aa8221cd1dfb1121852688902d3bf53',
    gitTreeState: 'clean',
    buildDate: '2024-12-11T17:59:15Z',
    goVersion: 'go1.23.3',
    compiler: 'gc',
    platform: 'linux/amd64',
  };
}

export const version: Verb = {
  path: 'version',
  run(inv) {
    if (inv.args.length) throw new CliError(`extra arguments: [${inv.args.join(' ')}]`);
    const output = inv.flags.string('output');
    if (output !== '' && output !== 'yaml' && output !== 'json') throw new CliError("--output must be 'yaml' or 'json'");
    const client = inv.flags.bool('client');
    const doc: Record<string, unknown> = { clientVersion: CLIENT_VERSION, kustomizeVersion: KUSTOMIZE_VERSION };
    const server = client ? undefined : serverVersion(inv.env.cluster.kubeletVersion);
    if (server) doc.serverVersion = server;
    if (output === 'json') {
      inv.out.out(JSON.stringify(doc, null, 2) + '\n');
      return;
    }
    if (output === 'yaml') {
      inv.out.out(toYaml(doc) + '\n');
      return;
    }
    let text = `Client Version: ${CLIENT_VERSION.gitVersion}\nKustomize Version: ${KUSTOMIZE_VERSION}\n`;
    if (server) text += `Server Version: ${server.gitVersion}\n`;
    inv.out.out(text);
  },
};

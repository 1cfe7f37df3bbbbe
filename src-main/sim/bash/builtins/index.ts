/** The shell tools by name. Shell builtins that change the shell itself (export, cd…) live in evaluate.ts. */
import { awk } from './awk';
import { base64 } from './base64';
import { clear, echo, falseTool, printf, seq, trueTool } from './basic';
import { cat, ls, mkdir, pager, rm, tee, touch } from './files';
import { grep } from './grep';
import { sed } from './sed';
import { cut, head, sort, tail, tr, uniq, wc } from './text';
import type { Tool } from './types';
import { jq } from '../jq/index';

export const TOOLS: ReadonlyMap<string, Tool> = new Map<string, Tool>([
  ['echo', echo],
  ['printf', printf],
  ['seq', seq],
  ['true', trueTool],
  ['false', falseTool],
  [':', trueTool],
  ['clear', clear],
  ['cat', cat],
  ['ls', ls],
  ['rm', rm],
  ['touch', touch],
  ['mkdir', mkdir],
  ['tee', tee],
  ['less', pager],
  ['more', pager],
  ['head', head],
  ['tail', tail],
  ['wc', wc],
  ['sort', sort],
  ['uniq', uniq],
  ['cut', cut],
  ['tr', tr],
  ['grep', grep],
  ['egrep', (call) => grep({ ...call, name: 'grep', args: ['-E', ...call.args] })],
  ['awk', awk],
  ['sed', sed],
  ['base64', base64],
  ['jq', jq],
]);

/**
 * Card text is Markdown: rendered with markdown-it (raw HTML off), then sanitized with DOMPurify
 * before it reaches {@html}, so a deck can never inject markup. Code is monospace; kubectl,
 * docker, minikube and helm command lines are highlighted (command, subcommand, flags).
 */
import DOMPurify from 'dompurify';
import MarkdownIt from 'markdown-it';
import type { ClozeRun } from '../../../src-main/api/types';

const COMMANDS = new Set(['kubectl', 'k', 'docker', 'docker-compose', 'minikube', 'helm', 'kind', 'kubeadm']);

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * One command line with spans: `$ ` prompt, the command, its subcommand words, flags and their
 * `=value`, quoted strings. Anything that is not a known command line comes back escaped only.
 */
export function highlightCommand(line: string): string | null {
  const match = /^(\s*)(\$ )?(\S+)(.*)$/.exec(line);
  if (!match || !COMMANDS.has(match[3]!)) return null;
  const [, indent, prompt, command, rest] = match;
  let out = escapeHtml(indent!);
  if (prompt) out += `<span class="tok-prompt">$ </span>`;
  out += `<span class="tok-cmd">${escapeHtml(command!)}</span>`;
  let subcommands = 0;
  for (const part of rest!.split(/(\s+)/)) {
    if (part === '' || /^\s+$/.test(part)) out += part;
    else if (part.startsWith('-')) {
      const eq = part.indexOf('=');
      out +=
        eq > 0
          ? `<span class="tok-flag">${escapeHtml(part.slice(0, eq))}</span>=<span class="tok-value">${escapeHtml(part.slice(eq + 1))}</span>`
          : `<span class="tok-flag">${escapeHtml(part)}</span>`;
    } else if (/^["']/.test(part)) out += `<span class="tok-string">${escapeHtml(part)}</span>`;
    else if (subcommands < 2 && /^[a-z][a-z-]*$/.test(part)) {
      subcommands += 1;
      out += `<span class="tok-sub">${escapeHtml(part)}</span>`;
    } else out += escapeHtml(part);
  }
  return out;
}

function highlightBlock(code: string): string {
  return code
    .split('\n')
    .map((line) => highlightCommand(line) ?? escapeHtml(line))
    .join('\n');
}

const md = new MarkdownIt({ html: false, linkify: false, breaks: true });
md.options.highlight = (code) => `<pre class="code-block"><code>${highlightBlock(code)}</code></pre>`;
md.renderer.rules.code_inline = (tokens, idx) => {
  const text = tokens[idx]!.content;
  const highlighted = highlightCommand(text);
  return highlighted ? `<code class="command">${highlighted}</code>` : `<code>${escapeHtml(text)}</code>`;
};
// Links in cards open nothing inside the app: keep their text only.
md.disable(['link', 'image']);

/** Our markup only carries classes; every other attribute (style, on*, href...) goes. */
function sanitize(html: string): string {
  return DOMPurify.sanitize(html, { ALLOWED_ATTR: ['class'] });
}

/** A block of card Markdown as safe HTML. */
export function renderMarkdown(source: string): string {
  return sanitize(md.render(source));
}

/** One line of card Markdown (a choice option) as safe inline HTML: no paragraphs or blocks. */
export function renderInlineMarkdown(source: string): string {
  return sanitize(md.renderInline(source));
}

/*
 * Cloze runs: the runs are joined into one Markdown text (a deletion may sit inside a sentence,
 * a list or a code span), with each highlighted run replaced by a private-use placeholder that
 * Markdown leaves alone; after rendering, the placeholders become spans.
 */
const OPEN = '\uE000';
const CLOSE = '\uE001';

export function renderClozeRuns(runs: readonly ClozeRun[]): string {
  const marked: string[] = [];
  let source = '';
  for (const run of runs) {
    if (run.kind === 'plain' || run.kind === 'other') source += run.text;
    else {
      source += `${OPEN}${marked.length}${CLOSE}`;
      marked.push(
        run.kind === 'blank'
          ? `<span class="cloze-blank">${escapeHtml(run.text)}</span>`
          : `<span class="cloze-answer">${md.renderInline(run.text)}</span>`,
      );
    }
  }
  const html = md.render(source).replace(new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g'), (_m, i: string) => marked[Number(i)] ?? '');
  return sanitize(html);
}

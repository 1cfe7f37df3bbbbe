/**
 * The Markdown Repaso cards are written in, as the small HTML Anki's fields hold: paragraphs,
 * line breaks, fenced code blocks, `- `/`1. ` lists, inline code, **bold** and *italics*.
 * Everything else is escaped, so no text of a card can become markup in Anki. Cloze markers
 * (`{{c1::…}}`) pass through untouched: they are plain text to this conversion.
 */

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** One line's inline Markdown: code spans first, so `**` inside code stays literal. */
export function inlineHtml(line: string): string {
  return line
    .split(/(`[^`]+`)/)
    .map((part, i) => {
      if (i % 2 === 1) return `<code>${escapeHtml(part.slice(1, -1))}</code>`;
      return escapeHtml(part)
        .replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*/g, '<b>$1</b>')
        .replace(/(^|[^*\w])\*(?=\S)([^*]+?)(?<=\S)\*(?![*\w])/g, '$1<i>$2</i>');
    })
    .join('');
}

type Block = { kind: 'code'; lines: string[] } | { kind: 'list'; ordered: boolean; items: string[] } | { kind: 'para'; lines: string[] };

const ITEM = /^\s*(?:([-*+])|(\d+)[.)])\s+(.*)$/;

export function markdownToHtml(markdown: string): string {
  const blocks: Block[] = [];
  const lines = markdown.replace(/\r\n?/g, '\n').trim().split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*```/.test(line)) {
      const code: string[] = [];
      for (i++; i < lines.length && !/^\s*```\s*$/.test(lines[i]!); i++) code.push(lines[i]!);
      blocks.push({ kind: 'code', lines: code });
      continue;
    }
    if (line.trim() === '') {
      blocks.push({ kind: 'para', lines: [] });
      continue;
    }
    const item = ITEM.exec(line);
    const last = blocks[blocks.length - 1];
    if (item) {
      const ordered = item[2] !== undefined;
      if (last?.kind === 'list' && last.ordered === ordered) last.items.push(item[3]!);
      else blocks.push({ kind: 'list', ordered, items: [item[3]!] });
      continue;
    }
    if (last?.kind === 'para' && last.lines.length > 0) last.lines.push(line);
    else blocks.push({ kind: 'para', lines: [line] });
  }
  return blocks
    .filter((b) => b.kind !== 'para' || b.lines.length > 0)
    .map((b) => {
      if (b.kind === 'code') return `<pre><code>${escapeHtml(b.lines.join('\n'))}</code></pre>`;
      if (b.kind === 'list') {
        const tag = b.ordered ? 'ol' : 'ul';
        return `<${tag}>${b.items.map((item) => `<li>${inlineHtml(item)}</li>`).join('')}</${tag}>`;
      }
      return `<div>${b.lines.map(inlineHtml).join('<br>')}</div>`;
    })
    .join('\n');
}

/** A short text (a choice option) without the paragraph around it; longer Markdown as blocks. */
export function fragmentToHtml(markdown: string): string {
  const text = markdown.trim();
  return text.includes('\n') || ITEM.test(text) || text.startsWith('```') ? markdownToHtml(text) : inlineHtml(text);
}

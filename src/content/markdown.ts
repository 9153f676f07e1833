// A small, safe subset of Markdown for the operator's content pages (terms, privacy, help, contact):
// headings (#, ##, ### with an optional {#anchor}), paragraphs, bulleted and numbered lists, links
// [text](href), **bold**, and {{figure}} placeholders filled with this site's settings. Pure: text in,
// a tree out. The tree holds only strings, and the view renders it through hono/jsx, which escapes
// every one of them, so no HTML in a file ever reaches a page as markup.
//
// Invariants (markdown.test.ts):
// - every character of the input ends up in the tree as text, or is Markdown syntax: nothing is HTML;
// - a link's href is a local path ("/fees", "#withdrawals"), https://, http:// or mailto:, else the
//   link is shown as its text only (no javascript:, data: or protocol-relative addresses);
// - an anchor is lowercase ASCII letters, digits and hyphens.

export type Inline = { kind: 'text'; text: string } | { kind: 'strong'; text: string } | { kind: 'link'; text: string; href: string };

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; id: string | null; content: Inline[] }
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] };

const SAFE_HREF = /^(\/(?!\/)|#|https?:\/\/|mailto:)/i;

/** Whether a link may point there: local paths and anchors, web addresses and mail addresses only. */
export function safeHref(href: string): boolean {
  return SAFE_HREF.test(href) && !/[\s\u0000-\u001f\\]/.test(href);
}

/** {{name}} placeholders filled from `figures`; an unknown name is left as written, for the operator to see. */
export function fillFigures(text: string, figures: Readonly<Record<string, string>>): string {
  return text.replace(/\{\{\s*([a-z_]+)\s*\}\}/g, (whole, name: string) => figures[name] ?? whole);
}

/** Links and bold inside one line of text. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  const pattern = /\[([^\]]+)\]\(([^)\s]+)\)|\*\*([^*]+)\*\*/g;
  let at = 0;
  const push = (piece: Inline) => {
    const last = out.at(-1);
    if (piece.kind === 'text' && last?.kind === 'text') last.text += piece.text;
    else if (piece.kind !== 'text' || piece.text !== '') out.push(piece);
  };
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    push({ kind: 'text', text: text.slice(at, m.index) });
    if (m[1] !== undefined && m[2] !== undefined) push(safeHref(m[2]) ? { kind: 'link', text: m[1], href: m[2] } : { kind: 'text', text: m[1] });
    else push({ kind: 'strong', text: m[3]! });
    at = m.index + m[0].length;
  }
  push({ kind: 'text', text: text.slice(at) });
  return out;
}

const HEADING = /^(#{1,3})\s+(.*?)(?:\s+\{#([a-z0-9-]{1,60})\})?\s*$/;
const BULLET = /^[-*]\s+(.*)$/;
const NUMBERED = /^\d{1,3}[.)]\s+(.*)$/;

/** The blocks of a document: a blank line ends a paragraph or a list. */
export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', content: parseInline(paragraph.join(' ')) });
    if (list) blocks.push({ kind: 'list', ordered: list.ordered, items: list.items.map(parseInline) });
    paragraph = [];
    list = null;
  };
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (line === '') {
      flush();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: heading[1]!.length as 1 | 2 | 3, id: heading[3] ?? null, content: parseInline(heading[2]!) });
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    const item = bullet ?? numbered;
    if (item) {
      const ordered = numbered !== null;
      if (paragraph.length || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push(item[1]!);
      continue;
    }
    // A line after a list item continues that item (a wrapped line); otherwise it is paragraph text.
    if (list) {
      const items = (list as { items: string[] }).items;
      items[items.length - 1] += ` ${line}`;
    } else paragraph.push(line);
  }
  flush();
  return blocks;
}

/** The document's title: its first level-1 heading, as plain text. */
export function titleOf(blocks: readonly Block[]): string | null {
  const h = blocks.find((b) => b.kind === 'heading' && b.level === 1);
  return h && h.kind === 'heading' ? h.content.map((i) => i.text).join('') : null;
}

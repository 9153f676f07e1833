// A small, safe subset of Markdown for the operator's content pages (terms, privacy, help, contact)
// and the academy's lessons (src/academy): headings (#, ##, ### with an optional {#anchor}),
// paragraphs, bulleted and numbered lists, links [text](href), **bold**, `inline code`, fenced code
// blocks (``` with an optional language), images ![alt](src), and {{figure}} placeholders filled with
// this site's settings. Pure: text in, a tree out. The tree holds only strings, and the view renders
// it through hono/jsx, which escapes every one of them, so no HTML in a file ever reaches a page as
// markup.
//
// Invariants (markdown.test.ts):
// - every character of the input ends up in the tree as text, or is Markdown syntax: nothing is HTML;
// - a link's href is a local path ("/fees", "#withdrawals"), https://, http:// or mailto:, else the
//   link is shown as its text only (no javascript:, data: or protocol-relative addresses);
// - an image's src is https:// or this site's own /media/ path, else only its alt text is shown;
// - a code block keeps its lines exactly as written (spaces included); inside it nothing is syntax;
// - an anchor is lowercase ASCII letters, digits and hyphens.

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; text: string }
  | { kind: 'link'; text: string; href: string }
  | { kind: 'code'; text: string }
  | { kind: 'image'; text: string; src: string };

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; id: string | null; content: Inline[] }
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  | { kind: 'code'; language: string | null; text: string };

const SAFE_HREF = /^(\/(?!\/)|#|https?:\/\/|mailto:)/i;

/** Whether a link may point there: local paths and anchors, web addresses and mail addresses only. */
export function safeHref(href: string): boolean {
  return SAFE_HREF.test(href) && !/[\s\u0000-\u001f\\]/.test(href);
}

const SAFE_IMAGE = /^(https:\/\/[^/]|\/media\/[A-Za-z0-9])/;

/** Whether an image may be shown from there: a web address over https, or this site's own /media/. */
export function safeImageSrc(src: string): boolean {
  return SAFE_IMAGE.test(src) && !/[\s\u0000-\u001f\\"'<>]/.test(src) && !src.includes('..');
}

/** {{name}} placeholders filled from `figures`; an unknown name is left as written, for the operator to see. */
export function fillFigures(text: string, figures: Readonly<Record<string, string>>): string {
  return text.replace(/\{\{\s*([a-z_]+)\s*\}\}/g, (whole, name: string) => figures[name] ?? whole);
}

/** Code, images, links and bold inside one line of text (inside `code`, nothing else is syntax). */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  const pattern = /`([^`]+)`|!\[([^\]]*)\]\(([^)\s]+)\)|\[([^\]]+)\]\(([^)\s]+)\)|\*\*([^*]+)\*\*/g;
  let at = 0;
  const push = (piece: Inline) => {
    const last = out.at(-1);
    if (piece.kind === 'text' && last?.kind === 'text') last.text += piece.text;
    else if (piece.kind !== 'text' || piece.text !== '') out.push(piece);
  };
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    push({ kind: 'text', text: text.slice(at, m.index) });
    if (m[1] !== undefined) push({ kind: 'code', text: m[1] });
    else if (m[2] !== undefined && m[3] !== undefined) push(safeImageSrc(m[3]) ? { kind: 'image', text: m[2], src: m[3] } : { kind: 'text', text: m[2] });
    else if (m[4] !== undefined && m[5] !== undefined) push(safeHref(m[5]) ? { kind: 'link', text: m[4], href: m[5] } : { kind: 'text', text: m[4] });
    else push({ kind: 'strong', text: m[6]! });
    at = m.index + m[0].length;
  }
  push({ kind: 'text', text: text.slice(at) });
  return out;
}

const HEADING = /^(#{1,3})\s+(.*?)(?:\s+\{#([a-z0-9-]{1,60})\})?\s*$/;
const BULLET = /^[-*]\s+(.*)$/;
const NUMBERED = /^\d{1,3}[.)]\s+(.*)$/;
/** A code fence: three or more backticks, then an optional language name. */
const FENCE = /^ {0,3}(`{3,})\s*([A-Za-z0-9_+.#-]{1,30})?\s*$/;

/** The blocks of a document: a blank line ends a paragraph or a list. */
export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  let code: { fence: string; language: string | null; lines: string[] } | null = null;
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', content: parseInline(paragraph.join(' ')) });
    if (list) blocks.push({ kind: 'list', ordered: list.ordered, items: list.items.map(parseInline) });
    paragraph = [];
    list = null;
  };
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    // Inside a code block every line is kept as written, until a fence at least as long closes it.
    if (code) {
      const close = FENCE.exec(raw);
      if (close && !close[2] && close[1]!.length >= code.fence.length) {
        blocks.push({ kind: 'code', language: code.language, text: code.lines.join('\n') });
        code = null;
      } else code.lines.push(raw);
      continue;
    }
    const fence = FENCE.exec(raw);
    if (fence) {
      flush();
      code = { fence: fence[1]!, language: fence[2] ?? null, lines: [] };
      continue;
    }
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
  // A block left open at the end of the text is still code: what was written stays as written.
  if (code) blocks.push({ kind: 'code', language: code.language, text: code.lines.join('\n') });
  return blocks;
}

/** The document's title: its first level-1 heading, as plain text. */
export function titleOf(blocks: readonly Block[]): string | null {
  const h = blocks.find((b) => b.kind === 'heading' && b.level === 1);
  return h && h.kind === 'heading' ? h.content.map((i) => i.text).join('') : null;
}

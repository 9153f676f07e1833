// A content page: the blocks of its Markdown (src/content/markdown.ts) as HTML. Every string goes
// through hono/jsx, which escapes it; links and images were checked by the parser. Each paragraph and
// list item takes the direction of its own text, so an English line in an Urdu page reads right;
// code (blocks and inline) is always left to right, isolated from the Urdu around it. The academy's
// lessons render through the same MarkdownBlocks.
import type { Child } from 'hono/jsx';
import { Layout, type PageCtx } from '../platform/layout.tsx';
import type { Block, Inline } from './markdown.ts';
import type { ContentPage } from './service.ts';

/** Known sizes of this site's pictures by their src, so the page keeps their room before they load (3G). */
export type ImageSizes = ReadonlyMap<string, { width: number; height: number }>;

function Inlines({ content, sizes }: { content: Inline[]; sizes?: ImageSizes | undefined }) {
  return (
    <>
      {content.map((i): Child => {
        if (i.kind === 'strong') return <strong>{i.text}</strong>;
        if (i.kind === 'link') return <a href={i.href}>{i.text}</a>;
        if (i.kind === 'code') return <code dir="ltr">{i.text}</code>;
        // This site's own pictures show in place; one elsewhere is a link to it, so opening a lesson
        // asks no other server for anything (the reader's data plan, their privacy, our img-src CSP).
        if (i.kind === 'image')
          return i.src.startsWith('/media/') ? (
            <img src={i.src} alt={i.text} width={sizes?.get(i.src)?.width} height={sizes?.get(i.src)?.height} loading="lazy" decoding="async" class="md-image" />
          ) : (
            <a href={i.src} class="md-image-link" rel="noopener noreferrer">
              {i.text || i.src}
            </a>
          );
        return i.text;
      })}
    </>
  );
}

function BlockView({ block, sizes }: { block: Block; sizes?: ImageSizes | undefined }) {
  switch (block.kind) {
    case 'heading': {
      const id = block.id ?? undefined;
      if (block.level === 1) return <h1 id={id}><Inlines content={block.content} sizes={sizes} /></h1>;
      if (block.level === 2) return <h2 id={id}><Inlines content={block.content} sizes={sizes} /></h2>;
      return <h3 id={id}><Inlines content={block.content} sizes={sizes} /></h3>;
    }
    case 'paragraph':
      return (
        <p dir="auto">
          <Inlines content={block.content} sizes={sizes} />
        </p>
      );
    case 'list': {
      const items = block.items.map((item) => (
        <li dir="auto">
          <Inlines content={item} sizes={sizes} />
        </li>
      ));
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case 'code':
      return (
        <pre class="code md-code" dir="ltr" data-language={block.language ?? undefined}>
          <code>{block.text}</code>
        </pre>
      );
    default: {
      const unreachable: never = block;
      return unreachable;
    }
  }
}

/** Blocks of safe Markdown as HTML (content pages, lessons); `sizes` gives pictures their width and height. */
export function MarkdownBlocks({ blocks, sizes }: { blocks: readonly Block[]; sizes?: ImageSizes }) {
  return (
    <>
      {blocks.map((b) => (
        <BlockView block={b} sizes={sizes} />
      ))}
    </>
  );
}

export function ContentPageView({ ctx, page }: { ctx: PageCtx; page: ContentPage }) {
  return (
    <Layout ctx={ctx} title={page.title}>
      <article class={`content-page content-${page.name}`}>
        <MarkdownBlocks blocks={page.blocks} />
      </article>
    </Layout>
  );
}

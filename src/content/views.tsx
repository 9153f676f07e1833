// A content page: the blocks of its Markdown (src/content/markdown.ts) as HTML. Every string goes
// through hono/jsx, which escapes it; links were checked by the parser. Each paragraph and list item
// takes the direction of its own text, so an English line in an Urdu page reads right.
import type { Child } from 'hono/jsx';
import { Layout, type PageCtx } from '../platform/layout.tsx';
import type { Block, Inline } from './markdown.ts';
import type { ContentPage } from './service.ts';

function Inlines({ content }: { content: Inline[] }) {
  return (
    <>
      {content.map((i): Child => {
        if (i.kind === 'strong') return <strong>{i.text}</strong>;
        if (i.kind === 'link') return <a href={i.href}>{i.text}</a>;
        return i.text;
      })}
    </>
  );
}

function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case 'heading': {
      const id = block.id ?? undefined;
      if (block.level === 1) return <h1 id={id}><Inlines content={block.content} /></h1>;
      if (block.level === 2) return <h2 id={id}><Inlines content={block.content} /></h2>;
      return <h3 id={id}><Inlines content={block.content} /></h3>;
    }
    case 'paragraph':
      return (
        <p dir="auto">
          <Inlines content={block.content} />
        </p>
      );
    case 'list': {
      const items = block.items.map((item) => (
        <li dir="auto">
          <Inlines content={item} />
        </li>
      ));
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    default: {
      const unreachable: never = block;
      return unreachable;
    }
  }
}

export function ContentPageView({ ctx, page }: { ctx: PageCtx; page: ContentPage }) {
  return (
    <Layout ctx={ctx} title={page.title}>
      <article class={`content-page content-${page.name}`}>
        {page.blocks.map((b) => (
          <BlockView block={b} />
        ))}
      </article>
    </Layout>
  );
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fillFigures, parseInline, parseMarkdown, safeHref, safeImageSrc, titleOf } from './markdown.ts';

describe('content pages’ Markdown', () => {
  it('reads headings with anchors, paragraphs, and both kinds of list', () => {
    const blocks = parseMarkdown(['# Help', '', '## Withdrawals {#withdrawals}', 'You can withdraw', 'any time.', '', '- JazzCash', '- Easypaisa', '', '1. Ask', '2. Wait'].join('\n'));
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, id: null, content: [{ kind: 'text', text: 'Help' }] },
      { kind: 'heading', level: 2, id: 'withdrawals', content: [{ kind: 'text', text: 'Withdrawals' }] },
      { kind: 'paragraph', content: [{ kind: 'text', text: 'You can withdraw any time.' }] },
      { kind: 'list', ordered: false, items: [[{ kind: 'text', text: 'JazzCash' }], [{ kind: 'text', text: 'Easypaisa' }]] },
      { kind: 'list', ordered: true, items: [[{ kind: 'text', text: 'Ask' }], [{ kind: 'text', text: 'Wait' }]] },
    ]);
    expect(titleOf(blocks)).toBe('Help');
  });

  it('reads Urdu text and Windows line ends the same way', () => {
    const blocks = parseMarkdown('# مدد\r\n\r\n- پہلا\r\n- دوسرا\r\n');
    expect(titleOf(blocks)).toBe('مدد');
    expect(blocks[1]).toEqual({ kind: 'list', ordered: false, items: [[{ kind: 'text', text: 'پہلا' }], [{ kind: 'text', text: 'دوسرا' }]] });
  });

  it('keeps links to safe places only, and bold text', () => {
    expect(parseInline('See [the fees](/fees) and **escrow**.')).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', text: 'the fees', href: '/fees' },
      { kind: 'text', text: ' and ' },
      { kind: 'strong', text: 'escrow' },
      { kind: 'text', text: '.' },
    ]);
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', '//evil.example', 'vbscript:x', '/\\evil.example']) {
      expect(safeHref(bad), bad).toBe(false);
      expect(parseInline(`[click](${bad})`).some((i) => i.kind === 'link')).toBe(false);
    }
    for (const good of ['/help#withdrawals', '#escrow', 'https://example.pk', 'mailto:help@example.pk']) expect(safeHref(good), good).toBe(true);
  });

  it('keeps HTML as text: every character of a line survives as text or is syntax', () => {
    const blocks = parseMarkdown('<script>alert(1)</script> & <b>x</b>');
    expect(blocks).toEqual([{ kind: 'paragraph', content: [{ kind: 'text', text: '<script>alert(1)</script> & <b>x</b>' }] }]);
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        const line = s.replace(/[\r\n]/g, ' ').trim();
        fc.pre(line !== '' && !/[[\]*#\-0-9`]/.test(line));
        const [b] = parseMarkdown(line);
        return b?.kind === 'paragraph' && b.content.map((i) => i.text).join('') === line;
      }),
    );
  });

  it('fills the site’s figures and leaves unknown placeholders for the operator to see', () => {
    expect(fillFigures('Hold: {{hold_days}} days; {{ nope }}.', { hold_days: '7' })).toBe('Hold: 7 days; {{ nope }}.');
  });

  it('reads fenced code blocks exactly as written, with nothing inside them as syntax', () => {
    const source = ['Run this:', '', '```bash', '  echo "**not bold**" [x](javascript:1)', '', '# not a heading', '```', 'After.'].join('\n');
    expect(parseMarkdown(source)).toEqual([
      { kind: 'paragraph', content: [{ kind: 'text', text: 'Run this:' }] },
      { kind: 'code', language: 'bash', text: '  echo "**not bold**" [x](javascript:1)\n\n# not a heading' },
      { kind: 'paragraph', content: [{ kind: 'text', text: 'After.' }] },
    ]);
    // An unclosed block runs to the end; a shorter fence does not close a longer one.
    expect(parseMarkdown('````\na\n```\nb')).toEqual([{ kind: 'code', language: null, text: 'a\n```\nb' }]);
    // An Urdu lesson's code stays code, between Urdu paragraphs.
    expect(parseMarkdown('یہ چلائیں:\n```\nnpm start\n```\nبس۔').map((b) => b.kind)).toEqual(['paragraph', 'code', 'paragraph']);
    // Inside a code block, any text survives exactly.
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 40 }).map((s) => s.replace(/[\r\n`]/g, ' ')), { maxLength: 6 }), (lines) => {
        const [b] = parseMarkdown(['```', ...lines, '```'].join('\n'));
        return b?.kind === 'code' && b.text === lines.join('\n');
      }),
    );
  });

  it('reads inline code literally, and images from https or /media/ only', () => {
    expect(parseInline('Type `**x** [a](/b)` then ![A chart](https://example.pk/c.png).')).toEqual([
      { kind: 'text', text: 'Type ' },
      { kind: 'code', text: '**x** [a](/b)' },
      { kind: 'text', text: ' then ' },
      { kind: 'image', text: 'A chart', src: 'https://example.pk/c.png' },
      { kind: 'text', text: '.' },
    ]);
    expect(parseInline('![photo](/media/abc123/card)')).toEqual([{ kind: 'image', text: 'photo', src: '/media/abc123/card' }]);
    for (const bad of ['http://example.pk/a.png', 'javascript:alert(1)', 'data:image/png;base64,AAAA', '//evil.example/a.png', '/media/../admin', '/other/a.png', 'https://x.pk/a"onerror=1']) {
      expect(safeImageSrc(bad), bad).toBe(false);
      expect(parseInline(`![alt](${bad})`).some((i) => i.kind === 'image'), bad).toBe(false);
    }
    // A refused image keeps its alt text for the reader.
    expect(parseInline('![a diagram](javascript:x)')).toEqual([{ kind: 'text', text: 'a diagram' }]);
  });

  it('keeps a <script> in a lesson as text, in paragraphs and in code alike', () => {
    const blocks = parseMarkdown('<script>alert(1)</script>\n\n```\n<script>alert(2)</script>\n```\n\n`<img src=x onerror=alert(3)>`');
    expect(blocks).toEqual([
      { kind: 'paragraph', content: [{ kind: 'text', text: '<script>alert(1)</script>' }] },
      { kind: 'code', language: null, text: '<script>alert(2)</script>' },
      { kind: 'paragraph', content: [{ kind: 'code', text: '<img src=x onerror=alert(3)>' }] },
    ]);
  });
});

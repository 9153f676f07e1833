// Just enough MIME to read the mails the app sends (nodemailer's output) in a test: headers with
// RFC 2047 encoded words, multipart bodies, quoted-printable and base64 parts in UTF-8.

export interface MimePart {
  headers: Map<string, string>;
  /** Decoded body (leaf parts only). */
  body: string;
  parts: MimePart[];
}

/**
 * "=?UTF-8?B?...?=" and "=?UTF-8?Q?...?=" words. Adjacent words (only whitespace between them)
 * are joined as bytes first, since an encoder may split a character across two words.
 */
export function decodeWords(value: string): string {
  return value.replace(/=\?[^?]+\?[BbQq]\?[^?]*\?=(?:\s+=\?[^?]+\?[BbQq]\?[^?]*\?=)*/g, (run) => {
    const bytes = [...run.matchAll(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g)].map(([, , enc, text]) =>
      enc!.toUpperCase() === 'B' ? Buffer.from(text!, 'base64') : qpBytes(text!.replace(/_/g, ' ')),
    );
    return Buffer.concat(bytes).toString('utf8');
  });
}

function qpBytes(text: string): Buffer {
  const joined = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const ch = joined[i]!;
    const hex = joined.slice(i + 1, i + 3);
    if (ch === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(ch, 'utf8'));
    }
  }
  return Buffer.from(bytes);
}

/** Soft line breaks ("=" at the end of a line) joined, "=XX" bytes decoded as UTF-8. */
export function decodeQuotedPrintable(text: string): string {
  return qpBytes(text).toString('utf8');
}

function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  // Folded lines continue the previous header.
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const at = line.indexOf(':');
    if (at > 0) headers.set(line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim());
  }
  return headers;
}

export function parseMime(raw: string): MimePart {
  const split = raw.search(/\r?\n\r?\n/);
  const headerBlock = split < 0 ? raw : raw.slice(0, split);
  const rest = split < 0 ? '' : raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const headers = parseHeaders(headerBlock);
  const type = headers.get('content-type') ?? 'text/plain';
  const boundary = type.match(/boundary="?([^";]+)"?/i)?.[1];
  if (/^multipart\//i.test(type) && boundary) {
    const pieces = rest.split(`--${boundary}`);
    // The piece before the first boundary is the preamble; "--" after the last one ends the list.
    const parts = pieces
      .slice(1)
      .filter((p) => !p.startsWith('--'))
      .map((p) => parseMime(p.replace(/^\r?\n/, '').replace(/\r?\n$/, '')));
    return { headers, body: '', parts };
  }
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  const body = encoding === 'base64' ? Buffer.from(rest.replace(/\s+/g, ''), 'base64').toString('utf8') : encoding === 'quoted-printable' ? decodeQuotedPrintable(rest) : rest;
  return { headers, body, parts: [] };
}

/** Every leaf part, depth first. */
export function leaves(part: MimePart): MimePart[] {
  return part.parts.length ? part.parts.flatMap(leaves) : [part];
}

/** The first leaf of this content type (e.g. text/plain), or undefined. */
export function partOfType(root: MimePart, type: string): MimePart | undefined {
  return leaves(root).find((p) => (p.headers.get('content-type') ?? 'text/plain').toLowerCase().startsWith(type));
}

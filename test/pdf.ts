// PDFs printed by Chromium through the receipts pipeline (receipts, year statements, certificates,
// contract templates), fetched and read back as a browser and a reader would.
import { extractText, getDocumentProxy } from 'unpdf';
import { expect } from 'vitest';
import type { TestClient } from './support.ts';

/** Follows the PDF link as a browser would: the "preparing" page refreshes until the PDF is there. */
export async function fetchPdf(client: TestClient, path: string): Promise<{ bytes: Uint8Array; res: Response; refreshes: number }> {
  for (let refreshes = 0; refreshes < 40; refreshes++) {
    const res = await client.get(path);
    if (res.status === 200) {
      expect(res.headers.get('content-type')).toBe('application/pdf');
      return { bytes: new Uint8Array(await res.arrayBuffer()), res, refreshes };
    }
    expect(res.status).toBe(202);
    expect(await res.text()).toContain('<meta http-equiv="refresh" content="3"/>');
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`no PDF at ${path}`);
}

/**
 * The PDF's text, its title and its number of pages. Latin text and digits come back as printed.
 * Nastaliq does not: Chromium writes no Unicode mapping for most of the font's shaped glyphs, so the
 * Urdu words of the text layer come back as fragments. The document's title (the HTML <title>, which
 * Chromium copies into the PDF's metadata) carries them whole.
 */
export async function readPdf(bytes: Uint8Array): Promise<{ text: string; title: string; pages: number }> {
  const doc = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(doc, { mergePages: true });
  const { info } = (await doc.getMetadata()) as { info: { Title?: string } };
  return { text: text.replace(/\s+/g, ' '), title: info.Title ?? '', pages: doc.numPages };
}

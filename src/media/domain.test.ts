import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bombPng, docxFile, htmlFile, jpeg, pdfFile, png, svgFile, webp, zipWith } from '../../test/images.ts';
import { MAX_UPLOAD_BYTES } from '../platform/http.ts';
import { attachmentDisposition, checkDimensions, checkUpload, cleanFileName, DOCX, isPlainText, MEDIA_LIMITS, safeZipNames, sniff, sniffLessonFile, storageKey, XLSX, zipEntryNames } from './domain.ts';

const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return 'no error';
};

describe('sniff: the type is what the bytes say', () => {
  it('knows JPEG, PNG and WebP by their magic bytes', async () => {
    expect(sniff(await jpeg())).toBe('image/jpeg');
    expect(sniff(await png())).toBe('image/png');
    expect(sniff(await webp())).toBe('image/webp');
    expect(sniff(bombPng(100, 100))).toBe('image/png');
  });

  it('knows PDF, Word and Excel files; a ZIP of something else, or with macros, is nothing', () => {
    expect(sniff(pdfFile)).toBe('application/pdf');
    expect(sniff(docxFile())).toBe(DOCX);
    expect(sniff(zipWith(['[Content_Types].xml', 'xl/workbook.xml']))).toBe(XLSX);
    expect(sniff(zipWith(['notes.txt', 'virus.exe']))).toBeNull();
    expect(sniff(zipWith(['[Content_Types].xml', 'word/document.xml', 'word/vbaProject.bin']))).toBeNull();
  });

  it('refuses HTML, SVG, GIF, text and empty input whatever they are called', () => {
    expect(sniff(htmlFile)).toBeNull();
    expect(sniff(svgFile)).toBeNull();
    expect(sniff(Buffer.from('GIF89a......'))).toBeNull();
    expect(sniff(Buffer.from('hello'))).toBeNull();
    expect(sniff(new Uint8Array())).toBeNull();
  });

  it('never throws, whatever the bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (b) => sniff(b) === null || typeof sniff(b) === 'string'));
    // ZIP headers followed by garbage, including a fake end-of-directory record.
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (tail) => {
        const b = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), tail, Buffer.from([0x50, 0x4b, 0x05, 0x06]), Buffer.alloc(18, 0xff)]);
        expect(() => sniff(b)).not.toThrow();
      }),
    );
  });

  it('reads the names in a ZIP central directory', () => {
    expect(zipEntryNames(zipWith(['a.txt', 'b/c.xml']))).toEqual(['a.txt', 'b/c.xml']);
    expect(zipEntryNames(Buffer.from('PK\u0003\u0004 not really'))).toBeNull();
  });
});

describe('checkUpload: type and size per purpose', () => {
  it('takes images for image slots, and documents (and JPEG/PNG) for attachments', async () => {
    expect(checkUpload('gig_image', await png())).toBe('image/png');
    expect(checkUpload('profile_photo', await webp())).toBe('image/webp');
    expect(checkUpload('job_attachment', pdfFile)).toBe('application/pdf');
    expect(checkUpload('job_attachment', await jpeg())).toBe('image/jpeg');
  });

  it('refuses a missing or empty file', () => {
    expect(code(() => checkUpload('gig_image', null))).toBe('media.missing');
    expect(code(() => checkUpload('gig_image', new Uint8Array()))).toBe('media.missing');
  });

  it('refuses what is not an image in an image slot: a PDF, HTML or SVG named .png, a WebP attachment', async () => {
    expect(code(() => checkUpload('gig_image', pdfFile))).toBe('media.not_an_image');
    expect(code(() => checkUpload('portfolio_image', htmlFile))).toBe('media.not_an_image');
    expect(code(() => checkUpload('profile_photo', svgFile))).toBe('media.not_an_image');
    expect(code(() => checkUpload('job_attachment', htmlFile))).toBe('media.unsupported_file');
    const w = await webp();
    expect(code(() => checkUpload('job_attachment', w))).toBe('media.unsupported_file');
  });

  it('refuses a file over the limit before looking further, and names the limit', () => {
    const big = Buffer.alloc(MEDIA_LIMITS.imageBytes + 1);
    big.set([0xff, 0xd8, 0xff]);
    expect(code(() => checkUpload('gig_image', big))).toBe('media.too_large');
    try {
      checkUpload('gig_image', big);
    } catch (e) {
      expect((e as { params: unknown }).params).toEqual({ mb: 5 });
    }
    // The same bytes are within an attachment's limit.
    expect(checkUpload('job_attachment', big)).toBe('image/jpeg');
  });

  it('the upload body limit leaves room for the largest file and its form', () => {
    expect(MAX_UPLOAD_BYTES).toBeGreaterThan(MEDIA_LIMITS.documentBytes);
    expect(MAX_UPLOAD_BYTES).toBeLessThan(MEDIA_LIMITS.documentBytes + 1024 * 1024);
  });
});

describe('checkDimensions: a decompression bomb is refused by its header', () => {
  it('takes phone photos and refuses 400 megapixels, a very long side, or no size', () => {
    expect(code(() => checkDimensions(4000, 3000))).toBe('no error');
    expect(code(() => checkDimensions(8000, 6000))).toBe('no error');
    expect(code(() => checkDimensions(20_000, 20_000))).toBe('media.too_many_pixels');
    expect(code(() => checkDimensions(12_001, 10))).toBe('media.too_many_pixels');
    expect(code(() => checkDimensions(8000, 7000))).toBe('media.too_many_pixels');
    expect(code(() => checkDimensions(undefined, 10))).toBe('media.unreadable');
    expect(code(() => checkDimensions(0, 0))).toBe('media.unreadable');
  });
});

describe('attachment names', () => {
  it('keeps the last part of the name, drops control, bidi and path characters, and ends in the real type', () => {
    expect(cleanFileName('brief.pdf', 'application/pdf')).toBe('brief.pdf');
    expect(cleanFileName('C:\\Users\\me\\نمونہ کام.docx', DOCX)).toBe('نمونہ کام.docx');
    expect(cleanFileName('../../etc/passwd', 'application/pdf')).toBe('passwd.pdf');
    expect(cleanFileName('invoice\u202Efdp.exe', 'application/pdf')).toBe('invoicefdp.pdf');
    expect(cleanFileName('photo.png', 'image/jpeg')).toBe('photo.jpg');
    expect(cleanFileName('', 'image/png')).toBe('file.png');
    expect(cleanFileName('.hidden', 'application/pdf')).toBe('file.pdf');
    expect(cleanFileName('a"b<c>.pdf', 'application/pdf')).toBe('abc.pdf');
    expect(cleanFileName('x'.repeat(500), 'application/pdf').length).toBeLessThanOrEqual(MEDIA_LIMITS.fileName);
  });

  it('any name becomes a safe one', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (raw) => {
        const n = cleanFileName(raw, 'application/pdf');
        expect(n.endsWith('.pdf')).toBe(true);
        expect(n.length).toBeLessThanOrEqual(MEDIA_LIMITS.fileName);
        expect(n).not.toMatch(/[/\\\u0000-\u001f"<>]/);
      }),
    );
  });

  it('Content-Disposition carries an ASCII fallback and the UTF-8 name', () => {
    expect(attachmentDisposition('نمونہ.pdf')).toBe(`attachment; filename="_____.pdf"; filename*=UTF-8''${encodeURIComponent('نمونہ.pdf')}`);
    expect(attachmentDisposition('brief.pdf')).toBe(`attachment; filename="brief.pdf"; filename*=UTF-8''brief.pdf`);
  });
});

describe('storage keys', () => {
  it('are lower-case hex paths, one directory per upload', () => {
    expect(storageKey('AAAAAAAAAAAAAAAAAAAAAA', 'thumb')).toBe('00/00000000000000000000000000000000/thumb');
    expect(storageKey('_-_-_-_-_-_-_-_-_-_-_w', 'file')).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{32}\/file$/);
  });
});

describe('a lesson’s files (issue 20): PDF, ZIP or plain text', () => {
  it('takes a PDF, a plain ZIP and UTF-8 text, and nothing else', async () => {
    expect(checkUpload('lesson_file', pdfFile)).toBe('application/pdf');
    expect(checkUpload('lesson_file', zipWith(['examples/a.py', 'README.md']))).toBe('application/zip');
    expect(checkUpload('lesson_file', Buffer.from('print("سلام")\n'))).toBe('text/plain');
    // HTML and SVG are text here: stored and served as text/plain, never as a page or a picture.
    expect(checkUpload('lesson_file', htmlFile)).toBe('text/plain');
    expect(code(() => checkUpload('lesson_file', docxFile()))).toBe('media.not_lesson_file');
    expect(code(() => checkUpload('lesson_file', zipWith(['[Content_Types].xml', 'word/document.xml', 'word/vbaProject.bin'])))).toBe('media.not_lesson_file');
    const picture = await png();
    expect(code(() => checkUpload('lesson_file', picture))).toBe('media.not_lesson_file');
    expect(code(() => checkUpload('lesson_file', Buffer.from([0x4d, 0x5a, 0x90, 0x00])))).toBe('media.not_lesson_file');
    expect(code(() => checkUpload('lesson_file', zipWith(['a.txt', '../../etc/passwd'])))).toBe('media.unsafe_zip');
    // Other purposes are as before: a plain ZIP or text is no job attachment.
    expect(sniff(zipWith(['a.txt']))).toBeNull();
    expect(code(() => checkUpload('job_attachment', Buffer.from('hello')))).toBe('media.unsupported_file');
    expect(sniffLessonFile(svgFile)).toBe('text/plain');
  });

  it('text is UTF-8 without control or bidi override characters', () => {
    expect(isPlainText(Buffer.from('a\tb\r\nc\f'))).toBe(true);
    expect(isPlainText(Buffer.from('\ufeff# اردو نوٹس\n'))).toBe(true);
    expect(isPlainText(Buffer.from([0xc3, 0x28]))).toBe(false);
    expect(isPlainText(Buffer.from('a\u0000b'))).toBe(false);
    expect(isPlainText(Buffer.from('x = 1 \u202e // y'))).toBe(false);
    expect(isPlainText(Buffer.from('x \u2067 y'))).toBe(false);
  });

  it('a ZIP’s names stay inside its folder', () => {
    expect(safeZipNames(['a/b.py', 'README.md', 'dir/'])).toBe(true);
    for (const bad of ['../x', 'a/../../x', '/etc/passwd', 'C:/Windows/x', 'a\\..\\x', '']) expect(safeZipNames([bad])).toBe(false);
  });

  it('code keeps its extension from a short list; other text downloads as .txt', () => {
    expect(cleanFileName('prompt.py', 'text/plain')).toBe('prompt.py');
    expect(cleanFileName('setup.SQL', 'text/plain')).toBe('setup.sql');
    expect(cleanFileName('run.sh', 'text/plain')).toBe('run.txt');
    expect(cleanFileName('page.html', 'text/plain')).toBe('page.txt');
    expect(cleanFileName('examples.zip.exe', 'application/zip')).toBe('examples.zip.zip');
  });
});

// The image pipeline on real images (sharp), without a database: what is stored is re-encoded
// WebP at fixed sizes, upright, with no metadata; what cannot be decoded safely is refused.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { bombPng, hasGpsOrCamera, jpeg, pdfFile, photoWithGps, png, truncatedJpeg, webp } from '../../test/images.ts';
import { prepareAttachment, prepareImage } from './service.ts';

const refused = async (p: Promise<unknown>) => p.then(() => 'no error', (e: { code?: string }) => e.code);

describe('prepareImage', () => {
  it('stores a display size and a thumbnail as WebP, never larger than asked', async () => {
    const p = await prepareImage('gig_image', { name: 'work.png', bytes: await png(2400, 1800) });
    expect(p.contentType).toBe('image/webp');
    const [display, thumb] = p.files;
    expect(display).toMatchObject({ file: 'display', width: 1200, height: 900 });
    expect(thumb).toMatchObject({ file: 'thumb', width: 480, height: 360 });
    for (const f of p.files) expect((await sharp(f.bytes).metadata()).format).toBe('webp');
    // A small picture is not blown up.
    const small = await prepareImage('gig_image', { name: 's.webp', bytes: await webp(300, 200) });
    expect(small.files[0]).toMatchObject({ width: 300, height: 200 });
  });

  it('stores a gig image at the card size lists show too: 320 × 240, a few KB', async () => {
    const p = await prepareImage('gig_image', { name: 'work.jpg', bytes: await jpeg(2400, 1800) });
    const card = p.files.find((f) => f.file === 'card');
    expect(card).toMatchObject({ width: 320, height: 240 });
    expect(card!.bytes.length).toBeLessThan(8 * 1024);
    // A portrait is cropped to the same box, so every card in a list has the same shape.
    const tall = await prepareImage('gig_image', { name: 'tall.png', bytes: await png(600, 1200) });
    expect(tall.files.find((f) => f.file === 'card')).toMatchObject({ width: 320, height: 240 });
    // Portfolio images and profile photos have no card size.
    const photo = await prepareImage('profile_photo', { name: 'me.jpg', bytes: await jpeg(500, 500) });
    expect(photo.files.map((f) => f.file)).toEqual(['display', 'thumb']);
  });

  it('turns a phone photo upright and strips EXIF: no GPS, no camera', async () => {
    const original = await photoWithGps(800, 600);
    expect(await hasGpsOrCamera(original)).toBe(true);
    const p = await prepareImage('portfolio_image', { name: 'IMG_0001.jpg', bytes: original });
    // Orientation 6 means "rotate 90°": the stored picture is portrait.
    expect(p.files[0]).toMatchObject({ width: 600, height: 800 });
    for (const f of p.files) {
      expect(await hasGpsOrCamera(f.bytes)).toBe(false);
      const meta = await sharp(f.bytes).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
    }
  });

  it('crops a profile photo to a square', async () => {
    const p = await prepareImage('profile_photo', { name: 'me.jpg', bytes: await jpeg(1000, 600) });
    expect(p.files.map((f) => [f.width, f.height])).toEqual([
      [400, 400],
      [96, 96],
    ]);
  });

  it('refuses a decompression bomb by its header, a truncated image, and a PDF in an image slot', async () => {
    expect(await refused(prepareImage('gig_image', { name: 'bomb.png', bytes: bombPng() }))).toBe('media.too_many_pixels');
    expect(await refused(prepareImage('gig_image', { name: 'half.jpg', bytes: await truncatedJpeg() }))).toBe('media.unreadable');
    expect(await refused(prepareImage('gig_image', { name: 'x.png', bytes: pdfFile }))).toBe('media.not_an_image');
    // PNG magic bytes in front of a JPEG body: the decoder disagrees with the signature.
    const mixed = Buffer.concat([(await png(10, 10)).subarray(0, 8), (await jpeg(10, 10)).subarray(3)]);
    expect(await refused(prepareImage('gig_image', { name: 'x.png', bytes: mixed }))).toBe('media.unreadable');
  });
});

describe('prepareAttachment', () => {
  it('keeps a PDF as sent, with a clean name', async () => {
    const p = await prepareAttachment({ name: 'C:\\docs\\brief.PDF', bytes: pdfFile });
    expect(p.contentType).toBe('application/pdf');
    expect(p.fileName).toBe('brief.pdf');
    expect(Buffer.compare(p.files[0]!.bytes, pdfFile)).toBe(0);
  });

  it('re-encodes a photo in its own format without its GPS', async () => {
    const p = await prepareAttachment({ name: 'site.jpeg', bytes: await photoWithGps() });
    expect(p.contentType).toBe('image/jpeg');
    expect(p.fileName).toBe('site.jpg');
    expect(await hasGpsOrCamera(p.files[0]!.bytes)).toBe(false);
  });
});

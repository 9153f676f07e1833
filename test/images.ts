// Test images made in code (no binary fixtures): real JPEG/PNG/WebP files from sharp, a photo with
// EXIF GPS and camera details, a truncated file, a decompression bomb, and files that only pretend.
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';

export async function jpeg(width = 800, height = 600): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#c0392b' } }).jpeg({ quality: 85 }).toBuffer();
}

export async function png(width = 640, height = 480): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: { r: 20, g: 120, b: 200, alpha: 1 } } }).png().toBuffer();
}

export async function webp(width = 300, height = 200): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#27ae60' } }).webp().toBuffer();
}

/** A phone photo: EXIF with the camera, GPS coordinates (Multan) and "rotate 90°" (orientation 6). */
export async function photoWithGps(width = 800, height = 600): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#8e44ad' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'HunarTestCam', Model: 'Secret Model' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '30/1 11/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '71/1 28/1 0/1' },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

/** Whether the bytes carry EXIF with a GPS pointer (tag 0x8825) or the test camera's name. */
export async function hasGpsOrCamera(bytes: Buffer): Promise<boolean> {
  const meta = await sharp(bytes).metadata();
  const exif = meta.exif;
  const inExif = !!exif && (exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88])));
  return inExif || bytes.includes(Buffer.from('HunarTestCam')) || bytes.includes(Buffer.from('Exif\0\0'));
}

function crc32(buf: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of buf) {
    let c = (crc ^ byte) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/**
 * A valid 1-bit PNG of width × height white pixels (20000 × 20000 is 400 megapixels, about 48 KB
 * on disk): a decompression bomb.
 */
export function bombPng(width = 20_000, height = 20_000): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 1; // bit depth
  const row = Buffer.alloc(1 + Math.ceil(width / 8));
  const idat = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)), { level: 9 });
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

/** The first part of a real image: its header reads fine, its pixels are cut off. */
export async function truncatedJpeg(): Promise<Buffer> {
  const full = await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#333' } })
    .composite([{ input: Buffer.from('<svg width="1200" height="900"><circle cx="600" cy="450" r="400" fill="#e67e22"/></svg>') }])
    .jpeg()
    .toBuffer();
  return full.subarray(0, Math.floor(full.length / 2));
}

export const htmlFile = Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>');
export const svgFile = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>');
export const pdfFile = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** A minimal ZIP (stored, no compression) with the given entry names: enough for Office sniffing. */
export function zipWith(names: string[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const name of names) {
    const n = Buffer.from(name);
    const data = Buffer.from('x');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    const entry = Buffer.concat([local, n, data]);
    locals.push(entry);
    centrals.push(Buffer.concat([central, n]));
    offset += entry.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(names.length, 8);
  end.writeUInt16LE(names.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

export const docxFile = () => zipWith(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);


// Rules for uploaded files, with no I/O (docs/decisions/0022). Invariants:
// - a file's type is what its first bytes say (magic numbers), never its name or Content-Type;
// - only JPEG, PNG and WebP become images; job attachments may also be PDF, DOCX or XLSX (Office
//   files without macros); everything else (SVG, HTML, GIF, HEIC, ZIP, executables) is refused;
// - size limits are checked before anything is decoded, and an image's pixel count before its
//   pixels are (a small file can claim a huge picture: a decompression bomb);
// - stored images are re-encoded WebP at fixed sizes: no byte of the upload and none of its
//   metadata (EXIF, GPS, XMP, ICC comments) reaches a reader;
// - a stored name is never the path to anything: keys are random, and an attachment's file name is
//   only shown and sent in Content-Disposition, cleaned first.
import { AppError } from '../platform/errors.ts';

export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCUMENT_TYPES = ['application/pdf', DOCX, XLSX, 'image/jpeg', 'image/png'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** A lesson's downloads (issue 20): a PDF, a ZIP of code, or a plain text file (docs/decisions/0062). */
export const LESSON_FILE_TYPES = ['application/pdf', 'application/zip', 'text/plain'] as const;
export type LessonFileType = (typeof LESSON_FILE_TYPES)[number];

export type FileType = ImageType | DocumentType | LessonFileType;

/** Where an upload goes; each purpose has its own types, limits and stored sizes. */
export type Purpose = 'gig_image' | 'portfolio_image' | 'profile_photo' | 'job_attachment' | 'lesson_image' | 'space_photo' | DocumentPurpose;
// Issue 18 (disputes): a delivery's files and a dispute statement's evidence are documents too.
// Issue 19 (tax): a PSEB certificate and a bank's PRC, each a PDF or a scan (migration 0046).
// Issue 20 (assessments): a learner's files with a course project (migration 0052).
// Issue 20 (credentials): the proof of a certificate from outside, a PDF or a scan (migration 0053).
// Issue 20 (academy): a lesson's pictures and its files to download (migration 0058).
// Issue 21 (spaces): a co-working listing's photos (migration 0070), with a card size like a gig's.
export type DocumentPurpose = 'job_attachment' | 'delivery_file' | 'dispute_evidence' | 'message_attachment' | TaxDocumentPurpose | 'project_file' | 'credential_proof' | 'lesson_file';
export type TaxDocumentPurpose = 'tax_certificate' | 'remittance_prc';
export const DOCUMENT_PURPOSES: ReadonlySet<Purpose> = new Set<DocumentPurpose>(['job_attachment', 'delivery_file', 'dispute_evidence', 'message_attachment', 'tax_certificate', 'remittance_prc', 'project_file', 'credential_proof', 'lesson_file']);
/** A certificate is a PDF or a photo or scan of one: no office files. */
export const CERTIFICATE_TYPES: readonly FileType[] = ['application/pdf', 'image/jpeg', 'image/png'];
/** Purposes that take a certificate (CERTIFICATE_TYPES only): the tax documents and an outside certificate's proof. */
const CERTIFICATE_PURPOSES: ReadonlySet<Purpose> = new Set<DocumentPurpose>(['tax_certificate', 'remittance_prc', 'credential_proof']);
export type ImagePurpose = Exclude<Purpose, DocumentPurpose>;

const MB = 1024 * 1024;

export const MEDIA_LIMITS = {
  /** An image upload (before re-encoding): phones' photos are 2-6 MB. */
  imageBytes: 5 * MB,
  /** A job attachment. */
  documentBytes: 10 * MB,
  /** At most 50 megapixels (e.g. 8660 × 5773) are decoded; phone cameras make 12-50. */
  pixels: 50_000_000,
  /** Neither side longer than this (WebP's own limit is 16383). */
  side: 12_000,
  gigImages: 5,
  portfolioImages: 4,
  jobAttachments: 5,
  /** A lesson's pictures and files together. */
  lessonAttachments: 20,
  /** A co-working listing's photos (issue 21). */
  spacePhotos: 8,
  /** Entries in a lesson's ZIP file. */
  zipEntries: 1000,
  fileName: 120,
} as const;

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) => b.length >= at + sig.length && sig.every((x, i) => b[at + i] === x);
const ascii = (s: string) => [...s].map((ch) => ch.charCodeAt(0));

/** The file's type from its first bytes, or null when it is none we accept anywhere. */
export function sniff(bytes: Uint8Array): FileType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return officeType(zipEntryNames(bytes));
  return null;
}

/** A Word or Excel file (Office Open XML) by the parts inside it; macro-enabled ones are refused. */
export function officeType(names: readonly string[] | null): FileType | null {
  if (!names?.includes('[Content_Types].xml')) return null;
  if (names.some((n) => /(^|\/)vbaProject\.bin$/i.test(n))) return null;
  if (names.includes('word/document.xml')) return DOCX;
  if (names.includes('xl/workbook.xml')) return XLSX;
  return null;
}

/**
 * The names in a ZIP file's central directory, or null when it cannot be read. Reading the
 * directory (at the end) rather than the local headers is what unzip tools do too.
 */
export function zipEntryNames(b: Uint8Array): string[] | null {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  // The end-of-central-directory record is in the last 22 + 65535 bytes.
  let end = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const names: string[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > b.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > b.length) return null;
    names.push(decoder.decode(b.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extra + comment;
  }
  return names;
}

const isImagePurpose = (p: Purpose) => !DOCUMENT_PURPOSES.has(p);

/**
 * Whether these bytes are plain text: UTF-8, with no NUL or other control characters than tab,
 * line feed, carriage return and form feed, and no bidi embedding, override or isolate characters
 * (they can make code read differently from what runs, "Trojan Source", CVE-2021-42574).
 */
export function isPlainText(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(text);
}

/** A ZIP file's entries stay inside the folder it is unpacked in (no "zip slip"): relative paths without "..". */
export function safeZipNames(names: readonly string[]): boolean {
  return names.length <= MEDIA_LIMITS.zipEntries && names.every((n) => n !== '' && !n.includes('\\') && !n.startsWith('/') && !/^[A-Za-z]:/.test(n) && !n.split('/').includes('..') && !/[\u0000-\u001f]/.test(n));
}

/**
 * A lesson file's type: a PDF, a plain ZIP (not an Office file: those have their own types and are
 * not taken here), or plain text (no magic bytes: the whole file is checked). A ZIP whose names
 * would unpack outside its folder is refused (media.unsafe_zip).
 */
export function sniffLessonFile(bytes: Uint8Array): FileType | null {
  const type = sniff(bytes);
  if (type) return type;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    const names = zipEntryNames(bytes);
    if (!names || names.includes('[Content_Types].xml')) return null;
    if (!safeZipNames(names)) throw new AppError('media.unsafe_zip');
    return 'application/zip';
  }
  return isPlainText(bytes) ? 'text/plain' : null;
}

/** A missing or empty file, one too large, or one of a type this purpose does not take: refused. */
export function checkUpload(purpose: Purpose, bytes: Uint8Array | null): FileType {
  if (!bytes || bytes.length === 0) throw new AppError('media.missing');
  const max = isImagePurpose(purpose) ? MEDIA_LIMITS.imageBytes : MEDIA_LIMITS.documentBytes;
  if (bytes.length > max) throw new AppError('media.too_large', { mb: max / MB });
  if (purpose === 'lesson_file') {
    const type = sniffLessonFile(bytes);
    if (!type || !(LESSON_FILE_TYPES as readonly FileType[]).includes(type)) throw new AppError('media.not_lesson_file');
    return type;
  }
  const type = sniff(bytes);
  const allowed: readonly FileType[] = isImagePurpose(purpose) ? IMAGE_TYPES : CERTIFICATE_PURPOSES.has(purpose) ? CERTIFICATE_TYPES : DOCUMENT_TYPES;
  if (!type || !allowed.includes(type)) throw new AppError(isImagePurpose(purpose) ? 'media.not_an_image' : CERTIFICATE_PURPOSES.has(purpose) ? 'media.not_pdf_or_image' : 'media.unsupported_file');
  return type;
}

/** What an image's header claims, checked before it is decoded. */
export function checkDimensions(width: number | undefined, height: number | undefined): void {
  if (!width || !height) throw new AppError('media.unreadable');
  if (width > MEDIA_LIMITS.side || height > MEDIA_LIMITS.side || width * height > MEDIA_LIMITS.pixels) {
    throw new AppError('media.too_many_pixels', { max: MEDIA_LIMITS.pixels / 1_000_000, side: MEDIA_LIMITS.side });
  }
}

export type VariantName = 'display' | 'thumb' | 'card';

export interface Variant {
  name: VariantName;
  width: number;
  height: number;
  /** inside: the whole picture within the box; cover: cropped to fill it exactly. */
  fit: 'inside' | 'cover';
  quality: number;
}

/** The sizes stored for each kind of image (WebP). Thumbnails are what lists and cards show. */
export function variantsFor(purpose: ImagePurpose): Variant[] {
  if (purpose === 'profile_photo') {
    return [
      { name: 'display', width: 400, height: 400, fit: 'cover', quality: 80 },
      { name: 'thumb', width: 96, height: 96, fit: 'cover', quality: 70 },
    ];
  }
  const shared: Variant[] = [
    { name: 'display', width: 1200, height: 1200, fit: 'inside', quality: 80 },
    { name: 'thumb', width: 480, height: 360, fit: 'cover', quality: 70 },
  ];
  return purpose === 'gig_image' || purpose === 'space_photo' ? [...shared, CARD] : shared;
}

/**
 * A gig's picture in lists (search, category pages, the home page, profiles): small enough that
 * twenty of them cost a phone on 3G little (a few KB each), cropped to exactly this size so pages
 * can give every card the same width and height before it loads. Images stored before it existed
 * get theirs on first request (openMedia), made from their display size.
 */
export const CARD: Variant = { name: 'card', width: 320, height: 240, fit: 'cover', quality: 60 };

const EXTENSIONS: Record<FileType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
  [DOCX]: 'docx',
  [XLSX]: 'xlsx',
  'application/zip': 'zip',
  'text/plain': 'txt',
};

/**
 * The extensions a lesson's text file keeps (code samples and notes); any other text downloads as
 * .txt. None of them is run by a double click on a usual Windows or Android set-up except .py where
 * Python is installed, which a learner of a Python lesson expects (docs/decisions/0062).
 */
export const TEXT_EXTENSIONS = ['txt', 'md', 'csv', 'json', 'py', 'sql', 'yaml', 'yml', 'ipynb', 'tf'] as const;

const textExtension = (raw: string): string => {
  const ext = /\.([A-Za-z0-9]{1,8})$/.exec(raw.trim())?.[1]?.toLowerCase() ?? '';
  return (TEXT_EXTENSIONS as readonly string[]).includes(ext) ? ext : 'txt';
};

export const extensionOf = (type: FileType) => EXTENSIONS[type];

/**
 * An attachment's name as shown and downloaded: the last part of what the browser sent, without
 * control, bidi or path characters, at most MEDIA_LIMITS.fileName characters, and always ending in
 * the extension of its real type (so "invoice.pdf.exe" that is a PDF downloads as a .pdf).
 */
export function cleanFileName(raw: string, type: FileType): string {
  const ext = type === 'text/plain' ? textExtension(raw) : extensionOf(type);
  const base = (raw.split(/[/\\]/).pop() ?? '')
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069"<>:|?*]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.[^.]{1,8}$/, '')
    .replace(/^\.+/, '')
    .slice(0, MEDIA_LIMITS.fileName - ext.length - 1)
    .trim();
  return `${base || 'file'}.${ext}`;
}

/** Content-Disposition for a download: an ASCII fallback name and the real one in UTF-8 (RFC 6266). */
export function attachmentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Random public keys: 128 bits in base64url, so URLs cannot be guessed or listed. */
export const MEDIA_KEY = /^[A-Za-z0-9_-]{22}$/;

/** Where a stored file lives in storage: one directory per upload, sharded by the key's start. */
export function storageKey(key: string, file: VariantName | 'file'): string {
  // Storage keys are case-insensitive on some systems: the key is hex-encoded into the path.
  const hex = Buffer.from(key, 'base64url').toString('hex');
  return `${hex.slice(0, 2)}/${hex}/${file}`;
}

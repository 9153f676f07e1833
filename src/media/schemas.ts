// What the API answers about stored images and attachments (listed in src/api/schemas.ts
// responseSchemas). URLs are paths on this site; whether a reader may fetch one follows the rules
// of openMedia (src/media/service.ts).
import { z } from 'zod';
import type { StoredAttachment, StoredImage } from './service.ts';

export const imageResponse = z.object({
  key: z.string().describe('Random and permanent; names the image in delete and move requests'),
  url: z.string().describe('The display size (WebP, at most 1200 px a side; 400 px square for a profile photo)'),
  thumb_url: z.string().describe('The thumbnail (WebP, 480 × 360 cropped; 96 px square for a profile photo)'),
  width: z.number().int(),
  height: z.number().int(),
  thumb_width: z.number().int(),
  thumb_height: z.number().int(),
  position: z.number().int().describe('Order in its list, from 0; the first is the thumbnail shown in lists'),
});

export const imageListResponse = z.object({ images: z.array(imageResponse) });

export const attachmentResponse = z.object({
  key: z.string(),
  url: z.string().describe('Downloads the file (Content-Disposition: attachment)'),
  name: z.string().describe('The cleaned file name, with the extension of its real type'),
  content_type: z.string().describe('Found from the content: application/pdf, a Word or Excel type, image/jpeg or image/png'),
  bytes: z.number().int(),
  position: z.number().int(),
});

export const attachmentListResponse = z.object({ attachments: z.array(attachmentResponse) });

export const mediaResponseSchemas = {
  Image: imageResponse,
  ImageList: imageListResponse,
  Attachment: attachmentResponse,
  AttachmentList: attachmentListResponse,
} as const;

export function imageJson(i: StoredImage): z.input<typeof imageResponse> {
  return { key: i.key, url: i.url, thumb_url: i.thumbUrl, width: i.width, height: i.height, thumb_width: i.thumbWidth, thumb_height: i.thumbHeight, position: i.position };
}

export function attachmentJson(a: StoredAttachment): z.input<typeof attachmentResponse> {
  return { key: a.key, url: a.url, name: a.name, content_type: a.contentType, bytes: a.bytes, position: a.position };
}

/** Moving an image a place earlier or later in its list. */
export const moveInput = z.object({ direction: z.enum(['up', 'down'], { error: 'field.choose' }) });

// Pieces every upload page shares: the multipart upload form (works with JavaScript off), a
// lazily loaded image with its real size, the list of images with move and remove buttons, and
// the list of attachments with their download links.
import { raw } from 'hono/html';
import { escapeToBuffer } from 'hono/utils/html';
import type { FormState } from '../platform/form-views.tsx';
import { formatNumber } from '../platform/format.ts';
import { CsrfField, type PageCtx } from '../platform/layout.tsx';
import type { GigCardImage, StoredAttachment, StoredImage } from './service.ts';

export const IMAGE_ACCEPT = 'image/jpeg,image/png,image/webp';
export const ATTACHMENT_ACCEPT = '.pdf,.docx,.xlsx,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

/** A form with one file input (multipart/form-data); the message of a refused upload is shown in it. */
export function UploadForm(props: { ctx: PageCtx; action: string; field: string; label: string; hint: string; accept: string; submit: string; state?: FormState | undefined }) {
  const { ctx, field } = props;
  const message = props.state?.message;
  const id = `upload-${field}`;
  return (
    <form method="post" action={props.action} enctype="multipart/form-data" class="stack upload">
      <CsrfField ctx={ctx} />
      <div class="field">
        <label for={id}>{props.label}</label>
        <span class="hint" id={`${id}-hint`}>
          {props.hint}
        </span>
        <input id={id} name={field} type="file" accept={props.accept} required aria-invalid={message ? 'true' : undefined} aria-describedby={message ? `${id}-hint ${id}-error` : `${id}-hint`} />
        {message ? (
          <p class="error" id={`${id}-error`} role="alert">
            {message}
          </p>
        ) : null}
      </div>
      <div class="actions">
        <button type="submit">{props.submit}</button>
      </div>
    </form>
  );
}

/** An image at its thumbnail or display size, loaded only when it scrolls into view. */
export function Picture({ image, size, alt, cls }: { image: StoredImage; size: 'thumb' | 'display'; alt: string; cls?: string }) {
  const thumb = size === 'thumb';
  return (
    <img
      src={thumb ? image.thumbUrl : image.url}
      width={thumb ? image.thumbWidth : image.width}
      height={thumb ? image.thumbHeight : image.height}
      alt={alt}
      loading="lazy"
      decoding="async"
      class={cls ?? 'picture'}
    />
  );
}

/**
 * A gig's first image in a list (search results, category pages, the home page, profiles), at the
 * card size, with its size given so nothing moves when it arrives and loaded only near the screen.
 * Written as a string, escaped by Hono's own escaper, because search results are rendered as strings
 * (src/search/views.tsx); pages in JSX use GigCardPicture, the same markup.
 */
export function gigCardPictureHtml(image: GigCardImage, alt: string): string {
  const buffer: [string] = [''];
  escapeToBuffer(alt, buffer);
  return `<img src="${image.url}" width="${image.width}" height="${image.height}" alt="${buffer[0]}" loading="lazy" decoding="async" class="card-picture">`;
}

export const GigCardPicture = ({ image, alt }: { image: GigCardImage; alt: string }) => raw(gigCardPictureHtml(image, alt));

function SmallPost({ ctx, action, label, name, val, cls }: { ctx: PageCtx; action: string; label: string; name?: string; val?: string; cls?: string }) {
  return (
    <form method="post" action={action}>
      <CsrfField ctx={ctx} />
      <button type="submit" class={cls ?? 'secondary small'} name={name} value={val}>
        {label}
      </button>
    </form>
  );
}

/** The images of one gig or portfolio item, with buttons to move and remove each. `base` is their list's URL. */
export function ImageManager({ ctx, images, base, canMove = true }: { ctx: PageCtx; images: StoredImage[]; base: string; canMove?: boolean }) {
  const { t } = ctx;
  if (images.length === 0) return <p class="muted">{t('media.images.none')}</p>;
  return (
    <ol class="image-list">
      {images.map((image, i) => (
        <li class="card">
          <Picture image={image} size="thumb" alt={t('media.images.alt', { n: i + 1 })} />
          <div class="actions" role="group" aria-label={t('media.images.actions_for', { n: i + 1 })}>
            {canMove && i > 0 ? <SmallPost ctx={ctx} action={`${base}/${image.key}/move`} name="direction" val="up" label={t('media.images.up')} /> : null}
            {canMove && i < images.length - 1 ? <SmallPost ctx={ctx} action={`${base}/${image.key}/move`} name="direction" val="down" label={t('media.images.down')} /> : null}
            <SmallPost ctx={ctx} action={`${base}/${image.key}/delete`} label={t('media.images.remove')} cls="danger small" />
          </div>
        </li>
      ))}
    </ol>
  );
}

/** "340 KB", "1.2 MB": units stay in Latin in both languages (docs/urdu-glossary.md), digits through Intl. */
export function fileSize(ctx: PageCtx, bytes: number): string {
  if (bytes < 1024 * 1024) return `${formatNumber(ctx.locale, Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${formatNumber(ctx.locale, Math.round((bytes / (1024 * 1024)) * 10) / 10)} MB`;
}

/** A job's attachments as download links; with `removeBase`, each gets a remove button. */
export function AttachmentList({ ctx, attachments, removeBase }: { ctx: PageCtx; attachments: StoredAttachment[]; removeBase?: string | undefined }) {
  const { t } = ctx;
  if (attachments.length === 0) return <p class="muted">{t('media.attachments.none')}</p>;
  return (
    <ul class="attachment-list">
      {attachments.map((a) => (
        <li>
          <a href={a.url} download={a.name}>
            <bdi>{a.name}</bdi>
          </a>{' '}
          <span class="muted">({fileSize(ctx, a.bytes)})</span>
          {removeBase ? <SmallPost ctx={ctx} action={`${removeBase}/${a.key}/delete`} label={t('media.attachments.remove')} cls="danger small" /> : null}
        </li>
      ))}
    </ul>
  );
}

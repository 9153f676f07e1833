// Hard limits and a character policy for every text input (STYLE.md, "Hard limits"). The error
// messages are i18n keys (field.*), so forms and the API show the same translated message.
import { z } from 'zod';

// Bidi embeddings, overrides and isolates can make a name display as something else.
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
// NUL and other C0/C1 controls, except tab and newlines in multi-line text.
const CONTROL_SINGLE = /[\u0000-\u001F\u007F-\u009F]/;
const CONTROL_MULTI = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const MARKUP = /[<>]/;

/** Urdu (۰-۹) and Arabic-Indic (٠-٩) digits to ASCII; pakistan-locale.md §5 says people type both. */
export function asciiDigits(s: string): string {
  return s.replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0)).replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));
}

function checked(max: number, control: RegExp, opts: { min?: number; markup?: boolean }) {
  return z
    .string({ error: 'field.required' })
    .transform((s) => s.normalize('NFC').trim())
    .check((ctx) => {
      const v = ctx.value;
      if ((opts.min ?? 0) > 0 && v.length === 0) ctx.issues.push({ code: 'custom', message: 'field.required', input: v });
      else if (v.length < (opts.min ?? 0)) ctx.issues.push({ code: 'custom', message: 'field.too_short', params: { min: opts.min }, input: v });
      if (v.length > max) ctx.issues.push({ code: 'custom', message: 'field.too_long', params: { max }, input: v });
      if (control.test(v)) ctx.issues.push({ code: 'custom', message: 'field.control_chars', input: v });
      if (BIDI_CONTROL.test(v)) ctx.issues.push({ code: 'custom', message: 'field.bidi_chars', input: v });
      if (opts.markup === false && MARKUP.test(v)) ctx.issues.push({ code: 'custom', message: 'field.no_markup', input: v });
    });
}

/** A one-line field such as a name: no markup characters, no bidi overrides. */
// The limits live in custom checks, so they are repeated as metadata for the OpenAPI document.
export const singleLine = (max: number, min = 1) => checked(max, CONTROL_SINGLE, { min, markup: false }).meta({ minLength: min, maxLength: max });

/** Free text (bios, descriptions): markup is stored as written and escaped where shown. */
export const multiLine = (max: number, min = 0) => checked(max, CONTROL_MULTI, { min }).meta({ minLength: min, maxLength: max });

export const email = z
  .string({ error: 'field.required' })
  .transform((s) => s.trim().toLowerCase())
  .check((ctx) => {
    const v = ctx.value;
    if (v.length === 0) ctx.issues.push({ code: 'custom', message: 'field.required', input: v });
    else if (v.length > 254) ctx.issues.push({ code: 'custom', message: 'field.too_long', params: { max: 254 }, input: v });
    else if (!z.email().safeParse(v).success) ctx.issues.push({ code: 'custom', message: 'field.email', input: v });
  })
  .meta({ format: 'email', maxLength: 254 });

export const password = z
  .string({ error: 'field.required' })
  .check((ctx) => {
    const v = ctx.value;
    if (v.length < 10) ctx.issues.push({ code: 'custom', message: 'field.password_short', params: { min: 10 }, input: v });
    if (v.length > 200) ctx.issues.push({ code: 'custom', message: 'field.too_long', params: { max: 200 }, input: v });
    if (v.includes('\u0000')) ctx.issues.push({ code: 'custom', message: 'field.control_chars', input: v });
  })
  .meta({ minLength: 10, maxLength: 200 });

// --- An address, before any route reads it ---------------------------------------------------------

/**
 * True when a request's address cannot be read as text: a NUL (%00), an invalid percent escape or
 * bytes that are not UTF-8 (%C3%28). PostgreSQL cannot store or compare a NUL, so such a value
 * would otherwise fail deep inside a query. Cheap on the common path: only addresses with a "%" are
 * decoded.
 */
export function unreadableAddress(pathAndQuery: string): boolean {
  if (!pathAndQuery.includes('%')) return false;
  if (/%00/i.test(pathAndQuery)) return true;
  try {
    decodeURIComponent(pathAndQuery.replaceAll('+', ' '));
    return false;
  } catch {
    return true;
  }
}

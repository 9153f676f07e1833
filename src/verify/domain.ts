// Verification codes of the documents Hunar issues (docs/decisions/0055). Pure: no I/O (the
// random bytes are handed in).
//
// Invariants (domain.test.ts):
// - a code is 20 characters of Crockford's base32 (0-9 A-Z without I L O U): 100 random bits, so
//   guessing one among a million issued takes about 2^80 tries;
// - a code reads back the same however a person types it: with or without the dashes or spaces of
//   its printed groups, in lower case, with Urdu or Arabic-Indic digits, or with the letters
//   Crockford maps to digits (O → 0, I and L → 1);
// - anything else is not a code (null), never a different code.

export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 20;
/** Random bytes a code needs: 13 bytes hold the 100 bits (the last 4 bits are dropped). */
export const CODE_BYTES = 13;

const CODE = /^[0-9A-HJKMNP-TV-Z]{20}$/;

/** The code made of these random bytes (at least CODE_BYTES of them). */
export function codeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < CODE_BYTES) throw new RangeError(`a code needs ${CODE_BYTES} random bytes`);
  let out = '';
  let acc = 0;
  let bits = 0;
  for (const b of bytes) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5 && out.length < CODE_LENGTH) {
      bits -= 5;
      out += CODE_ALPHABET[(acc >>> bits) & 31];
    }
    acc &= (1 << bits) - 1;
    if (out.length === CODE_LENGTH) break;
  }
  return out;
}

export const isCode = (s: string): boolean => CODE.test(s);

/** Digits a person may type: Urdu (U+06F0–06F9) and Arabic-Indic (U+0660–0669) read as 0–9. */
function westernDigits(s: string): string {
  return s.replace(/[\u06f0-\u06f9\u0660-\u0669]/g, (d) => String((d.codePointAt(0)! & 0xf) % 10));
}

/** The code as typed or scanned, in its stored form; null when it cannot be one. */
export function readCode(input: string): string | null {
  if (input.length > 80) return null;
  const s = westernDigits(input.normalize('NFKC'))
    // Dashes and spaces between groups, as printed or as a person types them.
    .replace(/[\s\u00a0\u2010-\u2015\u2212_.-]/g, '')
    .toUpperCase()
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return CODE.test(s) ? s : null;
}

/** The code as printed: five groups of four, XXXX-XXXX-XXXX-XXXX-XXXX. */
export function groupCode(code: string): string {
  return code.match(/.{1,4}/g)!.join('-');
}

/** The public page of a code. */
export const verifyPath = (code: string): string => `/verify/${code}`;

/** The address printed (and put in the QR code) on a document: the site's own. */
export const verifyUrl = (baseUrl: string, code: string): string => `${baseUrl.replace(/\/$/, '')}${verifyPath(code)}`;

/**
 * valid: issued and not withdrawn; withdrawn: its owner withdrew it; revoked: its issuer withdrew it
 * (a certificate, issue 20). Either way it vouches for nothing.
 */
export type VerifyStatus = 'valid' | 'withdrawn' | 'revoked';
export const statusOf = (withdrawnAt: Date | null, revocable = false): VerifyStatus => (withdrawnAt ? (revocable ? 'revoked' : 'withdrawn') : 'valid');

/** Lookups per address and window (docs/decisions/0055): plenty for a person, nothing for a guesser. */
export const LOOKUP_LIMIT = { max: 30, windowSeconds: 600 } as const;

// Every kind of document that /verify/<code> can vouch for, and how each describes itself
// (docs/decisions/0055). A kind's frozen summary (verifiable_documents.summary, written once when
// the document is issued) holds plain facts — names, years, amounts — never text in one language;
// the kind turns them into labelled facts when someone looks the code up, in the reader's language.
// A new kind (issue 20's certificates) is one module exporting a VerifiableKind and one line below.
import type { z } from 'zod';
import type { Money } from '../platform/money.ts';
import { courseCertificateKind } from '../credentials/verifiable.ts';
import { yearStatementKind } from '../statements/verifiable.ts';

/** One fact the verify page and API show: a stable key, its label's message key, and a typed value. */
export interface Fact {
  /** Stable, for API callers: 'tax_year', 'income_pkr'. */
  key: string;
  /** The message key of its label. */
  label: string;
  value:
    | { type: 'text'; text: string }
    | { type: 'tax_year'; year: number }
    | { type: 'money'; amounts: Money[] }
    | { type: 'date'; at: Date }
    /** A name given in both languages (a course, a skill): the reader's first, the other when it is missing. */
    | { type: 'localized'; en: string | null; ur: string | null };
}

export interface VerifiableKind<S = unknown> {
  /** verifiable_documents.kind. */
  kind: string;
  /** The message key of the document's name ("Tax year statement"). */
  title: string;
  /** The frozen summary's shape: checked when a document is issued and when it is read. */
  summary: z.ZodType<S>;
  /** The person the document is about, as named when it was issued. */
  holder(summary: S): string;
  /** What a verifier sees while the document is valid, in order. */
  facts(summary: S): Fact[];
  /** A withdrawal by the issuer rather than the owner (certificates): shown as revoked. */
  revocable?: boolean;
}

/** Each kind's summary has its own shape; the registry holds them side by side. */
const KINDS: readonly VerifiableKind<any>[] = [yearStatementKind, courseCertificateKind];

export const VERIFIABLE_KINDS: ReadonlyMap<string, VerifiableKind> = new Map(KINDS.map((k) => [k.kind, k]));

export function kindOf(kind: string): VerifiableKind {
  const k = VERIFIABLE_KINDS.get(kind);
  if (!k) throw new Error(`unknown verifiable kind ${kind}: register it in src/verify/kinds.ts`);
  return k;
}

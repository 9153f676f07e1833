// What the peers charge, as data, from ../shared/reference/fees.md (§1–4 and the data table in §7).
// Each rule keeps its confidence, the date it applies from (null when the source gives none) and its
// source, so the /fees page can say how sure each figure is. The reference's rule: a figure marked
// unconfirmed is never shown as fact; the page labels it. Re-check the sources before changing a
// figure here.

export type Confidence = 'official' | 'third_party' | 'unconfirmed';
export type Peer = 'fiverr' | 'upwork' | 'freelancer' | 'guru';

export interface PeerFee {
  /** Lowest and highest fee in basis points (equal unless the fee varies per contract). */
  bpMin: number;
  bpMax: number;
  /** A minimum fee in US cents ("10% or $5, whichever is greater"). */
  minUsdCents?: bigint;
  confidence: Confidence;
  /** ISO date or month the rule applies from; null when no source gives one. */
  effectiveFrom: string | null;
  source: string;
}

export interface ClientFee extends PeerFee {
  /** An extra flat fee on small orders: feeUsdCents when the order is under underUsdCents. */
  smallOrder?: { underUsdCents: bigint; feeUsdCents: bigint };
  /** bp of the price; bpMin === bpMax for the client rules encoded here. */
  bp: number;
}

export interface PeerRule {
  peer: Peer;
  name: string;
  freelancer: PeerFee;
  /** Null when no source gives the client's fee. */
  client: ClientFee | null;
}

// The reference gives no single "checked on" date; each rule shows its own effective date and
// confidence instead.

export const PEER_RULES: readonly PeerRule[] = [
  {
    peer: 'fiverr',
    name: 'Fiverr',
    // §1: 20% commission on every order, extras and tips included.
    freelancer: { bpMin: 2000, bpMax: 2000, confidence: 'official', effectiveFrom: null, source: 'https://help.fiverr.com/hc/en-us/articles/360010530058-Withdraw-your-earnings' },
    // §1: 5.5% service fee on each payment, plus $3 on purchases under $100.
    client: {
      bp: 550,
      bpMin: 550,
      bpMax: 550,
      smallOrder: { underUsdCents: 10_000n, feeUsdCents: 300n },
      confidence: 'official',
      effectiveFrom: null,
      source: 'https://help.fiverr.com/hc/en-us/articles/360049646033-What-is-a-service-fee',
    },
  },
  {
    peer: 'upwork',
    name: 'Upwork',
    // §2: a variable fee of 0–15% per contract since May 2025; only third-party sources found.
    freelancer: { bpMin: 0, bpMax: 1500, confidence: 'third_party', effectiveFrom: '2025-05', source: 'https://skilllinkup.com/en/resources/upwork-pricing' },
    // §2: 5% marketplace fee on the Basic plan (2026, third-party; another source says up to 7.99%).
    client: { bp: 500, bpMin: 500, bpMax: 500, confidence: 'third_party', effectiveFrom: '2026', source: 'https://golance.com/de/blogs/upwork-fees-explained-2026' },
  },
  {
    peer: 'freelancer',
    name: 'Freelancer.com',
    // §3: fixed-price projects, 10% of the accepted bid or $5, whichever is greater.
    freelancer: { bpMin: 1000, bpMax: 1000, minUsdCents: 500n, confidence: 'third_party', effectiveFrom: null, source: 'https://asiarpa.com/fees-and-charges/' },
    // §3: employer fee, 3% or $3, whichever is greater.
    client: { bp: 300, bpMin: 300, bpMax: 300, minUsdCents: 300n, confidence: 'official', effectiveFrom: null, source: 'https://www.freelancer.in/support/Payments/project-fees' },
  },
  {
    peer: 'guru',
    name: 'Guru',
    // §4: 9% project fee + 2.95% collection fee for Basic (free) members; year unknown, possibly outdated.
    freelancer: { bpMin: 1195, bpMax: 1195, confidence: 'unconfirmed', effectiveFrom: null, source: 'https://www.guru.com/blog/change-in-transaction-fees-arriving-soon/' },
    // §4: the employer "handling fee" has no source.
    client: null,
  },
];

// Deliveries with files, a revision and a dispute for the demo accounts (issue 18):
// - Ayesha delivered Emma's clinic logo with a PDF of the concepts and a PNG: Emma has it to review;
// - Ayesha delivered Hamza's sale poster and Hamza asked for a revision: Ayesha has it to redo;
// - Nida (a restaurant in Lahore) disputed Bilal's WordPress speed-up: her statements in Urdu with a
//   screenshot, Bilal's answer in English with his PageSpeed report; open for the demo admin to decide.
// Orders are written as the use cases leave them (a top-up's payment_in, escrow_fund, the events,
// the dispute and its statements), and the files are drawn here and stored as uploads are
// (prepareAttachment, then the media row), so downloads work. Deterministic.
import sharp from 'sharp';
import type { Tx } from '../db/pool.ts';
import { feesFor } from '../fees/domain.ts';
import { feePolicy } from '../fees/service.ts';
import { requestFingerprint } from '../ledger/domain.ts';
import { post } from '../ledger/service.ts';
import { mediaColumns, prepareAttachment, storeWithin } from '../media/service.ts';
import { autoAcceptAt } from '../orders/domain.ts';
import type { Deps } from '../platform/deps.ts';
import { type Money, money } from '../platform/money.ts';
import { demoEmail } from './demo-people.ts';
import { demoBankTopUp } from './demo-top-up.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A one-page PDF with a title and a few lines (Latin text: the PDF's built-in font has no Urdu). */
export function demoPdf(title: string, lines: readonly string[]): Uint8Array {
  const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, '-');
  const text = [`BT /F1 20 Tf 72 760 Td (${esc(title)}) Tj ET`, ...lines.map((l, i) => `BT /F1 12 Tf 72 ${720 - i * 20} Td (${esc(l)}) Tj ET`)].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (const [i, o] of objects.entries()) {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

/** A small picture drawn from an SVG (a logo, a poster, a screenshot), as a PNG. */
async function demoPng(svg: string): Promise<Uint8Array> {
  return new Uint8Array(await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer());
}

const FONT = 'font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif"';
const LOGO = `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="360"><rect width="480" height="360" fill="#fff"/><circle cx="240" cy="150" r="90" fill="#0b6e4f"/><rect x="222" y="95" width="36" height="110" fill="#fff"/><rect x="185" y="132" width="110" height="36" fill="#fff"/><text x="240" y="300" text-anchor="middle" ${FONT} font-size="34" font-weight="700" fill="#0b6e4f">Sparkhill Clinic</text></svg>`;
const POSTER = `<svg xmlns="http://www.w3.org/2000/svg" width="360" height="480"><rect width="360" height="480" fill="#7b2d8b"/><circle cx="300" cy="80" r="120" fill="#b565c4" opacity="0.6"/><text x="30" y="200" ${FONT} font-size="64" font-weight="700" fill="#ffd166">SALE</text><text x="30" y="260" ${FONT} font-size="36" fill="#fff">30% off</text><text x="30" y="440" ${FONT} font-size="18" fill="#fff">Lawn collection · Karachi</text></svg>`;
const SCREENSHOT = `<svg xmlns="http://www.w3.org/2000/svg" width="360" height="640"><rect width="360" height="640" fill="#f4f4f4"/><rect width="360" height="56" fill="#c44536"/><text x="16" y="36" ${FONT} font-size="20" fill="#fff">PageSpeed · Mobile</text><circle cx="180" cy="200" r="80" fill="none" stroke="#e07a5f" stroke-width="14"/><text x="180" y="215" text-anchor="middle" ${FONT} font-size="48" font-weight="700" fill="#c44536">41</text><text x="180" y="330" text-anchor="middle" ${FONT} font-size="18" fill="#333">Largest Contentful Paint 7.9 s</text></svg>`;

export async function loadDemoDisputes(tx: Tx, deps: Deps): Promise<{ orders: number; disputes: number }> {
  const now = deps.clock.now().getTime();
  const at = (hoursAgo: number) => new Date(now - hoursAgo * HOUR);
  const keys = ['emma', 'hamza', 'nida', 'ayesha', 'bilal'] as const;
  const users = new Map((await tx.selectFrom('users').select(['id', 'email']).where('email', 'in', keys.map(demoEmail)).execute()).map((u) => [u.email, u.id]));
  const [emma, hamza, nida, ayesha, bilal] = keys.map((k) => users.get(demoEmail(k)));
  if (!emma || !hamza || !nida || !ayesha || !bilal) return { orders: 0, disputes: 0 };
  const policy = feePolicy(deps);

  /** Money in, as a matched bank transfer brings it: exactly what the order costs, so the clients' other demo balances stay as they were. */
  const topUp = (userId: string, amount: Money, hoursAgo: number, seed: number) =>
    demoBankTopUp(tx, deps, { userId, amount, at: at(hoursAgo), seed, referenceBytes: [23, 37, 43, 59, 71, 83] });

  /** Files stored as uploads are, on one delivery event or one dispute statement. */
  async function files(ownerId: string, link: { order_event_id: string } | { dispute_statement_id: string }, list: { name: string; bytes: Uint8Array }[], hoursAgo: number) {
    for (const [position, f] of list.entries()) {
      const prepared = await prepareAttachment(f, 'order_event_id' in link ? 'delivery_file' : 'dispute_evidence');
      await storeWithin(deps, tx, prepared, (t, key) =>
        t
          .insertInto('media')
          .values({ ...mediaColumns(prepared, key), owner_id: ownerId, ...link, position, created_at: at(hoursAgo) })
          .execute(),
      );
    }
  }

  /** A gig order paid into escrow and delivered with files, as the use cases leave it; the delivery event's id. */
  async function deliveredOrder(o: { seed: number; client: string; seller: string; slug: string; position: number; placed: number; delivered: number; message: string; files: { name: string; bytes: Uint8Array }[]; state?: 'delivered' | 'revision_requested' | 'disputed' }) {
    const gig = await tx.selectFrom('gigs').select(['id', 'title']).where('slug', '=', o.slug).executeTakeFirstOrThrow();
    const pkg = await tx.selectFrom('gig_packages').selectAll().where('gig_id', '=', gig.id).where('position', '=', o.position).executeTakeFirstOrThrow();
    const price = money(BigInt(pkg.price_minor!), pkg.currency);
    const fees = feesFor(price, policy);
    const paidAt = at(o.placed - 1);
    const state = o.state ?? 'delivered';
    await topUp(o.client, fees.clientPays, o.placed + 2, o.seed);
    const order = await tx
      .insertInto('orders')
      .values({
        kind: 'gig',
        client_id: o.client,
        freelancer_id: o.seller,
        gig_id: gig.id,
        package_position: o.position,
        title: gig.title,
        package_name: pkg.name,
        currency: price.currency,
        price_minor: price.amount,
        client_fee_minor: fees.clientFee.amount,
        freelancer_fee_minor: fees.freelancerFee.amount,
        delivery_days: pkg.delivery_days,
        revisions_included: pkg.revisions,
        revisions_used: state === 'revision_requested' ? 1 : 0,
        answers: JSON.stringify([]),
        state,
        paid_at: paidAt,
        due_at: new Date(paidAt.getTime() + (pkg.delivery_days ?? 3) * DAY),
        delivered_at: at(o.delivered),
        auto_accept_at: state === 'delivered' ? autoAcceptAt(at(o.delivered), deps.config.ORDER_AUTO_ACCEPT_DAYS) : null,
        created_at: at(o.placed),
        updated_at: at(o.delivered),
      })
      .returning(['id', 'number'])
      .executeTakeFirstOrThrow();
    await post(tx, deps, {
      kind: 'escrow_fund',
      key: `demo-order-${order.id}`,
      fingerprint: requestFingerprint(o.client, 'order.pay', { order: order.id }),
      actorId: o.client,
      reason: `Order HNR-${order.number}: paid into escrow`,
      legs: [{ from: { kind: 'client_wallet', ownerId: o.client, currency: price.currency }, to: { kind: 'escrow', refId: order.id, currency: price.currency }, amount: fees.clientPays }],
    });
    await tx
      .insertInto('order_events')
      .values([
        { order_id: order.id, kind: 'placed', actor_id: o.client, message: null, created_at: at(o.placed) },
        { order_id: order.id, kind: 'paid', actor_id: o.client, message: null, created_at: paidAt },
      ])
      .execute();
    const ev = await tx.insertInto('order_events').values({ order_id: order.id, kind: 'delivered', actor_id: o.seller, message: o.message, created_at: at(o.delivered) }).returning('id').executeTakeFirstOrThrow();
    await files(o.seller, { order_event_id: ev.id }, o.files, o.delivered);
    return order.id;
  }

  // Emma's clinic logo, delivered this morning: she has it to review.
  await deliveredOrder({
    seed: 41,
    client: emma,
    seller: ayesha,
    slug: 'ayesha-logo-design',
    position: 2,
    placed: 96,
    delivered: 5,
    message:
      'Assalam-o-alaikum Emma! Here are the three concepts for Sparkhill Community Clinic, each in colour and in black and white for the leaflets. The PDF has all three side by side; the PNG is the one I would choose (green cross, readable at small sizes). Tell me which you like and I will send the print files.',
    files: [
      { name: 'sparkhill-logo-concepts.pdf', bytes: demoPdf('Sparkhill Community Clinic - logo concepts', ['Concept 1: green cross with the clinic name below', 'Concept 2: a heart made of two leaves', 'Concept 3: Urdu and English names side by side', 'Colours: #0B6E4F green, white, warm grey', 'Designed by Ayesha Siddiqui, Multan']) },
      { name: 'sparkhill-logo.png', bytes: await demoPng(LOGO) },
    ],
  });

  // Hamza's sale poster: delivered, then a revision asked for.
  const poster = await deliveredOrder({
    seed: 42,
    client: hamza,
    seller: ayesha,
    slug: 'ayesha-poster-flyer-design',
    position: 1,
    placed: 60,
    delivered: 30,
    message: 'حمزہ صاحب، لان کلیکشن کی سیل کا پوسٹر حاضر ہے۔ انسٹاگرام کے لیے یہی سائز ٹھیک رہے گا؛ پرنٹ کے لیے بڑی فائل بھی بنا دوں گی۔',
    files: [{ name: 'lawn-sale-poster.png', bytes: await demoPng(POSTER) }],
    state: 'revision_requested',
  });
  await tx
    .insertInto('order_events')
    .values({ order_id: poster, kind: 'revision_requested', actor_id: hamza, message: 'Looks great! Please make "30% off" much bigger, and add our Instagram handle @karachilawnco at the bottom. Urdu line "سیل شروع" under SALE would be nice too.', created_at: at(26) })
    .execute();

  // Nida's dispute with Bilal, open for the admin.
  const disputed = await deliveredOrder({
    seed: 43,
    client: nida,
    seller: bilal,
    slug: 'bilal-wordpress-speed-and-fixes',
    position: 2,
    placed: 110,
    delivered: 50,
    message: 'Done: caching, image compression and the contact form now sends mail again. Desktop PageSpeed went from 48 to 91. The before-and-after report is attached.',
    files: [{ name: 'pagespeed-report.pdf', bytes: demoPdf('PageSpeed report - before and after', ['Desktop: 48 before, 91 after', 'Mobile: 39 before, 44 after', 'Images compressed: 212 (61 MB saved)', 'Caching plugin configured; contact form fixed (SMTP)', 'Bilal Ahmed, Lahore']) }],
    state: 'disputed',
  });
  await tx.insertInto('order_events').values({ order_id: disputed, kind: 'disputed', actor_id: nida, message: null, created_at: at(20) }).execute();
  const dispute = await tx.insertInto('disputes').values({ order_id: disputed, opened_by: nida, opened_by_side: 'client', reason: 'not_as_described', opened_at: at(20) }).returning('id').executeTakeFirstOrThrow();
  const statements: { author: string; side: 'client' | 'freelancer'; hoursAgo: number; body: string; files: { name: string; bytes: Uint8Array }[] }[] = [
    {
      author: nida,
      side: 'client',
      hoursAgo: 20,
      body: 'گِگ میں تیز رفتار ویب سائٹ کا وعدہ تھا، لیکن ہمارے زیادہ تر گاہک موبائل سے مینیو دیکھتے ہیں اور وہاں سائٹ اب بھی آٹھ سیکنڈ میں کھلتی ہے۔ اسکرین شاٹ ساتھ ہے۔ میں آدھی رقم واپس چاہتی ہوں۔',
      files: [{ name: 'mobile-pagespeed.png', bytes: await demoPng(SCREENSHOT) }],
    },
    {
      author: bilal,
      side: 'freelancer',
      hoursAgo: 12,
      body: 'The order was for the Standard package: speed optimisation and up to three fixes, all done. Desktop is now 91. Mobile is held back by the menu slider theme, which would need a new theme — outside this order. I offered to do it as a new order. My report is attached again for the admin.',
      files: [{ name: 'pagespeed-report.pdf', bytes: demoPdf('PageSpeed report - mobile detail', ['Mobile score limited by the theme slider (5.1 s)', 'Fix: replace the slider or change theme (new order)', 'All three agreed fixes delivered and tested']) }],
    },
    {
      author: nida,
      side: 'client',
      hoursAgo: 8,
      body: 'تھیم کی بات پہلے نہیں بتائی گئی تھی۔ کانٹیکٹ فارم ٹھیک ہو گیا ہے، اس کا شکریہ، لیکن موبائل کا مسئلہ وہی ہے۔',
      files: [],
    },
  ];
  for (const s of statements) {
    const row = await tx.insertInto('dispute_statements').values({ dispute_id: dispute.id, author_id: s.author, side: s.side, body: s.body, created_at: at(s.hoursAgo) }).returning('id').executeTakeFirstOrThrow();
    await files(s.author, { dispute_statement_id: row.id }, s.files, s.hoursAgo);
    if (s.hoursAgo !== 20) await tx.insertInto('order_events').values({ order_id: disputed, kind: 'dispute_statement', actor_id: s.author, message: null, created_at: at(s.hoursAgo) }).execute();
  }
  // The opening statement is the dispute's description: the `disputed` event carries it too.
  await tx.updateTable('order_events').set({ message: statements[0]!.body }).where('order_id', '=', disputed).where('kind', '=', 'disputed').execute();
  return { orders: 3, disputes: 1 };
}

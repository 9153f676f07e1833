// Conversations for the demo accounts (issue 18), so /messages opens on a lived-in inbox:
// - before any order: Nida asks Ayesha about a menu and poster in Urdu (and shares her WhatsApp
//   number: flagged, she was warned); Emma in Birmingham asks Hamid about translating clinic
//   leaflets, with a picture of one attached (she then ordered: demo-dollars.ts); Lena asks Bilal to pay him outside Hunar to skip the
//   fee (flagged), and Bilal reported it: the report waits in the admin queue;
// - inside the demo orders (demo-work.ts, demo-orders.ts): Hamza and Ayesha about his Instagram
//   posts (with his brand colours attached), Hamza and Bilal about the delivered landing page,
//   Usman and Bilal about dark mode, Emma and Sobia about paying her transcription order; and in
//   the demo contract (demo-contract.ts) Hamza and Bilal about the store's milestones. The orders'
//   own events sit between the messages.
// Some of the last messages are unread: Ayesha, Hamza, Bilal and Emma each have something new.
// Written as the messages use cases write them (conversations, members, read pointers, media rows
// with their files in storage); deterministic.
import sharp from 'sharp';
import type { Tx } from '../db/pool.ts';
import { mediaColumns, prepareAttachment, storeWithin } from '../media/service.ts';
import { detectContactDetails } from '../messages/domain.ts';
import { insertConversation } from '../messages/use-cases/access.ts';
import type { Deps } from '../platform/deps.ts';
import { demoEmail } from './demo-people.ts';

const HOUR = 3_600_000;

interface Line {
  /** Who writes it: 'a' (who started) or 'b'. */
  by: 'a' | 'b';
  text: string;
  hoursAgo: number;
  file?: { name: string; svg: string };
  /** Shares contact or payment details before the two worked together: stored flagged. */
  flagged?: boolean;
}

/** A small picture drawn here (nothing downloaded), stored as an uploaded attachment is. */
function swatches(colours: readonly string[], label: string): string {
  const w = 120;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w * colours.length}" height="160">${colours.map((c, i) => `<rect x="${i * w}" y="0" width="${w}" height="120" fill="${c}"/>`).join('')}<text x="10" y="148" font-family="sans-serif" font-size="18" fill="#1d2521">${label}</text></svg>`;
}

const LEAFLET = `<svg xmlns="http://www.w3.org/2000/svg" width="420" height="594"><rect width="420" height="594" fill="#fff"/><rect width="420" height="90" fill="#005eb8"/><text x="24" y="58" font-family="sans-serif" font-size="30" fill="#fff">Sparkbrook Health Centre</text><text x="24" y="150" font-family="sans-serif" font-size="26" fill="#1d2521">Flu vaccine: who can have it</text>${[0, 1, 2, 3, 4, 5].map((i) => `<rect x="24" y="${190 + i * 48}" width="${i === 5 ? 220 : 372}" height="18" rx="9" fill="#cfd8d3"/>`).join('')}<text x="24" y="540" font-family="sans-serif" font-size="18" fill="#4d5a54">Page 1 of 2</text></svg>`;

export async function loadDemoMessages(tx: Tx, deps: Deps): Promise<string> {
  const keys = ['ayesha', 'bilal', 'hamza', 'emma', 'usman', 'nida', 'hamid', 'lena', 'sobia'];
  const users = new Map((await tx.selectFrom('users').select(['id', 'email']).where('email', 'in', keys.map(demoEmail)).execute()).map((u) => [u.email.split('@')[0]!, u.id]));
  if (keys.some((k) => !users.has(k))) return '0 conversations';
  const id = (k: string) => users.get(k)!;
  const now = deps.clock.now().getTime();
  const at = (hoursAgo: number) => new Date(now - hoursAgo * HOUR);
  let conversations = 0;
  let messages = 0;

  /**
   * One conversation between `a` (who started it) and `b`: its lines in order, the last `unread`
   * of them not yet read by the person they were written to.
   */
  async function conversation(
    a: string,
    b: string,
    about: { kind: 'enquiry'; gigId?: string } | { kind: 'order'; orderId: string } | { kind: 'contract'; contractId: string },
    lines: readonly Line[],
    unread = 0,
  ): Promise<string> {
    const cid = await insertConversation(tx, {
      kind: about.kind,
      startedBy: id(a),
      other: id(b),
      at: at(lines[0]!.hoursAgo + 0.1),
      ...(about.kind === 'enquiry' ? { gigId: about.gigId ?? null } : about.kind === 'order' ? { orderId: about.orderId } : { contractId: about.contractId }),
    });
    if (!cid) throw new Error('demo conversation already exists');
    const ids: string[] = [];
    for (const line of lines) {
      const sender = id(line.by === 'a' ? a : b);
      const row = await tx
        .insertInto('messages')
        .values({ conversation_id: cid, sender_id: sender, body: line.text, flags: line.flagged ? detectContactDetails(line.text) : [], created_at: at(line.hoursAgo) })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.push(row.id);
      if (line.file) {
        const bytes = await sharp(Buffer.from(line.file.svg)).png().toBuffer();
        const prepared = await prepareAttachment({ name: line.file.name, bytes });
        await storeWithin(deps, tx, prepared, (t, key) =>
          t
            .insertInto('media')
            .values({ ...mediaColumns(prepared, key), purpose: 'message_attachment', owner_id: sender, message_id: row.id, position: 0, created_at: at(line.hoursAgo) })
            .execute(),
        );
      }
    }
    const last = lines[lines.length - 1]!;
    await tx.updateTable('conversations').set({ last_message_id: ids[ids.length - 1]!, last_message_at: at(last.hoursAgo) }).where('id', '=', cid).execute();
    // The sender of the unread lines has read everything; the other person up to just before them.
    const reader = unread ? (last.by === 'a' ? b : a) : null;
    for (const who of [a, b]) {
      const upTo = who === reader ? (ids[ids.length - 1 - unread] ?? '0') : ids[ids.length - 1]!;
      await tx.updateTable('conversation_members').set({ read_up_to: upTo, read_at: at(last.hoursAgo) }).where('conversation_id', '=', cid).where('user_id', '=', id(who)).execute();
    }
    conversations += 1;
    messages += lines.length;
    return cid;
  }

  const gigOf = (seller: string, titleLike?: string) => {
    let q = tx.selectFrom('gigs').select('id').where('seller_id', '=', id(seller)).where('status', '=', 'published');
    if (titleLike) q = q.where('title', 'like', titleLike);
    return q.orderBy('created_at').executeTakeFirst();
  };
  const orderOf = (client: string, freelancer: string) =>
    tx.selectFrom('orders').select('id').where('client_id', '=', id(client)).where('freelancer_id', '=', id(freelancer)).where('kind', '=', 'gig').orderBy('created_at', 'desc').executeTakeFirst();

  // Before any order, in Urdu: Nida's restaurant menu. Ayesha has Nida's last message to read.
  const poster = await gigOf('ayesha', '%پوسٹر%');
  await conversation(
    'nida',
    'ayesha',
    { kind: 'enquiry', ...(poster ? { gigId: poster.id } : {}) },
    [
      { by: 'a', text: 'السلام علیکم عائشہ! لاہور میں ہمارا ریستوران ہے۔ نئے مینیو کا ڈیزائن اور ساتھ ایک پوسٹر چاہیے، اردو اور انگریزی دونوں میں۔ کتنے دن لگیں گے؟', hoursAgo: 26 },
      { by: 'b', text: 'وعلیکم السلام! مینیو اور پوسٹر دونوں 4 دن میں ہو جائیں گے۔ اپنے لوگو اور کھانوں کی تصاویر یہاں منسلک کر دیں، میں دو نمونے بنا دوں گی۔', hoursAgo: 25 },
      { by: 'a', text: 'تصاویر بہت زیادہ ہیں، میرا واٹس ایپ نمبر 0321-4567890 ہے، وہاں بھیج دوں؟', hoursAgo: 3, flagged: true },
    ],
    1,
  );

  // Before any order, in English, from abroad: Emma and Hamid, with a leaflet attached. Emma has his answer to read.
  const translation = await gigOf('hamid');
  await conversation(
    'emma',
    'hamid',
    { kind: 'enquiry', ...(translation ? { gigId: translation.id } : {}) },
    [
      {
        by: 'a',
        text: 'Hello Hamid, I run outreach for a community clinic in Birmingham. We need our flu-vaccine leaflet (two pages, about 600 words) in Urdu and Pashto. Here is the first page so you can see the layout. Could you keep the headings short enough to fit?',
        hoursAgo: 30,
        file: { name: 'flu-leaflet-page-1.png', svg: LEAFLET },
      },
      { by: 'b', text: 'Assalam-o-alaikum Emma. Yes, I translate health leaflets often, and I will keep each heading within the same length. Urdu and Pashto for 600 words take three days. The Standard package covers both languages.', hoursAgo: 28 },
      { by: 'a', text: 'Perfect. I will order the Standard package as soon as our manager approves it.', hoursAgo: 27 },
      { by: 'b', text: 'Thank you for the order! One question while it waits for payment: should the clinic’s phone number stay in English digits in the Urdu version?', hoursAgo: 2.5 },
    ],
    1,
  );

  // Off-platform payment, flagged and reported by Bilal: the admin queue's open report.
  const offPlatform = await conversation('lena', 'bilal', { kind: 'enquiry' }, [
    { by: 'a', text: 'Hi Bilal, I need a small Shopify fix. Let’s skip Hunar’s fee: send me your Payoneer e-mail and I will pay you directly.', hoursAgo: 9, flagged: true },
    { by: 'b', text: 'Sorry Lena, I only take work through Hunar: the escrow protects both of us. You are welcome to order my gig.', hoursAgo: 8 },
  ]);
  await tx
    .insertInto('conversation_reports')
    .values({ conversation_id: offPlatform, reporter_id: id('bilal'), reason: 'off_platform', note: 'Asked me to take payment on Payoneer outside Hunar.', created_at: at(7.5) })
    .execute();

  // Inside the orders: the orders' own events appear between these lines.
  const hamzaAyesha = await orderOf('hamza', 'ayesha');
  if (hamzaAyesha) {
    await conversation(
      'hamza',
      'ayesha',
      { kind: 'order', orderId: hamzaAyesha.id },
      [
        { by: 'a', text: 'Salam Ayesha! These are our brand colours. The posts are for our Eid collection: six in English, six in Urdu, please.', hoursAgo: 28, file: { name: 'brand-colours.png', svg: swatches(['#7b2d8b', '#ffd166', '#0b6e4f'], 'Hamza Clothing') } },
        { by: 'b', text: 'وعلیکم السلام حمزہ صاحب! رنگ مل گئے۔ پہلی تین پوسٹس کل تک دکھا دوں گی، باقی ان کی منظوری کے بعد۔', hoursAgo: 27 },
        { by: 'b', text: 'پہلی تین پوسٹس کے خاکے تیار ہیں۔ کیا عید والی پوسٹ پر چاند کا نشان رکھوں یا صرف کپڑوں کی تصویر؟', hoursAgo: 2 },
      ],
      1,
    );
  }
  const hamzaBilal = await orderOf('hamza', 'bilal');
  if (hamzaBilal) {
    await conversation(
      'hamza',
      'bilal',
      { kind: 'order', orderId: hamzaBilal.id },
      [
        { by: 'a', text: 'Hi Bilal, the landing page should have our WhatsApp order button and the Urdu tagline from our Instagram.', hoursAgo: 68 },
        { by: 'b', text: 'Got it, both will be there. I will share a staging link before I deliver.', hoursAgo: 67 },
        { by: 'b', text: 'Delivered. Please open the staging link on your phone as well; if the Urdu tagline needs a different font, tell me here and I will change it.', hoursAgo: 19.9 },
      ],
      1,
    );
  }
  const usmanBilal = await orderOf('usman', 'bilal');
  if (usmanBilal) {
    await conversation('usman', 'bilal', { kind: 'order', orderId: usmanBilal.id }, [
      { by: 'a', text: 'Thanks for taking this. Could the dashboard also get a dark mode? Our on-call team reads it at night.', hoursAgo: 18 },
      { by: 'b', text: 'Yes, dark mode fits in the Standard package. I will follow the system setting and add a toggle.', hoursAgo: 17 },
    ]);
  }
  const emmaSobia = await orderOf('emma', 'sobia');
  if (emmaSobia) {
    await conversation('sobia', 'emma', { kind: 'order', orderId: emmaSobia.id }, [
      { by: 'a', text: 'Hello Emma, thank you for the order. The recordings can be sent here once it is paid; I will start the same day.', hoursAgo: 4.5 },
      { by: 'b', text: 'Thank you Sobia. Our finance team pays invoices on Fridays, so you will see the payment then.', hoursAgo: 4 },
    ]);
  }

  // The demo contract: Bilal has Hamza's last message to read.
  const contract = await tx.selectFrom('contracts').select(['id', 'created_at']).where('client_id', '=', id('hamza')).where('freelancer_id', '=', id('bilal')).executeTakeFirst();
  if (contract) {
    const since = (now - contract.created_at.getTime()) / HOUR;
    await conversation(
      'hamza',
      'bilal',
      { kind: 'contract', contractId: contract.id },
      [
        { by: 'a', text: 'Welcome aboard, Bilal. Our product photos are in the shared folder; the theme should feel like our Instagram.', hoursAgo: Math.max(since - 1, 6) },
        { by: 'b', text: 'Thank you Hamza. I will start with the theme and send you screenshots of the home and product pages.', hoursAgo: Math.max(since - 2, 5) },
        { by: 'a', text: 'The second milestone is funded. Can the Urdu pages use Nastaliq for headings?', hoursAgo: 1 },
      ],
      1,
    );
  }
  return `${conversations} conversations, ${messages} messages, 1 report`;
}

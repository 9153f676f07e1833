// Pictures for the demo gigs, so search results, category pages, the home page and profiles show
// what a real site shows. Each is drawn here (nothing downloaded): an SVG in its category's colours
// with a simple mark for the category and the seller's Latin initials (Urdu letters would need the
// Nastaliq font inside the SVG renderer, which it does not have), rendered by sharp to a PNG and
// then stored exactly as an upload is (prepareImage, then the media row), so the display, thumbnail
// and card sizes all exist. Deterministic: the same gig gets the same picture on every seed.
import sharp from 'sharp';
import type { Tx } from '../db/pool.ts';
import { mediaColumns, prepareImage, storeWithin } from '../media/service.ts';
import type { Deps } from '../platform/deps.ts';
import type { CategorySlug } from '../taxonomy/data.ts';
import { DEMO_DOMAIN } from './demo-people.ts';

// Drawn on a 960 × 720 canvas, rendered at 640 × 480: big enough for the gig page, and the seed
// stays quick (each picture is decoded and encoded once per stored size).
const WIDTH = 960;
const HEIGHT = 720;
const SCALE = 2 / 3;

/** Background, a lighter tone and an accent, per category. */
const PALETTE: Record<string, [string, string, string]> = {
  design: ['#7b2d8b', '#b565c4', '#ffd166'],
  writing: ['#1d4e89', '#4f86c6', '#f4d35e'],
  marketing: ['#c44536', '#e07a5f', '#f2cc8f'],
  'web-mobile': ['#0b6e4f', '#2fa47a', '#c7f9cc'],
  cloud: ['#22577a', '#38a3a5', '#c7f9cc'],
  'data-ai': ['#3d348b', '#7678ed', '#f7b801'],
  video: ['#9a031e', '#e36414', '#fb8b24'],
  translation: ['#5f0f40', '#9a031e', '#fcd5ce'],
  teaching: ['#386641', '#6a994e', '#f2e8cf'],
  'virtual-assistance': ['#335c67', '#9e2a2b', '#fff3b0'],
  blockchain: ['#283618', '#606c38', '#dda15e'],
};

/** A simple mark for each category, drawn in a 240 × 240 box. */
function mark(category: string, light: string, accent: string): string {
  switch (category) {
    case 'design':
      return `<circle cx="90" cy="90" r="70" fill="${accent}"/><rect x="110" y="110" width="110" height="110" rx="12" fill="${light}"/><polygon points="30,220 90,130 150,220" fill="#fff" opacity="0.85"/>`;
    case 'writing':
      return [0, 1, 2, 3, 4].map((i) => `<rect x="20" y="${30 + i * 40}" width="${i === 4 ? 120 : 200}" height="18" rx="9" fill="${i === 0 ? accent : '#fff'}"/>`).join('');
    case 'marketing':
      return `${[0, 1, 2, 3].map((i) => `<rect x="${20 + i * 55}" y="${180 - i * 45}" width="40" height="${40 + i * 45}" rx="6" fill="${i === 3 ? accent : '#fff'}"/>`).join('')}<polyline points="20,120 90,80 140,100 220,20" fill="none" stroke="${accent}" stroke-width="12"/>`;
    case 'web-mobile':
      return `<rect x="10" y="30" width="220" height="170" rx="14" fill="#fff"/><rect x="10" y="30" width="220" height="34" rx="14" fill="${accent}"/><circle cx="34" cy="47" r="7" fill="${light}"/><circle cx="56" cy="47" r="7" fill="${light}"/><polyline points="90,100 60,130 90,160" fill="none" stroke="${light}" stroke-width="12"/><polyline points="150,100 180,130 150,160" fill="none" stroke="${light}" stroke-width="12"/>`;
    case 'cloud':
      return `<circle cx="80" cy="130" r="50" fill="#fff"/><circle cx="140" cy="105" r="65" fill="#fff"/><circle cx="190" cy="140" r="42" fill="#fff"/><rect x="40" y="140" width="180" height="42" rx="21" fill="#fff"/><rect x="90" y="200" width="60" height="16" rx="8" fill="${accent}"/>`;
    case 'data-ai':
      return `${[0, 1, 2, 3, 4].map((i) => `<circle cx="${30 + i * 45}" cy="${60 + ((i * 70) % 140)}" r="16" fill="${i % 2 ? accent : '#fff'}"/>`).join('')}<polyline points="30,60 75,130 120,200 165,60 210,130" fill="none" stroke="#fff" stroke-width="6" opacity="0.8"/>`;
    case 'video':
      return `<rect x="10" y="40" width="220" height="160" rx="20" fill="#fff"/><polygon points="95,80 95,160 165,120" fill="${accent}"/>`;
    case 'translation':
      return `<rect x="10" y="30" width="140" height="100" rx="20" fill="#fff"/><polygon points="40,130 70,130 40,160" fill="#fff"/><rect x="90" y="110" width="140" height="100" rx="20" fill="${accent}"/><polygon points="200,210 170,210 200,235" fill="${accent}"/>`;
    case 'teaching':
      return `<polygon points="120,30 230,80 120,130 10,80" fill="#fff"/><rect x="55" y="105" width="130" height="70" rx="10" fill="${accent}"/><rect x="205" y="80" width="8" height="90" fill="#fff"/>`;
    case 'virtual-assistance':
      return `<rect x="20" y="30" width="200" height="190" rx="16" fill="#fff"/><rect x="20" y="30" width="200" height="40" rx="16" fill="${accent}"/>${[0, 1, 2].map((i) => `<polyline points="45,${105 + i * 40} 60,${120 + i * 40} 85,${92 + i * 40}" fill="none" stroke="${light}" stroke-width="8"/><rect x="100" y="${100 + i * 40}" width="95" height="14" rx="7" fill="${light}"/>`).join('')}`;
    case 'blockchain':
      return [0, 1, 2].map((i) => `<rect x="${10 + i * 80}" y="${50 + (i % 2) * 60}" width="70" height="70" rx="12" fill="${i === 1 ? accent : '#fff'}"/>`).join('') + `<line x1="80" y1="100" x2="90" y2="130" stroke="#fff" stroke-width="8"/><line x1="160" y1="130" x2="170" y2="100" stroke="#fff" stroke-width="8"/>`;
    default:
      return `<circle cx="120" cy="120" r="90" fill="#fff"/>`;
  }
}

/** Up to two capital Latin initials from the name; from the e-mail's key when the name is in Urdu script. */
export function latinInitials(name: string, key: string): string {
  const words = name.split(/\s+/).filter((w) => /^[A-Za-z]/.test(w));
  const letters = words.length ? words.map((w) => w[0]!) : [key[0] ?? 'H'];
  return letters.slice(0, 2).join('').toUpperCase();
}

/** The SVG picture of one demo gig. */
export function gigPictureSvg(category: CategorySlug | string, initials: string, variant: number): string {
  const [bg, light, accent] = PALETTE[category] ?? ['#0b6e4f', '#2fa47a', '#ffd166'];
  // A few big soft shapes behind, placed by the gig's number, so pictures of one category differ.
  const cx = 120 + (variant * 137) % 720;
  const cy = 80 + (variant * 89) % 560;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH * SCALE}" height="${HEIGHT * SCALE}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
<rect width="${WIDTH}" height="${HEIGHT}" fill="${bg}"/>
<circle cx="${cx}" cy="${cy}" r="320" fill="${light}" opacity="0.45"/>
<circle cx="${WIDTH - cx / 2}" cy="${HEIGHT - cy / 3}" r="180" fill="${accent}" opacity="0.25"/>
<g transform="translate(120 150) scale(1.7)">${mark(category, light, accent)}</g>
<text x="${WIDTH - 90}" y="${HEIGHT - 90}" text-anchor="end" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-weight="700" font-size="150" fill="#fff">${initials.replace(/[^A-Z]/g, '')}</text>
</svg>`;
}

/** Draws, prepares and stores a first image for each demo gig that has none, in the seed's transaction. */
export async function loadGigPictures(tx: Tx, deps: Deps): Promise<number> {
  const rows = await tx
    .selectFrom('gigs')
    .innerJoin('users', 'users.id', 'gigs.seller_id')
    .select(['gigs.id', 'gigs.seller_id', 'gigs.category_slug', 'users.email', 'users.display_name'])
    .where('users.email', 'like', `%@${DEMO_DOMAIN}`)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('media').select('media.id').whereRef('media.gig_id', '=', 'gigs.id'))))
    .orderBy('gigs.created_at')
    .execute();
  const gigs = rows.map((r) => ({ gigId: r.id, sellerId: r.seller_id, category: r.category_slug ?? '', initials: latinInitials(r.display_name, r.email.split('@')[0] ?? '') }));
  let n = 0;
  for (const [i, g] of gigs.entries()) {
    const png = await sharp(Buffer.from(gigPictureSvg(g.category, g.initials, i)))
      .png({ compressionLevel: 1 })
      .toBuffer();
    const prepared = await prepareImage('gig_image', { name: 'demo.png', bytes: png });
    await storeWithin(deps, tx, prepared, (t, key) =>
      t
        .insertInto('media')
        .values({ ...mediaColumns(prepared, key), owner_id: g.sellerId, gig_id: g.gigId, position: 0, created_at: deps.clock.now() })
        .execute(),
    );
    n += 1;
  }
  return n;
}

// The search benchmark's data set (issue 4): 100,000 gigs, 50,000 jobs and 50,000 freelancer
// profiles, written in English, Urdu, Roman Urdu and mixtures of them, across every category and
// skill of the taxonomy (src/taxonomy/data.ts). Set-based SQL (INSERT ... SELECT over
// generate_series, a few thousand rows a statement) in one transaction, so an interrupted run leaves
// nothing behind; then VACUUM ANALYZE, as autovacuum would do on a live site.
//
// Reuse: a row in bench_seed records the data set's version. When the database already holds this
// version, seeding is skipped and a second `npm run bench` starts measuring at once. Bump
// SEED_VERSION when the generator changes; an older set is deleted (its users cascade) and rebuilt.
//
// Every generated user has an address under @bench.hunar.invalid and a password hash no password
// matches, so nobody can log in as them.
//
// Run alone: `tsx bench/search-seed.ts [data dir]` (default bench/.data/app) seeds the embedded
// server on that directory (started, or found running).
import path from 'node:path';
import pg from 'pg';
import { CITIES, LANGUAGES, SKILL_CATEGORIES, SKILLS } from '../src/taxonomy/data.ts';

export const SEED_VERSION = 'search-v2';
export const SEED_COUNTS = { gigs: 100_000, jobs: 50_000, freelancers: 50_000, clients: 10_000 } as const;
const BATCH = 5_000;
const EMAIL_DOMAIN = 'bench.hunar.invalid';

// --- Word pools -----------------------------------------------------------------------------------

const EN_ADJ = ['professional', 'creative', 'modern', 'unique', 'affordable', 'fast', 'high quality', 'custom', 'minimalist', 'premium', 'expert', 'clean', 'stunning', 'reliable', 'eye catching'];
const EN_VERB = ['design', 'create', 'make', 'deliver', 'do', 'provide', 'handle', 'prepare'];
const EN_TARGET = ['business', 'startup', 'brand', 'website', 'online store', 'YouTube channel', 'restaurant', 'school', 'clinic', 'shop', 'company', 'event', 'wedding', 'NGO', 'real estate agency'];
const UR_ADJ = ['پیشہ ورانہ', 'تخلیقی', 'جدید', 'منفرد', 'سستا', 'تیز', 'معیاری', 'خوبصورت', 'شاندار', 'بہترین'];
const UR_TARGET = ['کاروبار', 'دکان', 'کمپنی', 'برانڈ', 'ویب سائٹ', 'اسکول', 'ریسٹورنٹ', 'شادی', 'یوٹیوب چینل', 'کلینک'];
const ROMAN = ['sasta aur acha kaam', 'behtareen', 'jaldi delivery', 'aap ke karobar ke liye', 'professional kaam', 'mukammal', 'har waqt rabta', 'bohat acha', 'naya andaz'];
const TOOLS = ['photoshop', 'illustrator', 'figma', 'canva', 'coreldraw', 'premiere pro', 'after effects', 'wordpress', 'shopify', 'react', 'laravel', 'python', 'django', 'excel', 'quickbooks', 'power bi', 'tableau', 'aws', 'docker', 'flutter', 'unity', 'blender', 'node js', 'google ads', 'mailchimp', 'notion', 'zoom'];
const EN_SENTENCES = [
  'I have more than five years of experience and many happy clients.',
  'You will get unlimited revisions until you are fully satisfied.',
  'Delivery is always on time, with the source files included.',
  'Please message me before ordering so we can discuss your requirements.',
  'I work with small businesses and startups across Pakistan and abroad.',
  'Every order comes with a clear plan, regular updates and friendly support.',
  'My work is original, made from scratch, and never copied from templates.',
  'I can also help with printing, social media posts and marketing material.',
  'Fast communication in English and Urdu, available on weekends too.',
  'Quality is my first priority and your satisfaction is guaranteed.',
  'I follow your brand guidelines and deliver in every format you need.',
  'Check my portfolio to see recent projects for local and international clients.',
  'Rush delivery is available for urgent work at a small extra cost.',
  'I am a certified professional trained through DigiSkills and PSEB registered.',
];
const UR_SENTENCES = [
  'میرے پاس پانچ سال سے زیادہ کا تجربہ ہے۔',
  'آپ کی تسلی تک مفت تبدیلیاں کی جائیں گی۔',
  'کام وقت پر مکمل کیا جائے گا اور اصل فائلیں بھی دی جائیں گی۔',
  'آرڈر سے پہلے مجھ سے بات کریں تاکہ آپ کی ضرورت سمجھ سکوں۔',
  'میں پاکستان اور بیرون ملک کے گاہکوں کے ساتھ کام کرتا ہوں۔',
  'معیار میری پہلی ترجیح ہے۔',
  'اردو اور انگریزی دونوں میں رابطہ کریں۔',
  'فوری کام کے لیے اضافی سہولت موجود ہے۔',
  'ہر کام نیا اور اصل ہوتا ہے، کسی سانچے سے نقل نہیں۔',
  'میرا پچھلا کام دیکھیں اور اعتماد کے ساتھ آرڈر کریں۔',
];
const ROMAN_SENTENCES = [
  'Main aap ka kaam waqt par aur behtareen quality mein karunga.',
  'Order se pehle message zaroor karein.',
  'Revisions bilkul free hain jab tak aap khush na hon.',
  'Karachi Lahore Islamabad sab shehron ke clients ke sath kaam kiya hai.',
  'Rate bohat munasib hai aur kaam pakka.',
];
// Syllables for brand and shop names ("Zarimastudio"): the long tail of words real listings have,
// so the vocabulary (and its spelling correction) is not just the taxonomy's words.
const SYLLABLES = ['ka', 'ri', 'zo', 'ma', 'ne', 'lu', 'ta', 'shi', 'ba', 'ro', 'fa', 'hi', 'qa', 'su', 'de', 'mo', 'ya', 'ni', 'pe', 'gu'];
const JOB_EN = [
  'We are looking for someone who can start this week.',
  'Please share examples of similar work in your proposal.',
  'The project may grow into long-term work for the right person.',
  'We need clear communication and daily updates.',
  'Budget is flexible for an experienced freelancer.',
  'Applicants from Pakistan are preferred; Urdu is a plus.',
];
const JOB_UR = ['ہمیں ایسا فری لانسر چاہیے جو فوری کام شروع کر سکے۔', 'اپنی تجویز میں پچھلا کام ضرور دکھائیں۔', 'اچھے کام پر طویل مدتی کام ملے گا۔', 'روزانہ رابطہ ضروری ہے۔'];
const FIRST = [
  ['Ayesha', 'عائشہ'],
  ['Bilal', 'بلال'],
  ['Fatima', 'فاطمہ'],
  ['Hamza', 'حمزہ'],
  ['Zainab', 'زینب'],
  ['Usman', 'عثمان'],
  ['Sana', 'ثنا'],
  ['Ali', 'علی'],
  ['Hira', 'حرا'],
  ['Imran', 'عمران'],
  ['Maryam', 'مریم'],
  ['Ahmed', 'احمد'],
  ['Noor', 'نور'],
  ['Saad', 'سعد'],
  ['Kiran', 'کرن'],
  ['Faisal', 'فیصل'],
  ['Rabia', 'رابعہ'],
  ['Asad', 'اسد'],
  ['Mehwish', 'مہوش'],
  ['Tariq', 'طارق'],
] as const;
const LAST = [
  ['Khan', 'خان'],
  ['Malik', 'ملک'],
  ['Qureshi', 'قریشی'],
  ['Butt', 'بٹ'],
  ['Chaudhry', 'چوہدری'],
  ['Sheikh', 'شیخ'],
  ['Siddiqui', 'صدیقی'],
  ['Raza', 'رضا'],
  ['Abbasi', 'عباسی'],
  ['Baloch', 'بلوچ'],
  ['Memon', 'میمن'],
  ['Shah', 'شاہ'],
  ['Hussain', 'حسین'],
  ['Javed', 'جاوید'],
] as const;

/** The arrays every statement picks from, passed as parameters so the SQL stays one text. */
function pools() {
  return {
    skill: SKILLS.map((s) => s.slug),
    skillCat: SKILLS.map((s) => s.category),
    skillEn: SKILLS.map((s) => s.en),
    skillUr: SKILLS.map((s) => s.ur),
    skillRoman: SKILLS.map((s) => s.romanUr[s.romanUr.length - 1] ?? s.en.toLowerCase()),
    city: CITIES.map((c) => c.slug),
    cityEn: CITIES.map((c) => c.en),
    cityUr: CITIES.map((c) => c.ur),
    lang: LANGUAGES.map((l) => l.slug),
    category: SKILL_CATEGORIES.map((c) => c.slug),
  };
}
type Pools = ReturnType<typeof pools>;

// --- SQL ------------------------------------------------------------------------------------------

// `pick(arr)` as SQL: one element at random ($n is the array parameter).
const pick = (param: string, r = 'random()') => `(${param})[1 + floor(${r} * cardinality(${param}))::int]`;
// Some sentences from a pool, joined.
const sentences = (param: string, count: string) => `array_to_string(ARRAY(SELECT ${pick(param)} FROM generate_series(1, ${count})), ' ')`;

interface Statement {
  label: string;
  total: number;
  run(client: pg.PoolClient, from: number, to: number): Promise<unknown>;
}

function statements(p: Pools): Statement[] {
  const { gigs, jobs, freelancers, clients } = SEED_COUNTS;
  const userInsert = (kind: 'f' | 'c') => async (client: pg.PoolClient, from: number, to: number) =>
    client.query(
      `INSERT INTO users (email, email_verified_at, password_hash, display_name, handle, is_freelancer, is_client, locale, onboarding_completed_at, created_at, updated_at)
       SELECT 'bench-${kind}' || i || '@${EMAIL_DOMAIN}', t, '!bench-no-login', name, 'bench${kind}' || i, ${kind === 'f'}, ${kind === 'c'},
         CASE WHEN ur THEN 'ur' ELSE 'en' END, t, t, t
       FROM (
         SELECT i, now() - random() * interval '900 days' AS t, random() < 0.4 AS ur, 1 + floor(random() * $3)::int AS f, 1 + floor(random() * $4)::int AS l
         FROM generate_series($1::int, $2::int) i
       ) x
       CROSS JOIN LATERAL (SELECT CASE WHEN x.ur THEN ($5::text[])[x.f] || ' ' || ($6::text[])[x.l] ELSE ($7::text[])[x.f] || ' ' || ($8::text[])[x.l] END AS name) n`,
      [from, to, FIRST.length, LAST.length, FIRST.map((n) => n[1]), LAST.map((n) => n[1]), FIRST.map((n) => n[0]), LAST.map((n) => n[0])],
    );


  return [
    { label: 'freelancers', total: freelancers, run: userInsert('f') },
    { label: 'clients', total: clients, run: userInsert('c') },
    {
      // Freelancer profiles: headline and bios in the person's language (some write both), 1-3
      // skills, a city (hidden by some), languages, and an hourly rate for most.
      label: 'profiles',
      total: freelancers,
      run: (client, from, to) =>
        client.query(
          `INSERT INTO profiles (user_id, main_category, city_slug, languages, show_city, headline, bio_en, bio_ur, hourly_rate_minor, hourly_rate_currency, skills)
           SELECT u.id, ($3::text[])[x.s], ($7::text[])[x.c],
             CASE WHEN x.r1 < 0.5 THEN ARRAY['ur', 'en'] WHEN x.r1 < 0.7 THEN ARRAY['ur'] ELSE ARRAY['ur', 'en', ${pick('$10::text[]')}] END,
             x.r2 > 0.2,
             CASE WHEN u.locale = 'ur' THEN ${pick('$11::text[]')} || ' ' || ($5::text[])[x.s] || '، ' || ($9::text[])[x.c]
                  ELSE initcap(${pick('$12::text[]')}) || ' ' || lower(($4::text[])[x.s]) || ' from ' || ($8::text[])[x.c] END,
             CASE WHEN u.locale = 'en' OR x.r2 < 0.3 THEN 'I offer ' || lower(($4::text[])[x.s]) || ' and ' || lower(($4::text[])[x.s2]) || '. ' || ${sentences('$13::text[]', '2 + floor(random() * 3)::int')} || ' Tools: ' || ${pick('$15::text[]')} || ', ' || ${pick('$15::text[]')} || '.' ELSE '' END,
             CASE WHEN u.locale = 'ur' OR x.r2 > 0.7 THEN 'میں ' || ($5::text[])[x.s] || ' اور ' || ($5::text[])[x.s2] || ' کا کام کرتا ہوں۔ ' || ${sentences('$14::text[]', '2 + floor(random() * 3)::int')} ELSE '' END,
             CASE WHEN x.r3 < 0.7 THEN (500 + floor(random() * 100) * 100)::bigint * 100 WHEN x.r3 < 0.85 THEN (5 + floor(random() * 60))::bigint * 100 END,
             CASE WHEN x.r3 < 0.7 THEN 'PKR' WHEN x.r3 < 0.85 THEN 'USD' END,
             ARRAY(SELECT DISTINCT ($6::text[])[k] FROM unnest(ARRAY[x.s, x.s2, x.s3]) k LIMIT 1 + floor(x.r1 * 3)::int)
           FROM (
             SELECT i, 1 + floor(random() * cardinality($6::text[]))::int AS s, 1 + floor(random() * cardinality($6::text[]))::int AS s2,
               1 + floor(random() * cardinality($6::text[]))::int AS s3, 1 + floor(random() * cardinality($7::text[]))::int AS c,
               random() AS r1, random() AS r2, random() AS r3
             FROM generate_series($1::int, $2::int) i
           ) x
           JOIN users u ON u.handle = 'benchf' || x.i`,
          [from, to, p.skillCat, p.skillEn, p.skillUr, p.skill, p.city, p.cityEn, p.cityUr, p.lang, UR_ADJ, EN_ADJ, EN_SENTENCES, UR_SENTENCES, TOOLS],
        ),
    },
    {
      // One freelancer in twenty holds a verified outside certificate (DigiSkills) in their first
      // skill, so search's "certified in" filter (issue 20, decision 0060) has people to find.
      label: 'certificates',
      total: freelancers,
      run: (client, from, to) =>
        client.query(
          `INSERT INTO credentials (id, kind, user_id, skill_slug, title, issuer_name, status, issued_at, reviewed_at, reviewed_by, created_at)
           SELECT gen_random_uuid(), 'external', u.id, p.skills[1], 'DigiSkills: ' || p.skills[1], 'DigiSkills.pk', 'verified', u.created_at, u.created_at, u.id, u.created_at
           FROM generate_series($1::int, $2::int) i
           JOIN users u ON u.handle = 'benchf' || i
           JOIN profiles p ON p.user_id = u.id
           WHERE i % 20 = 0 AND cardinality(p.skills) > 0`,
          [from, to],
        ),
    },
    {
      label: 'gigs',
      total: gigs,
      // A gig's language: half English, 30% Urdu, 20% mixed (an English title with Roman or Urdu
      // words, or the reverse). 1-3 packages in the gig's currency (PKR for most, USD for some).
      run: (client, from, to) =>
        client.query(
          `WITH x AS (
             SELECT i, 1 + floor(random() * cardinality($3::text[]))::int AS s, 1 + floor(random() * cardinality($3::text[]))::int AS s2,
               random() AS lang, random() AS r1, random() AS r2, 1 + floor(random() * $16::int)::int AS seller,
               now() - random() * interval '700 days' AS t
             FROM generate_series($1::int, $2::int) i
           ), g AS (
             INSERT INTO gigs (seller_id, slug, title, description, category_slug, skills, currency, status, created_at, updated_at, published_at)
             SELECT u.id, 'bench-' || ($3::text[])[x.s] || '-' || x.i,
               left(CASE
                 WHEN x.lang < 0.5 THEN 'I will ' || ${pick('$8::text[]')} || ' ' || ${pick('$7::text[]')} || ' ' || lower(($5::text[])[x.s]) || ' for your ' || ${pick('$9::text[]')}
                 WHEN x.lang < 0.8 THEN 'آپ کے ' || ${pick('$11::text[]')} || ' کے لیے ' || ${pick('$10::text[]')} || ' ' || ($6::text[])[x.s]
                 WHEN x.lang < 0.9 THEN initcap(($14::text[])[x.s]) || ' - ' || ${pick('$12::text[]')} || ' | ' || ($6::text[])[x.s]
                 ELSE ($6::text[])[x.s] || ' - ' || ${pick('$7::text[]')} || ' ' || lower(($5::text[])[x.s]) || ' ' || ${pick('$12::text[]')}
               END, 100),
               left(CASE
                 WHEN x.lang < 0.5 THEN 'Looking for ' || lower(($5::text[])[x.s]) || '? ' || ${sentences('$13::text[]', '3 + floor(random() * 4)::int')}
                   || ' I also do ' || lower(($5::text[])[x.s2]) || '. Tools I use: ' || ${pick('$17::text[]')} || ', ' || ${pick('$17::text[]')} || '. Based in ' || ${pick('$18::text[]')} || '.'
                   || ' Studio ' || initcap(${pick('$21::text[]')} || ${pick('$21::text[]')} || ${pick('$21::text[]')}) || '.'
                 WHEN x.lang < 0.8 THEN ($6::text[])[x.s] || ' کی بہترین سروس۔ ' || ${sentences('$15::text[]', '3 + floor(random() * 3)::int')}
                   || ' ' || ($6::text[])[x.s2] || ' بھی کرتا ہوں۔ ' || ${pick('$19::text[]')} || ' سے۔'
                 ELSE ${sentences('$20::text[]', '2 + floor(random() * 3)::int')} || ' ' || ($6::text[])[x.s] || ' / ' || lower(($5::text[])[x.s]) || '. '
                   || ${sentences('$13::text[]', '1 + floor(random() * 2)::int')} || ' ' || ${pick('$17::text[]')} || ' '
                   || initcap(${pick('$21::text[]')} || ${pick('$21::text[]')} || ${pick('$21::text[]')})
               END, 5000),
               ($4::text[])[x.s],
               CASE WHEN x.r1 < 0.4 OR x.s = x.s2 OR ($4::text[])[x.s] <> ($4::text[])[x.s2] THEN ARRAY[($3::text[])[x.s]] ELSE ARRAY[($3::text[])[x.s], ($3::text[])[x.s2]] END,
               CASE WHEN x.r2 < 0.8 THEN 'PKR' ELSE 'USD' END,
               CASE WHEN x.r1 < 0.95 THEN 'published' WHEN x.r1 < 0.98 THEN 'paused' ELSE 'draft' END,
               x.t, x.t, CASE WHEN x.r1 < 0.98 THEN x.t + interval '1 hour' END
             FROM x JOIN users u ON u.handle = 'benchf' || x.seller
             RETURNING id, currency
           )
           INSERT INTO gig_packages (gig_id, position, name, description, price_minor, currency, delivery_days, revisions)
           SELECT g.id, k, (ARRAY['Basic', 'Standard', 'Premium'])[k], '',
             CASE WHEN g.currency = 'PKR' THEN (10 + floor(random() * 300))::bigint * 10000 * k ELSE (5 + floor(random() * 100))::bigint * 100 * k END,
             g.currency, least(90, (1 + floor(random() * 7))::int * k), k
           FROM g CROSS JOIN LATERAL generate_series(1, 1 + (hashtext(g.id::text) & 3) % 3) k`,
          [
            from, to, p.skill, p.skillCat, p.skillEn, p.skillUr, EN_ADJ, EN_VERB, EN_TARGET, UR_ADJ, UR_TARGET, ROMAN, EN_SENTENCES,
            p.skillRoman, UR_SENTENCES, freelancers, TOOLS, p.cityEn, p.cityUr, ROMAN_SENTENCES, SYLLABLES,
          ],
        ),
    },
    {
      label: 'jobs',
      total: jobs,
      // 60% fixed price, 40% hourly; 90% public; 15% closed.
      run: (client, from, to) =>
        client.query(
          `INSERT INTO jobs (client_id, title, description, category_slug, skills, kind, budget_minor, rate_min_minor, rate_max_minor, weekly_hours,
              currency, duration, experience, visibility, status, created_at, updated_at, closed_at)
           SELECT u.id,
             left(CASE
               WHEN x.lang < 0.5 THEN 'Need someone to ' || ${pick('$8::text[]')} || ' ' || ${pick('$7::text[]')} || ' ' || lower(($5::text[])[x.s]) || ' for our ' || ${pick('$9::text[]')}
               WHEN x.lang < 0.8 THEN 'ہمارے ' || ${pick('$11::text[]')} || ' کے لیے ' || ($6::text[])[x.s] || ' کا ماہر چاہیے'
               ELSE initcap(($14::text[])[x.s]) || ' ka kaam chahiye - ' || ${pick('$12::text[]')}
             END, 100),
             left(CASE
               WHEN x.lang < 0.5 THEN 'We need help with ' || lower(($5::text[])[x.s]) || ' and ' || lower(($5::text[])[x.s2]) || '. ' || ${sentences('$13::text[]', '2 + floor(random() * 3)::int')} || ' Tools: ' || ${pick('$15::text[]')} || '.'
               WHEN x.lang < 0.8 THEN ($6::text[])[x.s] || ' کا کام ہے۔ ' || ${sentences('$10::text[]', '2 + floor(random() * 2)::int')}
               ELSE ($14::text[])[x.s] || ' ka kaam hai, ' || lower(($5::text[])[x.s]) || '. ' || ${sentences('$13::text[]', '1 + floor(random() * 2)::int')}
             END, 5000),
             ($4::text[])[x.s], ARRAY[($3::text[])[x.s]],
             CASE WHEN x.r1 < 0.6 THEN 'fixed' ELSE 'hourly' END,
             CASE WHEN x.r1 < 0.6 THEN (CASE WHEN x.usd THEN (50 + floor(random() * 2000))::bigint * 100 ELSE (5 + floor(random() * 500))::bigint * 100000 END) END,
             CASE WHEN x.r1 >= 0.6 THEN (CASE WHEN x.usd THEN (5 + floor(x.r2 * 20))::bigint * 100 ELSE (5 + floor(x.r2 * 20))::bigint * 10000 END) END,
             CASE WHEN x.r1 >= 0.6 THEN (CASE WHEN x.usd THEN (30 + floor(x.r2 * 50))::bigint * 100 ELSE (30 + floor(x.r2 * 50))::bigint * 10000 END) END,
             CASE WHEN x.r1 >= 0.6 THEN 10 + floor(random() * 30)::int END,
             CASE WHEN x.usd THEN 'USD' ELSE 'PKR' END,
             (ARRAY['lt_1_week', '1_4_weeks', '1_3_months', 'gt_3_months'])[1 + floor(random() * 4)::int],
             (ARRAY['entry', 'intermediate', 'expert'])[1 + floor(random() * 3)::int],
             CASE WHEN x.r3 < 0.9 THEN 'public' ELSE 'invite_only' END,
             CASE WHEN x.r4 < 0.85 THEN 'open' ELSE 'closed' END,
             x.t, x.t, CASE WHEN x.r4 >= 0.85 THEN x.t + interval '10 days' END
           FROM (
             SELECT i, 1 + floor(random() * cardinality($3::text[]))::int AS s, 1 + floor(random() * cardinality($3::text[]))::int AS s2,
               random() AS lang, random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() < 0.25 AS usd,
               1 + floor(random() * $16::int)::int AS client, now() - random() * interval '400 days' AS t
             FROM generate_series($1::int, $2::int) i
           ) x
           JOIN users u ON u.handle = 'benchc' || x.client`,
          [from, to, p.skill, p.skillCat, p.skillEn, p.skillUr, EN_ADJ, EN_VERB, EN_TARGET, JOB_UR, UR_TARGET, ROMAN, JOB_EN, p.skillRoman, TOOLS, clients],
        ),
    },
  ];
}

// --- Progress bar -----------------------------------------------------------------------------------

export type Write = (text: string) => void;

function progressBar(write: Write, tty: boolean, total: number) {
  let done = 0;
  let lastPercent = -1;
  const started = Date.now();
  return (label: string, rows: number) => {
    done += rows;
    const percent = Math.floor((done / total) * 100);
    const width = 30;
    const filled = Math.round((done / total) * width);
    const line = `seeding [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(percent).padStart(3)}% ${label} ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} rows, ${Math.round((Date.now() - started) / 1000)} s`;
    // Without a terminal (CI logs), a line every 10% instead of redrawing one.
    if (tty) write(`\r${line}${done >= total ? '\n' : ''}`);
    else if (Math.floor(percent / 10) !== Math.floor(lastPercent / 10) || done >= total) write(`${line}\n`);
    lastPercent = percent;
  };
}

// --- Entry points -------------------------------------------------------------------------------------

export interface SeedOutcome {
  seeded: boolean;
  seconds: number;
  counts: Record<string, number>;
}

async function currentVersion(client: pg.PoolClient): Promise<string | null> {
  await client.query(
    `CREATE TABLE IF NOT EXISTS bench_seed (name text PRIMARY KEY, version text NOT NULL, seeded_at timestamptz NOT NULL, counts jsonb NOT NULL)`,
  );
  const { rows } = await client.query<{ version: string }>(`SELECT version FROM bench_seed WHERE name = 'search'`);
  return rows[0]?.version ?? null;
}

/** Search's postings (0020_search_postings.ts), filled by triggers or by a migration. */
const POSTINGS_TABLES = ['gig_postings', 'job_postings', 'freelancer_postings'];

/** Seeds the search data set unless this version is already there. */
export async function ensureSearchData(databaseUrl: string, opts: { write?: Write; tty?: boolean } = {}): Promise<SeedOutcome> {
  const write = opts.write ?? ((t: string) => process.stdout.write(t));
  const tty = opts.tty ?? Boolean(process.stdout.isTTY);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  pool.on('error', () => {});
  const started = Date.now();
  const client = await pool.connect();
  try {
    const version = await currentVersion(client);
    if (version === SEED_VERSION) {
      const { rows } = await client.query<{ counts: Record<string, number> }>(`SELECT counts FROM bench_seed WHERE name = 'search'`);
      write(`search data set ${SEED_VERSION} already in the database: not seeding again\n`);
      // A migration may have just refilled the postings (0020, 0023): their visibility map, as
      // autovacuum would set it on a live site within minutes (a second or two when already set).
      for (const table of POSTINGS_TABLES) await client.query(`VACUUM ANALYZE ${table}`);
      return { seeded: false, seconds: 0, counts: rows[0]?.counts ?? {} };
    }
    const steps = statements(pools());
    const total = steps.reduce((s, x) => s + x.total, 0);
    const tick = progressBar(write, tty, total);
    await client.query('BEGIN');
    // Deterministic: the same data set on every machine.
    await client.query('SELECT setseed(0.4242)');
    if (version !== null) {
      write(`replacing search data set ${version} with ${SEED_VERSION}\n`);
      await client.query(`DELETE FROM credentials WHERE user_id IN (SELECT id FROM users WHERE email LIKE $1)`, [`%@${EMAIL_DOMAIN}`]);
      await client.query(`DELETE FROM users WHERE email LIKE $1`, [`%@${EMAIL_DOMAIN}`]);
    }
    for (const step of steps) {
      for (let from = 1; from <= step.total; from += BATCH) {
        const to = Math.min(step.total, from + BATCH - 1);
        await step.run(client, from, to);
        tick(step.label, to - from + 1);
      }
    }
    const { rows } = await client.query<{ gigs: number; gigs_published: number; packages: number; jobs: number; jobs_searchable: number; freelancers: number }>(`
      SELECT (SELECT count(*)::int FROM gigs) AS gigs, (SELECT count(*)::int FROM gigs WHERE status = 'published') AS gigs_published,
        (SELECT count(*)::int FROM gig_packages) AS packages, (SELECT count(*)::int FROM jobs) AS jobs,
        (SELECT count(*)::int FROM jobs WHERE status = 'open' AND visibility = 'public') AS jobs_searchable,
        (SELECT count(*)::int FROM users u JOIN profiles p ON p.user_id = u.id WHERE u.is_freelancer) AS freelancers`);
    const counts = rows[0]!;
    await client.query(
      `INSERT INTO bench_seed (name, version, seeded_at, counts) VALUES ('search', $1, now(), $2)
       ON CONFLICT (name) DO UPDATE SET version = excluded.version, seeded_at = excluded.seeded_at, counts = excluded.counts`,
      [SEED_VERSION, JSON.stringify(counts)],
    );
    await client.query('COMMIT');
    write('VACUUM ANALYZE (statistics, visibility map, GIN pending lists)...\n');
    for (const table of ['users', 'profiles', 'credentials', 'gigs', 'gig_packages', 'jobs', ...POSTINGS_TABLES]) await client.query(`VACUUM ANALYZE ${table}`);
    const seconds = Math.round((Date.now() - started) / 100) / 10;
    write(`seeded ${JSON.stringify(counts)} in ${seconds} s\n`);
    return { seeded: true, seconds, counts };
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    client.release();
    await pool.end();
  }
}

// `tsx bench/search-seed.ts [data dir]`
if (import.meta.filename === process.argv[1] || process.argv[1]?.endsWith('search-seed.ts')) {
  const { openDatabase } = await import('../src/db/open.ts');
  const { loadConfig } = await import('../src/config.ts');
  const dir = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '.data/app'));
  const database = await openDatabase(loadConfig({ NODE_ENV: 'development', DATA_DIR: dir, EMBEDDED_PG_PORT: '0', LOG_LEVEL: 'silent' }), { poolMax: 1 });
  try {
    // As boot.ts does before anything else: the taxonomy the rows refer to.
    const { syncReferenceData } = await import('../src/taxonomy/service.ts');
    await syncReferenceData(database.db);
    await ensureSearchData(database.url);
  } finally {
    await database.close();
  }
}

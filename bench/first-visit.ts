// A first visit to a page in Chromium over emulated 3G (DESIGN.md: 1.6 Mbit/s down, 750 kbit/s up,
// 300 ms round trip), with an empty cache: milliseconds from navigation start to the end of the load
// event, or to the arrival of the Nastaliq font when that comes later (Chromium may only ask for the
// font after the load event; DESIGN.md's budget is for the page "with the font"). Each page is
// visited several times in fresh contexts and the median is kept.
import { type Browser, chromium } from 'playwright-core';
import type { BenchContext, Measurement, Suite } from './types.ts';

export const THREE_G = { offline: false, latency: 300, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface VisitTarget {
  name: string;
  path: string;
  /** Browser locale; sets Accept-Language the way a real browser would. */
  locale: string;
  /** The <html lang> the page must come back in. */
  expectLang: string;
  /** The visit is invalid unless the Nastaliq font was downloaded and is in use. */
  requireFont: boolean;
}

interface Visit {
  /** The later of the load event's end and the font's arrival: the page fully loaded, font included. */
  ms: number;
  loadEventMs: number;
  /** When the font's last byte arrived (Resource Timing), or null if it was never fetched. */
  fontMs: number | null;
  fontBytes: number;
  /** The font is in use for Urdu text once everything has settled. */
  fontCheck: boolean;
  lang: string;
  requests: number;
}

// Runs in the page after the load event. Plain JavaScript in a string: tsx's transform would add
// helpers (__name) to a function that the page does not have.
const IN_PAGE = `(async () => {
  const nav = () => performance.getEntriesByType('navigation')[0];
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  // loadEventEnd is filled in just after the load handlers return.
  for (let i = 0; i < 1000 && !nav()?.loadEventEnd; i++) await sleep(10);
  // Chromium asks for a web font only when layout first needs one of its glyphs, which can come
  // after the load event: let two frames render, then wait (bounded) for pending fonts.
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await Promise.race([document.fonts.ready, sleep(20000)]);
  const font = performance.getEntriesByType('resource').find((e) => /\\.woff2?(\\?|$)/.test(e.name));
  const n = nav();
  return {
    loadEventMs: n.loadEventEnd - n.startTime,
    fontMs: font && font.responseEnd > 0 ? font.responseEnd - n.startTime : null,
    fontBytes: font ? font.encodedBodySize : 0,
    fontCheck: document.fonts.check('16px "Noto Nastaliq Urdu"', 'ہنر'),
    lang: document.documentElement.lang,
  };
})()`;

async function visit(browser: Browser, url: string, locale: string): Promise<Visit> {
  const context = await browser.newContext({ locale, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', THREE_G);
    let requests = 0;
    page.on('request', () => {
      requests += 1;
    });

    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const facts = (await page.evaluate(IN_PAGE)) as Omit<Visit, 'ms' | 'requests'>;
    return { ...facts, ms: Math.max(facts.loadEventMs, facts.fontMs ?? 0), requests };
  } finally {
    await context.close();
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

export async function measureFirstVisit(ctx: BenchContext, browser: Browser, target: VisitTarget, times: number): Promise<Measurement> {
  const url = new URL(target.path, ctx.appUrl).toString();
  const visits: Visit[] = [];
  for (let i = 0; i < times; i++) visits.push(await visit(browser, url, target.locale));
  const loaded = (v: Visit) => v.fontMs !== null && v.fontCheck;
  const problems: string[] = [];
  const fontLoaded = visits.every(loaded);
  if (target.requireFont && !fontLoaded) problems.push('the Nastaliq font was not downloaded and used on every visit');
  const wrongLang = visits.find((v) => v.lang !== target.expectLang);
  if (wrongLang) problems.push(`page came back in lang="${wrongLang.lang}", expected "${target.expectLang}"`);
  // The HTML and its stylesheet each cost at least one emulated round trip: faster means no throttling.
  if (visits.some((v) => v.loadEventMs < 2 * THREE_G.latency)) problems.push('faster than two 3G round trips: network emulation was not applied');
  const rounded = (xs: (number | null)[]) => xs.map((x) => (x === null ? null : Math.round(x)));
  const m: Measurement = {
    name: target.name,
    kind: 'first_visit',
    ok: problems.length === 0,
    ms: Math.round(median(visits.map((v) => v.ms))),
    samples_ms: rounded(visits.map((v) => v.ms)),
    load_event_ms: rounded(visits.map((v) => v.loadEventMs)),
    font_ms: rounded(visits.map((v) => v.fontMs)),
    font_loaded: fontLoaded,
    font_kb: Math.round((Math.max(...visits.map((v) => v.fontBytes)) / 1024) * 10) / 10,
    requests: visits[0]?.requests ?? 0,
    path: target.path,
    locale: target.locale,
    network: { latency_ms: THREE_G.latency, down_kbit: (THREE_G.downloadThroughput * 8) / 1000, up_kbit: (THREE_G.uploadThroughput * 8) / 1000 },
  };
  if (problems.length) m.problem = problems.join('; ');
  const show = (v: Visit) => `${Math.round(v.ms)} (load event ${Math.round(v.loadEventMs)}, font ${v.fontMs === null ? 'none' : Math.round(v.fontMs)})`;
  ctx.log(`first visit ${target.name}: ${m.ms} ms; visits: ${visits.map(show).join(', ')}; font loaded: ${fontLoaded}${m.problem ? ` (INVALID: ${m.problem})` : ''}`);
  return m;
}

export const FIRST_VISIT_TARGETS: VisitTarget[] = [
  { name: 'first_visit_3g_en', path: '/', locale: 'en-US', expectLang: 'en', requireFont: false },
  { name: 'first_visit_3g_ur', path: '/', locale: 'ur-PK', expectLang: 'ur', requireFont: true },
];

export function firstVisitSuite(targets: VisitTarget[] = FIRST_VISIT_TARGETS, times = Number(process.env.BENCH_VISITS ?? 3)): Suite {
  return {
    name: 'first_visit',
    async run(ctx) {
      const browser = await chromium.launch({ executablePath: ctx.chromiumPath, args: CHROMIUM_ARGS, timeout: 30_000 });
      ctx.settings.chromium = browser.version();
      ctx.settings.visits = times;
      try {
        const out: Measurement[] = [];
        for (const t of targets) out.push(await measureFirstVisit(ctx, browser, t, times));
        return out;
      } finally {
        await browser.close();
      }
    },
  };
}

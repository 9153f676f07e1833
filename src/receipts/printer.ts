// Headless Chromium as a printer of HTML into A4 PDFs (docs/decisions/0026). One browser per
// process, launched on first use and closed after RETIRE_AFTER renders or IDLE_MS without one, so
// a process never keeps Chromium for long and never leaks it; close() ends it at shutdown. Each
// render has its own browser context and a time limit: past it the browser is killed and the error
// goes back to the queue, which retries.
//
// The page is loaded "from the app's origin" without any network: every request is answered from
// memory (the document itself and /assets/*, the CSS and the Nastaliq font); anything else is
// refused. So the render needs no session, no running HTTP server and no outside access.
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { assetBody } from '../platform/assets.ts';

// DESIGN.md, "Facts measured": the flags Chromium runs with on these machines.
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const availability = new Map<string, boolean>();

/** Whether a Chromium executable is at this path; checked once per path and process (at start-up). */
export function chromiumInstalled(path: string): boolean {
  let known = availability.get(path);
  if (known === undefined) {
    known = existsSync(path);
    availability.set(path, known);
  }
  return known;
}

export interface PrinterOptions {
  executablePath: string;
  timeoutMs?: number;
  retireAfter?: number;
  idleMs?: number;
}

export class RenderTimeout extends Error {}

export class Printer {
  private browser: Promise<Browser> | null = null;
  private renders = 0;
  private inFlight = 0;
  private idleTimer: NodeJS.Timeout | null = null;
  private readonly timeoutMs: number;
  private readonly retireAfter: number;
  private readonly idleMs: number;
  /** Browsers launched so far (tests and logs read it). */
  launches = 0;

  constructor(private readonly opts: PrinterOptions) {
    this.timeoutMs = opts.timeoutMs ?? 30_000;
    this.retireAfter = opts.retireAfter ?? 50;
    this.idleMs = opts.idleMs ?? 60_000;
  }

  private getBrowser(): Promise<Browser> {
    if (!this.browser) {
      this.launches++;
      this.renders = 0;
      const launching = chromium.launch({ executablePath: this.opts.executablePath, args: CHROMIUM_ARGS, timeout: this.timeoutMs });
      this.browser = launching;
      launching.catch(() => {
        if (this.browser === launching) this.browser = null;
      });
    }
    return this.browser;
  }

  /** The HTML as an A4 PDF, loaded as if from `origin` (the app's BASE_URL). */
  async print(html: string, origin: string): Promise<Uint8Array> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    this.inFlight++;
    let timer: NodeJS.Timeout | undefined;
    const browserP = this.getBrowser();
    try {
      const work = (async () => {
        const browser = await browserP;
        const context = await browser.newContext({ javaScriptEnabled: true, offline: false });
        try {
          const page = await context.newPage();
          const docUrl = `${origin}/__receipt-print`;
          await page.route('**/*', async (route) => {
            const url = route.request().url();
            if (url === docUrl) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
            if (url.startsWith(`${origin}/assets/`)) {
              const name = decodeURIComponent(new URL(url).pathname.slice('/assets/'.length));
              const a = assetBody(name);
              if (a) return route.fulfill({ status: 200, contentType: a.type, body: a.body });
            }
            return route.abort();
          });
          await page.goto(docUrl, { waitUntil: 'load', timeout: this.timeoutMs });
          // Chromium fetches a web font only when layout needs it: wait until it is in.
          await page.evaluate('document.fonts.ready.then(() => true)');
          const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true });
          return new Uint8Array(pdf);
        } finally {
          await context.close().catch(() => {});
        }
      })();
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new RenderTimeout(`render took longer than ${this.timeoutMs} ms`)), this.timeoutMs);
      });
      try {
        return await Promise.race([work, timeout]);
      } catch (e) {
        // A hung or broken browser is not reused: kill it; the next render starts a new one.
        work.catch(() => {});
        await this.retire(browserP);
        throw e;
      }
    } finally {
      if (timer) clearTimeout(timer);
      this.inFlight--;
      this.renders++;
      if (this.renders >= this.retireAfter && this.inFlight === 0) await this.retire(browserP);
      else if (this.inFlight === 0 && this.browser) {
        this.idleTimer = setTimeout(() => void this.close(), this.idleMs);
        this.idleTimer.unref();
      }
    }
  }

  private async retire(which: Promise<Browser>): Promise<void> {
    if (this.browser === which) this.browser = null;
    const b = await which.catch(() => null);
    await b?.close().catch(() => {});
  }

  /** Ends the browser, if one is running. */
  async close(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const b = this.browser;
    this.browser = null;
    if (b) await this.retire(b);
  }

  get running(): boolean {
    return this.browser !== null;
  }
}

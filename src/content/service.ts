// The operator's content pages (/terms, /privacy, /help, /contact): Markdown files, the operator's
// own under CONTENT_DIR first, else the defaults shipped in content/ (docs/decisions/0038). Figures
// the text quotes (fees, hold and acceptance days, withdrawal minimums) are {{placeholders}} filled
// from this site's settings, so a page never states a figure the site does not apply.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config.ts';
import { WITHDRAWAL_MINIMUM } from '../payouts/domain.ts';
import type { Deps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { formatNumber } from '../platform/format.ts';
import type { Locale } from '../platform/i18n.ts';
import { formatMoney } from '../platform/money.ts';
import { type Block, fillFigures, parseMarkdown, titleOf } from './markdown.ts';

/** The pages every site has, each at /<name>. */
export const CONTENT_PAGES = ['terms', 'privacy', 'help', 'contact'] as const;
export type ContentPageName = (typeof CONTENT_PAGES)[number];

/** The defaults shipped with Hunar (content/<locale>/<name>.md in the repository). */
export const DEFAULT_CONTENT_DIR = path.resolve(import.meta.dirname, '../../content');

/** Where pages are looked for, in order: the operator's directory (CONTENT_DIR), then the defaults. */
export function contentDirs(config: Pick<Config, 'CONTENT_DIR'>): string[] {
  return [...(config.CONTENT_DIR ? [path.resolve(config.CONTENT_DIR)] : []), DEFAULT_CONTENT_DIR];
}

/** The Markdown of a page in a language: from the first directory that has it, or null. */
export async function readContentSource(dirs: readonly string[], name: string, locale: Locale): Promise<string | null> {
  // Names come from our own route table; the check keeps a path from ever leaving the directory.
  if (!/^[a-z][a-z-]{0,40}$/.test(name)) return null;
  for (const dir of dirs) {
    try {
      return await readFile(path.join(dir, locale, `${name}.md`), 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  }
  return null;
}

/** Where /contact sends people: CONTACT_EMAIL, else the address the site's mail comes from. */
export function contactEmail(config: Pick<Config, 'CONTACT_EMAIL' | 'MAIL_FROM'>): string {
  return config.CONTACT_EMAIL ?? /<([^>]+)>/.exec(config.MAIL_FROM)?.[1] ?? config.MAIL_FROM;
}

const percent = (locale: Locale, bp: number) => `${formatNumber(locale, bp / 100)}%`;

/** The figures a page may quote, as this site applies them, written for the reader's language. */
export function contentFigures(config: Config, locale: Locale): Record<string, string> {
  return {
    operator: config.OPERATOR_NAME,
    site: config.baseUrl,
    contact_email: contactEmail(config),
    freelancer_fee: percent(locale, config.fees.freelancerBp),
    client_fee: percent(locale, config.fees.clientBp),
    hold_days: formatNumber(locale, config.FUNDS_HOLD_DAYS),
    auto_accept_days: formatNumber(locale, config.ORDER_AUTO_ACCEPT_DAYS),
    payment_timeout_minutes: formatNumber(locale, config.PAYMENT_TIMEOUT_MINUTES),
    withdrawal_minimum_pkr: formatMoney(locale, WITHDRAWAL_MINIMUM.PKR),
    withdrawal_minimum_usd: formatMoney(locale, WITHDRAWAL_MINIMUM.USD),
  };
}

export interface ContentPage {
  name: string;
  title: string;
  blocks: Block[];
}

/** A content page in the reader's language; not_found when no directory has it. */
export async function getContentPage(deps: Pick<Deps, 'config'>, name: string, locale: Locale, dirs: readonly string[] = contentDirs(deps.config)): Promise<ContentPage> {
  const source = await readContentSource(dirs, name, locale);
  if (source === null) throw new AppError('not_found');
  const blocks = parseMarkdown(fillFigures(source, contentFigures(deps.config, locale)));
  return { name, title: titleOf(blocks) ?? name, blocks };
}

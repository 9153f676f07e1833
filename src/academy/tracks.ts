// The academy's ten tracks (issue 20): the high-income skills the market is moving to first (AI, data,
// cloud, blockchain, security, mobile, web), then the ones DigiSkills and e-Rozgaar trained millions
// in (design, writing, digital marketing). Each track covers skills of the taxonomy
// (src/taxonomy/data.ts): its demand is the open jobs and published gigs in those skills, and a
// course in the track teaches one of them. Names in both languages, as the taxonomy writes its own
// (the Urdu takes the taxonomy's and the glossary's words; "proposed" as there).
import type { Locale } from '../platform/i18n.ts';
import { SKILLS } from '../taxonomy/data.ts';
import { TRACKS, type Track } from './tables.ts';

export interface TrackInfo {
  id: Track;
  en: string;
  ur: string;
  /** Skill slugs of src/taxonomy/data.ts; a skill belongs to one track at most. */
  skills: readonly string[];
}

export const TRACK_INFO: readonly TrackInfo[] = [
  { id: 'ai', en: 'AI and machine learning', ur: 'مصنوعی ذہانت اور مشین لرننگ', skills: ['ai-ml'] },
  { id: 'data', en: 'Data', ur: 'ڈیٹا', skills: ['data-analytics', 'business-intelligence', 'excel', 'data-entry'] },
  { id: 'cloud', en: 'Cloud', ur: 'کلاؤڈ', skills: ['cloud-computing', 'devops', 'web-hosting'] },
  { id: 'blockchain', en: 'Blockchain', ur: 'بلاک چین', skills: ['blockchain-development', 'smart-contracts'] },
  { id: 'security', en: 'Cybersecurity', ur: 'سائبر سیکیورٹی', skills: ['cyber-security'] },
  { id: 'mobile', en: 'Mobile apps', ur: 'موبائل ایپس', skills: ['mobile-apps', 'game-development'] },
  { id: 'web', en: 'Web development', ur: 'ویب ڈویلپمنٹ', skills: ['web-development', 'website-building', 'wordpress', 'shopify', 'software-development'] },
  { id: 'design', en: 'Design', ur: 'ڈیزائن', skills: ['graphic-design', 'logo-design', 'social-media-design', 'poster-design', 'ui-ux-design', 'illustration', 'autocad-drafting'] },
  { id: 'writing', en: 'Writing', ur: 'رائٹنگ', skills: ['content-writing', 'blog-writing', 'copywriting', 'seo-articles', 'creative-writing', 'ghostwriting', 'book-writing', 'proofreading'] },
  {
    id: 'marketing',
    en: 'Digital marketing',
    ur: 'ڈیجیٹل مارکیٹنگ',
    skills: ['digital-marketing', 'seo', 'social-media-management', 'advertising', 'affiliate-marketing', 'email-marketing', 'e-commerce'],
  },
];

export const isTrack = (v: unknown): v is Track => typeof v === 'string' && (TRACKS as readonly string[]).includes(v);

export function trackInfo(id: Track): TrackInfo {
  return TRACK_INFO.find((t) => t.id === id)!;
}

export const trackName = (id: Track, locale: Locale): string => trackInfo(id)[locale];

/** The track a skill belongs to, or null for skills no track covers (video, translation, ...). */
export function trackOfSkill(skill: string): Track | null {
  return TRACK_INFO.find((t) => t.skills.includes(skill))?.id ?? null;
}

/** A skill's name in the reader's language (its slug when the taxonomy does not know it). */
export function skillName(slug: string, locale: Locale): string {
  const s = SKILLS.find((k) => k.slug === slug);
  return s ? s[locale] : slug;
}

export const isSkill = (slug: string): boolean => SKILLS.some((k) => k.slug === slug);

/**
 * Tracks ordered by demand (open jobs and published gigs in their skills, most first); ties keep the
 * issue's order, so the high-income tracks lead when the market is quiet.
 */
export function byDemand<T extends { track: Track; demand: number }>(rows: readonly T[]): T[] {
  const order = (t: Track) => TRACKS.indexOf(t);
  return [...rows].sort((a, b) => b.demand - a.demand || order(a.track) - order(b.track));
}

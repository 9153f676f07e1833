import { describe, expect, it } from 'vitest';
import { SKILLS } from '../taxonomy/data.ts';
import { TRACKS } from './tables.ts';
import { byDemand, skillName, TRACK_INFO, trackName, trackOfSkill } from './tracks.ts';

describe('academy tracks', () => {
  it('are the ten of the issue, each named in English and Urdu', () => {
    expect(TRACK_INFO.map((t) => t.id)).toEqual([...TRACKS]);
    for (const t of TRACK_INFO) {
      expect(t.en.length).toBeGreaterThan(2);
      expect(t.ur).toMatch(/[\u0600-\u06FF]/);
      expect(t.skills.length).toBeGreaterThan(0);
    }
    expect(trackName('ai', 'en')).toBe('AI and machine learning');
    expect(trackName('security', 'ur')).toBe('سائبر سیکیورٹی');
  });

  it('cover skills of the taxonomy, each skill in one track at most', () => {
    const known = new Set(SKILLS.map((s) => s.slug));
    const seen = new Set<string>();
    for (const t of TRACK_INFO)
      for (const s of t.skills) {
        expect(known.has(s), s).toBe(true);
        expect(seen.has(s), s).toBe(false);
        seen.add(s);
      }
    expect(trackOfSkill('cloud-computing')).toBe('cloud');
    expect(trackOfSkill('video-editing')).toBeNull();
    expect(skillName('seo', 'en')).toBe('SEO');
  });

  it('order by demand, most first, the issue’s order breaking ties', () => {
    const rows = [
      { track: 'design' as const, demand: 5 },
      { track: 'ai' as const, demand: 0 },
      { track: 'web' as const, demand: 5 },
      { track: 'cloud' as const, demand: 0 },
      { track: 'writing' as const, demand: 9 },
    ];
    expect(byDemand(rows).map((r) => r.track)).toEqual(['writing', 'web', 'design', 'ai', 'cloud']);
  });
});

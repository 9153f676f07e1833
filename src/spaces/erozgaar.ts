// e-Rozgaar centres, only as far as ../shared/reference/programs.md §2 names them (its sources are
// cited beside each fact). The reference gives no addresses, hours or contact details of single
// centres, so the directory lists none: it names the cities of the first centres, the later counts,
// and what the programme offers, and sends people to PITB for the rest. Nothing here is bookable.

export interface ERozgaarFact {
  /** The message spaces.erozgaar.<id> says it; `params` fills it. */
  id: 'who' | 'training' | 'first_centres' | 'scale_2020' | 'scale_2024';
  params?: Record<string, string | number>;
  /** The source named by programs.md. */
  source: { title: string; url: string; date: string };
}

const NATION_2017 = { title: 'The Nation, “Punjab to have five more e-Rozgaar centres”', url: 'http://nation.com.pk/lahore/17-May-2017/punjab-to-have-five-more-e-rozgaar-centres', date: '2017-05-17' };
const DAILY_PAKISTAN_2024 = { title: 'Daily Pakistan, “PITB’s e-Rozgaar training program receives over 17,000 applications”', url: 'https://en.dailypakistan.com.pk/28-Mar-2024/pitb-s-e-rozgaar-training-program-receives-over-17-000-applications', date: '2024-03-28' };
const URDUPOINT_2020 = { title: 'UrduPoint, “Unemployed youth earned Rs 230 mln through e-Rozgaar”', url: 'https://www.urdupoint.com/en/pakistan/unemployed-youth-earned-rs-230-mln-through-e-809171.html', date: '2020-01-13' };

/** The cities of the first centres (The Nation, 17 May 2017), as our city slugs; Wah Cantt and Taxila are not in CITIES. */
export const FIRST_CENTRE_CITIES = ['lahore', 'gujrat', 'faisalabad'] as const;

export const E_ROZGAAR: readonly ERozgaarFact[] = [
  { id: 'who', source: NATION_2017 },
  { id: 'training', source: DAILY_PAKISTAN_2024 },
  { id: 'first_centres', source: NATION_2017 },
  { id: 'scale_2020', params: { centres: 32, women: 4 }, source: URDUPOINT_2020 },
  { id: 'scale_2024', params: { centres: 45, districts: 36 }, source: DAILY_PAKISTAN_2024 },
];

/** Whether the reference names a first e-Rozgaar centre in this city. */
export const hasFirstCentre = (city: string) => (FIRST_CENTRE_CITIES as readonly string[]).includes(city);

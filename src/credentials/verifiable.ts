// How a course certificate describes itself on /verify/<code> (src/verify/kinds.ts): the learner,
// the course and the skill in both languages as they were when it was issued, and the day the course
// was completed. A revoked certificate shows as revoked, without its facts.
import { z } from 'zod';
import type { Fact, VerifiableKind } from '../verify/kinds.ts';

const name = z.string().min(1).max(200).nullable();

export const courseCertificateSummary = z.object({
  v: z.literal(1),
  name: z.string().min(1).max(200),
  course_en: name,
  course_ur: name,
  skill_en: z.string().min(1).max(200),
  skill_ur: z.string().min(1).max(200),
  completed_at: z.iso.datetime({ offset: true }),
});
export type CourseCertificateSummary = z.infer<typeof courseCertificateSummary>;

export const COURSE_CERTIFICATE = 'course_certificate';

export const courseCertificateKind: VerifiableKind<CourseCertificateSummary> = {
  kind: COURSE_CERTIFICATE,
  title: 'credentials.title',
  summary: courseCertificateSummary,
  revocable: true,
  holder: (s) => s.name,
  facts(s): Fact[] {
    return [
      { key: 'course', label: 'credentials.verify.course', value: { type: 'localized', en: s.course_en, ur: s.course_ur } },
      { key: 'skill', label: 'credentials.verify.skill', value: { type: 'localized', en: s.skill_en, ur: s.skill_ur } },
      { key: 'completed_on', label: 'credentials.verify.completed_on', value: { type: 'date', at: new Date(s.completed_at) } },
    ];
  },
};

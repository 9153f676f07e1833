// CONTRACT STUB (coordinator, issue 20): the credentials helper implements it. Called by the
// assessments module inside its transaction when a learner has passed a course's quiz and project:
// issues the course certificate (an Open Badges 3.0 credential as a VC-JWT, a verification code at
// /verify/<code>) and returns its code. Idempotent per learner and course.
import type { Tx } from '../db/pool.ts';
import type { Deps } from '../platform/deps.ts';

export async function issueCourseCertificate(_tx: Tx, _deps: Pick<Deps, 'config' | 'clock'>, _input: { userId: string; courseId: string; completedAt: Date }): Promise<{ code: string } | null> {
  return null;
}

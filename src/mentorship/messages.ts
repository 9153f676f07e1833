// STUB (coordinator, issue 20): the mentorship helper fills this in.
import { defineMessages } from '../i18n/define.ts';

export const mentorshipMessages = defineMessages({}, {});

// STUB (coordinator, issue 20): the assessments helper fills this in.
import { defineMessages } from '../i18n/define.ts';

export const assessmentsMessages = defineMessages({}, {});

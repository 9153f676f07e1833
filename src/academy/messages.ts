// STUB (coordinator, issue 20): the academy helper fills this in.
import { defineMessages } from '../i18n/define.ts';

export const academyMessages = defineMessages({}, {});

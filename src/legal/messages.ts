// STUB (coordinator, issue 21): the legal helper fills this in.
import { defineMessages } from '../i18n/define.ts';

export const legalMessages = defineMessages({}, {});

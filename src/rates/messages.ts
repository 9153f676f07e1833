// STUB (coordinator, issue 21): the rates helper fills this in.
import { defineMessages } from '../i18n/define.ts';

export const ratesMessages = defineMessages({}, {});

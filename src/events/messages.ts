// STUB (coordinator, issue 21): the events helper fills this in.
import { defineMessages } from '../i18n/define.ts';

export const eventsMessages = defineMessages({}, {});

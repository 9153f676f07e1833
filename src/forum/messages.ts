// STUB (coordinator, issue 21): the forum helper fills this in.
import { defineMessages } from '../i18n/define.ts';

export const forumMessages = defineMessages({}, {});

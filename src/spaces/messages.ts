// STUB (coordinator, issue 21): the spaces helper fills this in.
import { defineMessages } from '../i18n/define.ts';

export const spacesMessages = defineMessages({}, {});

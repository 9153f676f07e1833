// STUB (coordinator, issue 21): the associations helper fills this in.
import { defineMessages } from '../i18n/define.ts';

export const associationsMessages = defineMessages({}, {});

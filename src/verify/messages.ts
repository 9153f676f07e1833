// STUB (coordinator, issue 19): the statements/verify helper fills this in.
import { defineMessages } from '../i18n/define.ts';

export const verifyMessages = defineMessages({}, {});

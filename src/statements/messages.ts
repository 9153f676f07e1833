// STUB (coordinator, issue 19): the statements helper fills this in.
import { defineMessages } from '../i18n/define.ts';

export const statementsMessages = defineMessages({}, {});

// STUB (coordinator, issue 19): the remittances helper fills this in.
import { defineMessages } from '../i18n/define.ts';

export const remittancesMessages = defineMessages({}, {});

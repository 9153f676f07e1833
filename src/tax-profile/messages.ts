// STUB (coordinator, issue 19): the tax-profile helper fills this in.
import { defineMessages } from '../i18n/define.ts';

export const taxProfileMessages = defineMessages({}, {});

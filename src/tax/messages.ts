// STUB (coordinator, issue 19): the tax-core helper fills this in.
import { defineMessages } from '../i18n/define.ts';

export const taxMessages = defineMessages({}, {});

// STUB (coordinator, issue 20): the credentials helper fills this in.
import { defineMessages } from '../i18n/define.ts';

export const credentialsMessages = defineMessages({}, {});

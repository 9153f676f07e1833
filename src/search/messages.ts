import { defineMessages } from '../i18n/define.ts';

export const searchMessages = defineMessages({}, {});

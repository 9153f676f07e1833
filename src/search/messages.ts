import { defineMessages } from '../i18n/define.ts';

export const searchMessages = defineMessages(
  {
    'errors.search.bad_cursor': 'This page of results is no longer valid. Please start the search again.',
  },
  {
    'errors.search.bad_cursor': 'نتائج کا یہ صفحہ اب درست نہیں رہا۔ براہِ کرم دوبارہ تلاش کریں۔',
  },
);

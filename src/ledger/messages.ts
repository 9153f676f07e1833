import { defineMessages } from '../i18n/define.ts';

export const ledgerMessages = defineMessages(
  {
    'errors.idempotency.conflict': 'This request key was already used for a different request. Use a new key for a new request.',
    'errors.ledger.insufficient_funds': 'There is not enough balance for this. Nothing was charged or moved.',
  },
  {
    'errors.idempotency.conflict': 'یہ درخواست کی کلید پہلے ایک مختلف درخواست کے لیے استعمال ہو چکی ہے۔ نئی درخواست کے لیے نئی کلید استعمال کریں۔',
    'errors.ledger.insufficient_funds': 'اس کے لیے بیلنس کافی نہیں۔ نہ کوئی رقم کٹی اور نہ منتقل ہوئی۔',
  },
);

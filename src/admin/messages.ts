import { defineMessages } from '../i18n/define.ts';

export const adminMessages = defineMessages(
  {
    'admin.title': 'Administration',
    'admin.intro': 'Every action taken here is recorded in the audit log with your name.',
    'admin.empty': 'No sections yet.',
  },
  {
    'admin.title': 'انتظامیہ',
    'admin.intro': 'یہاں کیا گیا ہر کام آپ کے نام کے ساتھ آڈٹ لاگ میں درج ہوتا ہے۔',
    'admin.empty': 'ابھی کوئی حصہ نہیں۔',
  },
);

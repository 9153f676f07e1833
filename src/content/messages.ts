import { defineMessages } from '../i18n/define.ts';

// The footer's links to the content pages; the pages' own text is in content/<locale>/*.md.
export const contentMessages = defineMessages(
  {
    'content.terms': 'Terms of service',
    'content.privacy': 'Privacy',
    'content.help': 'Help',
    'content.contact': 'Contact',
  },
  {
    'content.terms': 'شرائطِ استعمال',
    'content.privacy': 'پرائیویسی',
    'content.help': 'مدد',
    'content.contact': 'رابطہ',
  },
);

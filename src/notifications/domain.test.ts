import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  channelsFor,
  DIGEST_MS,
  digestDueAt,
  digestEntries,
  digestMailText,
  isLocalLink,
  NOTIFICATION_KINDS,
  notificationMailText,
  notificationText,
  preferencesFromForm,
  unsubscribePath,
  unsubscribeSignature,
  verifyUnsubscribe,
} from './domain.ts';
import type { NotificationParam } from './kinds.ts';

const SECRET = 'a-test-secret-that-is-long-enough-to-sign';
const USER = '6f1c2a8e-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
const OTHER = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

/** Every param any kind reads, with realistic values. */
const PARAMS: Record<string, NotificationParam> = {
  order: '1042',
  title: 'Logo for Clarke & Sons',
  amount: { minor: '142500', currency: 'PKR' },
  from: 'Emma Clarke',
  by: 'Emma Clarke',
  job: 'Translate a menu',
  contract: 'Shop website',
  conversation: USER,
  reference: 'HNR-AB12CD34',
  reason: 'Account title does not match',
  outcome: 'split',
  year: 2026,
  date: '2026-09-30',
  days: 7,
  // Issue 20 (assessments): a course's title, a project's points.
  course: 'Cloud basics on a free tier',
  total: 24,
  out_of: 40,
  // mentorship (issue 20)
  note: 'Welcome aboard.',
  learner: 'Hamza Ali',
  with: 'Ayesha Khan',
  hours: 24,
  // association events (issue 21): the event's title in the reader's language
  event: 'Lahore Developers meet-up: freelancing with React',
  // associations (issue 21)
  association: 'Multan Women Designers',
  excerpt: 'Our monthly meet-up is on Saturday at the e-Rozgaar centre.',
  // forum (issue 21)
  thread: 'PRC for Payoneer payouts?',
  when: '2026-03-03T14:00:00.000Z',
  until: '2026-03-05T14:30:00.000Z',
  resolution: 'mentor_absent',
  sessions: 2,
  // co-working spaces (issue 21)
  space: 'Bethak Co-work',
  // referrals (issue 21): a job passed on, the referred person
  percent: 10,
  person: 'Saima Baloch',
};

describe('channels', () => {
  it('sends everything in the app and by e-mail until a person changes it', () => {
    for (const k of NOTIFICATION_KINDS) expect(channelsFor(k, undefined)).toEqual({ inApp: k !== 'message', email: true });
  });

  it('never puts a message in the bell, whatever was saved', () => {
    expect(channelsFor('message', { in_app: true, email: true })).toEqual({ inApp: false, email: true });
  });

  it('honours a channel turned off', () => {
    expect(channelsFor('order_paid', { in_app: false, email: true })).toEqual({ inApp: false, email: true });
    expect(channelsFor('order_paid', { in_app: true, email: false })).toEqual({ inApp: true, email: false });
  });

  it('reads the settings form: an unticked box is absent, so off', () => {
    const prefs = preferencesFromForm({ 'in_app.order_placed': 'on', 'email.order_paid': 'on', 'email.message': 'on' });
    expect(prefs.order_placed).toEqual({ in_app: true, email: false });
    expect(prefs.order_paid).toEqual({ in_app: false, email: true });
    expect(prefs.message).toEqual({ in_app: true, email: true });
    expect(prefs.hired).toEqual({ in_app: false, email: false });
    expect(Object.keys(prefs).sort()).toEqual([...NOTIFICATION_KINDS].sort());
  });
});

describe('wording', () => {
  it('words every kind in both languages, with every placeholder filled', () => {
    for (const locale of ['en', 'ur'] as const) {
      for (const kind of NOTIFICATION_KINDS) {
        const line = notificationText(locale, kind, PARAMS, { forScreen: false });
        expect(line, `${locale} ${kind}`).not.toMatch(/[{}]|notifications\./);
        if (kind === 'message') continue;
        const mail = notificationMailText(locale, kind, PARAMS);
        for (const part of Object.values(mail)) expect(part, `${locale} ${kind}`).not.toMatch(/[{}]|notifications\./);
        expect(mail.subject).toBe(line);
      }
    }
  });

  it('formats amounts for the reader and translates a dispute’s outcome', () => {
    expect(notificationText('en', 'earnings_available', PARAMS)).toMatch(/^Rs\s1,425 is ready to withdraw$/u);
    expect(notificationText('ur', 'earnings_available', PARAMS)).toMatch(/Rs\s1,425/u);
    expect(notificationMailText('en', 'dispute_decided', PARAMS).body).toContain('the payment is split between the client and the freelancer');
    expect(notificationMailText('ur', 'dispute_decided', PARAMS).body).toContain('ادائیگی کلائنٹ اور فری لانسر میں تقسیم کر دی گئی ہے');
  });

  it('writes a deadline’s day as people write dates, in both languages (issue 19 reminders)', () => {
    expect(notificationText('en', 'tax_return_due', PARAMS)).toBe('Your tax return for tax year 2026 is due on 30 September 2026');
    expect(notificationText('ur', 'tax_return_due', PARAMS)).toContain('30 ستمبر، 2026');
    expect(notificationMailText('en', 'pseb_expiring', PARAMS).body).toContain('ends on 30 September 2026, in 7 days');
    expect(notificationMailText('en', 'pseb_expiring', { ...PARAMS, days: 1 }).body).toContain('in 1 day.');
  });

  it('writes a session’s moment in the reader’s own zone and language, in the bell and in mail (issue 20 reminders)', () => {
    expect(notificationText('en', 'mentoring_reminder', PARAMS, { forScreen: false, timeZone: 'Asia/Karachi' })).toBe('Reminder: your mentoring session with Ayesha Khan is on 3 Mar 2026, 7:00 pm PKT');
    expect(notificationMailText('en', 'mentoring_reminder', PARAMS, 'Europe/London').body).toContain('starts on 3 Mar 2026, 2:00 pm GMT (your time)');
    const ur = notificationMailText('ur', 'mentoring_reminder', PARAMS, 'Asia/Karachi').subject;
    expect(ur).toContain('یاد دہانی');
    expect(ur).toMatch(/3 مارچ، 2026، 19:00/u);
    // Not a moment: left as written, never "Invalid Date".
    expect(notificationText('en', 'mentoring_reminder', { ...PARAMS, when: 'soon' }, { forScreen: false })).toContain('is on soon');
  });

  it('isolates people’s words on a page, and leaves mail text as written', () => {
    expect(notificationText('ur', 'invited', PARAMS)).toBe('\u2068Emma Clarke\u2069 نے آپ کو ہنر پر ایک جاب کی دعوت دی ہے');
    expect(notificationMailText('ur', 'invited', PARAMS).subject).toBe('Emma Clarke نے آپ کو ہنر پر ایک جاب کی دعوت دی ہے');
    // An order's reference stays one left-to-right run ("HNR-1042"), not "1042-HNR" in an Urdu line.
    expect(notificationText('ur', 'order_delivered', PARAMS)).toContain('HNR-1042 ');
  });

  it('never prints a malformed amount', () => {
    expect(notificationText('en', 'withdrawal_paid', { amount: { minor: '12abc', currency: 'PKR' } })).toBe('Your withdrawal of  is paid');
  });
});

describe('the message digest', () => {
  const row = (conversation: string, from: string) => ({ params: { conversation, from } as Record<string, NotificationParam> });

  it('groups unread messages by conversation, busiest first, with counts', () => {
    const entries = digestEntries([row('c1', 'Emma Clarke'), row('c2', 'حمزہ ملک'), row('c1', 'Emma Clarke'), row('c1', 'Emma Clarke')]);
    expect(entries).toEqual([
      { conversation: 'c1', from: 'Emma Clarke', count: 3 },
      { conversation: 'c2', from: 'حمزہ ملک', count: 1 },
    ]);
    const en = digestMailText('en', entries);
    expect(en.subject).toBe('4 new messages on Hunar');
    expect(en.body).toBe('2 people have written to you and you have not read it yet:');
    expect(en.list).toEqual(['Emma Clarke: 3 messages', 'حمزہ ملک: 1 message']);
    const ur = digestMailText('ur', entries.slice(1));
    expect(ur.subject).toBe('ہنر پر 1 نیا پیغام');
    expect(ur.list).toEqual(['حمزہ ملک: 1 پیغام']);
  });

  it('is due fifteen minutes after the oldest message not yet read or mailed, and never without one', () => {
    expect(digestDueAt([])).toBeNull();
    const t0 = new Date('2026-12-05T10:00:00Z');
    expect(digestDueAt([new Date(t0.getTime() + 60_000), t0])?.toISOString()).toBe(new Date(t0.getTime() + DIGEST_MS).toISOString());
    expect(DIGEST_MS).toBe(15 * 60_000);
  });
});

describe('one-click unsubscribe links', () => {
  it('verify for the person and kind they were made for', () => {
    const [, , user, kind, sig] = unsubscribePath(SECRET, USER, 'order_paid').split('/');
    expect(verifyUnsubscribe(SECRET, user!, kind!, sig!)).toEqual({ userId: USER, kind: 'order_paid' });
  });

  it('cannot be forged: another person, another kind, another secret or a changed signature is refused', () => {
    const sig = unsubscribeSignature(SECRET, USER, 'order_paid');
    expect(verifyUnsubscribe(SECRET, OTHER, 'order_paid', sig)).toBeNull();
    expect(verifyUnsubscribe(SECRET, USER, 'hired', sig)).toBeNull();
    expect(verifyUnsubscribe('another-secret-of-the-same-length-really', USER, 'order_paid', sig)).toBeNull();
    expect(verifyUnsubscribe(SECRET, USER, 'order_paid', `${sig.slice(0, -1)}${sig.endsWith('A') ? 'B' : 'A'}`)).toBeNull();
    expect(verifyUnsubscribe(SECRET, USER, 'not_a_kind', sig)).toBeNull();
    expect(verifyUnsubscribe(SECRET, 'not-a-uuid', 'order_paid', sig)).toBeNull();
    expect(verifyUnsubscribe(SECRET, USER, 'order_paid', '')).toBeNull();
  });

  it('refuses every signature but the right one (property)', () => {
    const right = unsubscribeSignature(SECRET, USER, 'invited');
    fc.assert(
      fc.property(fc.string({ minLength: 43, maxLength: 43, unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') }), (sig) => {
        expect(verifyUnsubscribe(SECRET, USER, 'invited', sig) !== null).toBe(sig === right);
      }),
    );
  });
});

describe('links', () => {
  it('keeps a notification on this site', () => {
    expect(isLocalLink('/orders/1')).toBe(true);
    for (const bad of ['https://evil.example', '//evil.example', '/\\evil.example', 'orders/1', '/a\nb', `/${'x'.repeat(600)}`]) expect(isLocalLink(bad), bad).toBe(false);
  });
});


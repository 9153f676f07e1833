import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../platform/errors.ts';
import { parseWith } from '../platform/forms.ts';
import {
  checkMessage,
  detectContactDetails,
  FILES_PER_MESSAGE,
  interleave,
  MESSAGE_MAX,
  messageInput,
  needsWarning,
  pair,
  parseCursor,
  reportInput,
  responseRate,
  seenMessageId,
  startInput,
} from './domain.ts';

const kinds = (text: string) => detectContactDetails(text);

describe('detectContactDetails: phone numbers', () => {
  it.each([
    '03001234567',
    '0300-1234567',
    '0300 1234567',
    '0300-123-4567',
    '0300 123 4567',
    '(0300) 1234567',
    '0321.1234567',
    '+923001234567',
    '+92 300 1234567',
    '+92-300-1234567',
    '+92 (300) 123-4567',
    '0092 300 1234567',
    '00923001234567',
    '92 300 1234567',
    'call me 0 3 0 0 1 2 3 4 5 6 7',
    '۰۳۰۰۱۲۳۴۵۶۷',
    '۰۳۰۰-۱۲۳۴۵۶۷',
    '٠٣٠٠ ١٢٣٤٥٦٧',
    '+۹۲ ۳۴۵ ۱۲۳۴۵۶۷',
    'میرا نمبر ۰۳۳۳-۱۲۳۴۵۶۷ ہے، اس پر بات کریں',
    'Call me on 0345-7654321 after 5',
    '+44 20 7946 0958',
    '+1 (415) 555-2671',
    'landline 042-35761234',
    '4235761234',
    'CNIC 35202-1234567-1',
  ])('finds the number in %j', (text) => {
    expect(kinds(text)).toContain('phone');
  });

  it.each([
    'The price is Rs 50,000 for three pages',
    'Rs 1,250,000 for the whole store',
    '$1,200 for the app',
    'I can deliver in 3 days with 2 revisions',
    'Order HNR-1001 was paid on 05-12-2026',
    'Meeting on 2026-12-05 10:30 Karachi time',
    '5000 words, 12 posts, 30 photos',
    'Version 3.2.1 of the theme',
    'میں 3 دن میں 12 پوسٹس بنا دوں گی، قیمت 15,000 روپے',
    'Page 0300? no, page 30',
    '1 2 3 4 5 6 7 8 9',
    '',
  ])('finds nothing in %j', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe('detectContactDetails: e-mail addresses', () => {
  it.each([
    'mail me: ali.khan@gmail.com',
    'ALI@YAHOO.COM',
    'ayesha+work@hotmail.co.uk',
    'ali at gmail dot com',
    'ali AT gmail DOT com',
    'ali [at] gmail [dot] com',
    'ali(at)gmail(dot)com',
    'ali (at) outlook.com',
    'ali @ gmail.com',
    'ali at gmail.com',
    'ali.khan at hotmail dot co dot uk',
    'ali ایٹ gmail ڈاٹ com',
    'میرا ای میل ali@gmail.com ہے',
  ])('finds the address in %j', (text) => {
    expect(kinds(text)).toContain('email');
  });

  it.each(['I am at home. Come later', 'look at the logo, dot the i', 'meet at 5', 'email me the files here on Hunar', 'The store is at shop.example', 'I’m at work. Me too'])('finds none in %j', (text) => {
    expect(kinds(text)).not.toContain('email');
  });
});

describe('detectContactDetails: payment links, handles and IBANs', () => {
  it.each([
    'paypal.me/alikhan',
    'https://www.paypal.com/paypalme/alikhan',
    'Can I pay you on PayPal?',
    'wise.com/pay/me/alik',
    'https://payoneer.com/request/123',
    'send it to my Payoneer',
    'پے پال پر بھیج دیں',
    'پائونیر پر ادائیگی کر دیں',
    'IBAN PK36SCBL0000001123456702',
    'pk36 scbl 0000 0011 2345 6702',
    'GB29 NWBK 6016 1331 9268 19',
    'JazzCash 0300-1234567',
    'easypaisa: 03451234567',
    'جاز کیش نمبر ۰۳۰۰۱۲۳۴۵۶۷',
    'ایزی پیسہ 0333 1234567 پر بھیج دیں',
    'account number 12345678901234',
    'Western Union is fine',
    'pay in USDT',
  ])('finds the payment in %j', (text) => {
    expect(kinds(text)).toContain('payment');
  });

  it.each(['I will deliver the logo in PNG and PDF', 'Payment through Hunar escrow is fine', 'JazzCash works for my withdrawals', 'Rs 5,000 please'])('finds none in %j', (text) => {
    expect(kinds(text)).not.toContain('payment');
  });
});

describe('detectContactDetails: chat apps', () => {
  it.each(['wa.me/923001234567', 'https://wa.me/923001234567', 'message me on WhatsApp', 'whats app me', 'واٹس ایپ پر بات کریں', 'واٹس اپ کر دیں', 't.me/alikhan', 'my telegram is alik', 'add me on Skype'])(
    'finds the chat app in %j',
    (text) => {
      expect(kinds(text)).toContain('messenger');
    },
  );

  it('names every kind once, in a fixed order', () => {
    expect(kinds('WhatsApp 0300-1234567 or ali@gmail.com, PayPal too, whatsapp again 0301-7654321')).toEqual(['phone', 'email', 'payment', 'messenger']);
  });

  it('finds nothing in ordinary messages in either script', () => {
    expect(kinds('Assalam-o-alaikum! Can you make the logo in green and gold? I need it by Friday.')).toEqual([]);
    expect(kinds('السلام علیکم! کیا آپ لوگو سبز اور سنہری رنگ میں بنا سکتی ہیں؟ مجھے جمعہ تک چاہیے۔')).toEqual([]);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const out = detectContactDetails(s);
        expect(new Set(out).size).toBe(out.length);
      }),
    );
  });
});

describe('needsWarning', () => {
  it('warns only when something was found and the two have not worked together', () => {
    expect(needsWarning(['phone'], false)).toBe(true);
    expect(needsWarning(['phone'], true)).toBe(false);
    expect(needsWarning([], false)).toBe(false);
    expect(needsWarning([], true)).toBe(false);
  });
});

const fieldOf = (run: () => unknown) => {
  try {
    run();
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, fields: e.fields, params: e.params };
    throw e;
  }
  return null;
};

describe('input', () => {
  it('takes text up to the limit, in either script, trimmed', () => {
    expect(parseWith(messageInput, { text: '  سلام  ' }).text).toBe('سلام');
    expect(parseWith(messageInput, { text: 'a'.repeat(MESSAGE_MAX) }).text).toHaveLength(MESSAGE_MAX);
    expect(parseWith(messageInput, {}).text).toBe('');
  });

  it('refuses a message over the limit with the limit named, and control characters', () => {
    expect(fieldOf(() => parseWith(messageInput, { text: 'a'.repeat(MESSAGE_MAX + 1) }))?.fields.text).toEqual({ key: 'field.too_long', params: { max: MESSAGE_MAX } });
    expect(fieldOf(() => parseWith(messageInput, { text: 'a\u0000b' }))?.fields.text?.key).toBe('field.control_chars');
    expect(fieldOf(() => parseWith(messageInput, { text: 'evil \u202e txt' }))?.fields.text?.key).toBe('field.bidi_chars');
  });

  it('needs text or a file, and at most five files', () => {
    expect(() => checkMessage('hello', 0)).not.toThrow();
    expect(() => checkMessage('', 1)).not.toThrow();
    expect(fieldOf(() => checkMessage('', 0))?.fields.text?.key).toBe('field.required');
    expect(() => checkMessage('x', FILES_PER_MESSAGE)).not.toThrow();
    expect(fieldOf(() => checkMessage('x', FILES_PER_MESSAGE + 1))).toMatchObject({ code: 'message.too_many_files', params: { max: 5 } });
  });

  it('starts a conversation with a handle, an optional subject and text', () => {
    const id = '0b7e6f9e-4a8b-4d2c-9f1e-2a3b4c5d6e7f';
    expect(parseWith(startInput, { with: 'ayesha', about: { gig: id }, text: 'Salam' })).toEqual({ with: 'ayesha', about: { gig: id }, text: 'Salam' });
    expect(parseWith(startInput, { with: 'ayesha', text: 'Salam' }).about).toBeUndefined();
    expect(fieldOf(() => parseWith(startInput, { with: 'ayesha', about: { gig: 'nope' }, text: 'x' }))?.code).toBe('validation.failed');
    expect(fieldOf(() => parseWith(startInput, { with: 'ayesha', about: { gig: id, job: id }, text: 'x' }))?.code).toBe('validation.failed');
    expect(fieldOf(() => parseWith(startInput, { with: 'ayesha', text: '   ' }))?.fields.text?.key).toBe('field.required');
    expect(fieldOf(() => parseWith(startInput, { text: 'x' }))?.fields.with?.key).toBe('field.required');
  });

  it('takes a report reason from the list and a short note', () => {
    expect(parseWith(reportInput, { reason: 'off_platform' })).toEqual({ reason: 'off_platform', note: '' });
    expect(fieldOf(() => parseWith(reportInput, { reason: 'boring' }))?.fields.reason?.key).toBe('field.invalid');
    expect(fieldOf(() => parseWith(reportInput, { reason: 'spam', note: 'x'.repeat(1001) }))?.fields.note?.key).toBe('field.too_long');
  });

  it('keeps the pair in one order and refuses a conversation with oneself', () => {
    expect(pair('b', 'a')).toEqual({ low: 'a', high: 'b' });
    expect(pair('a', 'b')).toEqual({ low: 'a', high: 'b' });
    expect(fieldOf(() => pair('a', 'a'))?.code).toBe('message.to_yourself');
  });

  it('reads a cursor as a message id, and refuses anything else', () => {
    expect(parseCursor(undefined)).toBeNull();
    expect(parseCursor('')).toBeNull();
    expect(parseCursor('42')).toBe(42n);
    for (const bad of ['-1', 'abc', '1e5', '9'.repeat(19), '1 OR 1=1']) expect(fieldOf(() => parseCursor(bad))?.fields.before?.key).toBe('field.invalid');
  });
});

describe('reading', () => {
  it('marks as seen the newest of my messages the other has read', () => {
    expect(seenMessageId([1n, 3n, 5n], 4n)).toBe(3n);
    expect(seenMessageId([1n, 3n, 5n], 5n)).toBe(5n);
    expect(seenMessageId([1n, 3n, 5n], 9n)).toBe(5n);
    expect(seenMessageId([3n, 5n], 2n)).toBeNull();
    expect(seenMessageId([], 10n)).toBeNull();
  });

  it('puts order events and messages in one timeline by time, events first at the same moment', () => {
    const t = (m: number) => new Date(Date.UTC(2026, 0, 1, 0, m));
    const items = interleave(
      [
        { id: 'm1', at: t(1) },
        { id: 'm2', at: t(5) },
      ],
      [
        { kind: 'paid', at: t(0) },
        { kind: 'delivered', at: t(5) },
        { kind: 'accepted', at: t(9) },
      ],
    );
    expect(items.map((i) => (i.type === 'message' ? i.message.id : i.event.kind))).toEqual(['paid', 'm1', 'delivered', 'm2', 'accepted']);
  });
});

describe('responseRate', () => {
  const at = (h: number) => new Date(Date.UTC(2026, 0, 1) + h * 3_600_000);
  it('is null when nobody wrote, else the share answered within 24 hours', () => {
    expect(responseRate([])).toBeNull();
    expect(responseRate([{ firstAt: at(0), repliedAt: at(24) }])).toBe(1);
    expect(responseRate([{ firstAt: at(0), repliedAt: at(24.01) }])).toBe(0);
    expect(responseRate([{ firstAt: at(0), repliedAt: null }])).toBe(0);
    expect(
      responseRate([
        { firstAt: at(0), repliedAt: at(1) },
        { firstAt: at(0), repliedAt: at(2) },
        { firstAt: at(0), repliedAt: null },
        { firstAt: at(0), repliedAt: at(48) },
      ]),
    ).toBe(0.5);
  });
});

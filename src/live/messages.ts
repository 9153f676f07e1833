// Texts of live events: the event stream's API description, and the banner an open order page shows
// when the order changes (the page puts it in a data attribute; public/live.js holds no text).
// Urdu per docs/urdu-glossary.md: message = پیغام, order = آرڈر, page = صفحہ, header = ہیڈر.
import { defineMessages } from '../i18n/define.ts';

export const liveMessages = defineMessages(
  {
    'live.order_changed': 'This order changed — reload',
    'api.group.events': 'Live events',
    'api.tag.events': 'Live events: the signed-in person’s new messages, read receipts, notifications and order changes as they happen, as Server-Sent Events.',
    'api.op.streamEvents':
      'Your live events (text/event-stream): new messages, read receipts, notifications and order changes. Open with the session cookie (EventSource) or a bearer token; a reconnect sends Last-Event-ID and first receives everything it missed (up to a day back).',
    'api.query.events.last_event_id': 'The id of the last event you received, for clients that cannot send the Last-Event-ID header. The header wins when both are sent.',
    'api.header.last_event_id': 'The id of the last event you received (EventSource sends it when it reconnects): every newer event is sent first, in order, then the live ones.',
    'api.events.format':
      'A stream of events, each as `id: <event id>`, `event: <message|read|notification|order>` and `data: <JSON>` lines and a blank line. It starts with a `retry:` hint and the current position (an `id:` line alone); a comment line (`: keep-alive`) comes every 25 seconds. The server closes a stream after 15 minutes, and the oldest when a person opens more than 5: reconnect with Last-Event-ID and nothing is lost.',
  },
  {
    'live.order_changed': 'اس آرڈر میں تبدیلی ہوئی ہے — صفحہ دوبارہ لوڈ کریں',
    'api.group.events': 'لائیو ایونٹس',
    'api.tag.events': 'لائیو ایونٹس: لاگ اِن شخص کے نئے پیغامات، پیغام دیکھ لیے جانے کی خبر، اطلاعات اور آرڈر کی تبدیلیاں، جیسے ہی ہوں، سرور سینٹ ایونٹس (SSE) کے ذریعے۔',
    'api.op.streamEvents':
      'آپ کے لائیو ایونٹس (text/event-stream): نئے پیغامات، پیغام دیکھ لیے جانے کی خبر، اطلاعات اور آرڈر کی تبدیلیاں۔ سیشن کوکی (EventSource) یا بیئرر ٹوکن کے ساتھ کھولیں؛ دوبارہ جڑنے پر Last-Event-ID بھیجیں تو جو رہ گیا وہ پہلے ملتا ہے (ایک دن پیچھے تک)۔',
    'api.query.events.last_event_id': 'آپ کو ملنے والے آخری ایونٹ کی id، ان کلائنٹس کے لیے جو Last-Event-ID ہیڈر نہیں بھیج سکتے۔ دونوں بھیجے جائیں تو ہیڈر مانا جاتا ہے۔',
    'api.header.last_event_id': 'آپ کو ملنے والے آخری ایونٹ کی id (EventSource دوبارہ جڑتے وقت خود بھیجتا ہے): اس کے بعد کے سب ایونٹس پہلے ترتیب سے ملتے ہیں، پھر نئے۔',
    'api.events.format':
      'ایونٹس کا سلسلہ، ہر ایک `id: <ایونٹ id>`، `event: <message|read|notification|order>` اور `data: <JSON>` کی سطروں اور ایک خالی سطر کی صورت میں۔ شروع میں `retry:` کا اشارہ اور موجودہ مقام (صرف `id:` کی سطر) آتا ہے؛ ہر 25 سیکنڈ بعد ایک تبصرے کی سطر (`: keep-alive`)۔ سرور 15 منٹ بعد سلسلہ بند کر دیتا ہے، اور کوئی شخص 5 سے زیادہ کھولے تو سب سے پرانا: Last-Event-ID کے ساتھ دوبارہ جڑیں، کچھ ضائع نہیں ہوتا۔',
  },
);

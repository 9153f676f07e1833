import { describe, expect, it } from 'vitest';
import { announcement, cursorFrame, eventFrame, eventsQuery, LIVE_LIMITS, publishLockKey, readAnnouncement, reconnectDelay, retryFrame } from './domain.ts';

const user = '0b9d6a52-1c1e-4e8e-9d7e-5a3a1f0e2b11';

describe('SSE frames', () => {
  it('writes an event as id, event and one line of JSON data, even when the text has line breaks', () => {
    const frame = eventFrame({ id: '42', name: 'message', data: { text: 'پہلی سطر\nsecond line\r\nتیسری' } });
    expect(frame).toBe('id: 42\nevent: message\ndata: {"text":"پہلی سطر\\nsecond line\\r\\nتیسری"}\n\n');
    expect(frame.slice(0, -2).split('\n')).toHaveLength(3);
  });

  it('writes the cursor alone and the retry hint as whole milliseconds', () => {
    expect(cursorFrame(0n)).toBe('id: 0\n\n');
    expect(retryFrame(2500.7)).toBe('retry: 2501\n\n');
  });
});

describe('announcements between processes', () => {
  it('carries small events whole, and reads back what it wrote', () => {
    const events = [{ id: '7', userId: user, name: 'read', data: { conversation_id: 'c', up_to: 'm' } }];
    expect(readAnnouncement(announcement(events))).toEqual({ kind: 'events', events });
  });

  it('names only the people when the events would pass the limit, and nobody when even that would', () => {
    const big = [{ id: '8', userId: user, name: 'message', data: { text: 'x'.repeat(LIVE_LIMITS.notifyMaxBytes) } }];
    const payload = announcement(big);
    expect(Buffer.byteLength(payload)).toBeLessThan(8000);
    expect(readAnnouncement(payload)).toEqual({ kind: 'users', userIds: [user] });
    const crowd = Array.from({ length: 300 }, (_, i) => ({ id: String(i), userId: `${i}`.padStart(36, '0'), name: 'order', data: {} }));
    expect(announcement(crowd)).toBe('{}');
    expect(readAnnouncement('{}')).toEqual({ kind: 'everyone' });
  });

  it('treats a payload it cannot read as news for everyone (they look in the table)', () => {
    for (const p of [undefined, '', 'not json', '{"e":[[1,2,3]]}', '{"e":[["x","u","n"]]}', '{"u":[1]}']) expect(readAnnouncement(p)).toEqual({ kind: 'everyone' });
  });
});

describe('the cursor', () => {
  it('takes a decimal event id, and an empty one as none', () => {
    expect(eventsQuery.parse({ last_event_id: ' 123 ' })).toEqual({ last_event_id: '123' });
    expect(eventsQuery.parse({ last_event_id: '' })).toEqual({});
    expect(eventsQuery.parse({})).toEqual({});
    for (const bad of ['abc', '-1', '1.5', '1234567890123456789']) expect(eventsQuery.safeParse({ last_event_id: bad }).success).toBe(false);
  });
});

describe('reconnecting', () => {
  it('doubles the wait from the minimum to the maximum, with at most a fifth of jitter', () => {
    expect(reconnectDelay(0, 0)).toBe(LIVE_LIMITS.reconnectMinMs);
    expect(reconnectDelay(1, 0)).toBe(LIVE_LIMITS.reconnectMinMs * 2);
    expect(reconnectDelay(50, 0)).toBe(LIVE_LIMITS.reconnectMaxMs);
    expect(reconnectDelay(50, 1)).toBe(LIVE_LIMITS.reconnectMaxMs * 1.2);
  });
});

describe('the publishers’ lock key', () => {
  it('is a 32-bit integer from the person’s id, the same every time', () => {
    expect(publishLockKey(user)).toBe(0x0b9d6a52);
    expect(publishLockKey('ffffffff-0000-4000-8000-000000000000')).toBe(-1);
    expect(Number.isInteger(publishLockKey(user))).toBe(true);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWith } from '../platform/forms.ts';
import { AppError } from '../platform/errors.ts';
import { cancelRsvp, type EventFacts, editRefused, eventChanges, eventFormValues, eventInput, inLanguage, nextInLine, reminderDue, reminderPassed, rsvp, whenRefused } from './domain.ts';

const H = 3_600_000;
const NOW = new Date('2026-03-02T06:00:00Z'); // Monday 11:00 in Karachi
const event = (o: Partial<EventFacts> = {}): EventFacts => ({ status: 'scheduled', startsAt: new Date(NOW.getTime() + 72 * H), capacity: 2, going: 0, ...o });

const valid = {
  title_en: 'Lahore Developers meet-up',
  title_ur: '',
  format: 'in_person',
  venue: 'Arfa Software Technology Park, Ferozepur Road',
  city: 'lahore',
  online_url: '',
  date: '2026-03-14',
  start_time: '18:00',
  end_time: '20:30',
  capacity: '40',
};

function fieldsOf(raw: unknown): Record<string, string> {
  try {
    parseWith(eventInput, raw);
  } catch (e) {
    if (e instanceof AppError) return Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [k, v.key]));
    throw e;
  }
  return {};
}

describe('an event as an officer writes it', () => {
  it('reads the date and times as Pakistan time, whatever the server’s zone', () => {
    const e = parseWith(eventInput, valid);
    expect(e.startsAt.toISOString()).toBe('2026-03-14T13:00:00.000Z');
    expect(e.endsAt.toISOString()).toBe('2026-03-14T15:30:00.000Z');
    expect(e).toMatchObject({ format: 'in_person', citySlug: 'lahore', onlineUrl: null, capacity: 40, membersOnly: false, titleUr: null });
  });

  it('keeps only the fields of the chosen format, and reads the form’s checkbox', () => {
    const e = parseWith(eventInput, { ...valid, format: 'online', online_url: 'https://meet.jit.si/hunar-mwd', members_only: 'on' });
    expect(e).toMatchObject({ format: 'online', onlineUrl: 'https://meet.jit.si/hunar-mwd', venue: null, citySlug: null, membersOnly: true });
    expect(parseWith(eventInput, { ...valid, members_only: true }).membersOnly).toBe(true);
  });

  it('names each wrong field with its own message', () => {
    expect(fieldsOf({ ...valid, title_en: '' })).toEqual({ title_en: 'field.event_title' });
    expect(fieldsOf({ ...valid, format: 'online' })).toEqual({ online_url: 'field.event_link' });
    expect(fieldsOf({ ...valid, format: 'online', online_url: 'http://zoom.us/j/1' })).toEqual({ online_url: 'field.event_link' });
    expect(fieldsOf({ ...valid, venue: '', city: '' })).toEqual({ venue: 'field.required', city: 'field.choose' });
    expect(fieldsOf({ ...valid, end_time: '17:00' })).toEqual({ end_time: 'field.event_time_order' });
    expect(fieldsOf({ ...valid, date: '2026-02-30' })).toEqual({ date: 'field.event_date' });
    expect(fieldsOf({ ...valid, start_time: '25:00' })).toEqual({ start_time: 'field.event_time' });
    expect(fieldsOf({ ...valid, capacity: '0' })).toEqual({ capacity: 'field.event_capacity' });
    expect(fieldsOf({ ...valid, capacity: '5001' })).toEqual({ capacity: 'field.event_capacity' });
    expect(fieldsOf({ ...valid, format: 'party' })).toEqual({ format: 'field.choose' });
    expect(fieldsOf({ ...valid, title_en: 'a\u202Eb title' })).toEqual({ title_en: 'field.bidi_chars' });
  });

  it('refuses a time in the past or more than a year ahead', () => {
    expect(whenRefused(new Date(NOW.getTime() - 1), NOW)).toBe('field.event_in_past');
    expect(whenRefused(NOW, NOW)).toBe('field.event_in_past');
    expect(whenRefused(new Date(NOW.getTime() + H), NOW)).toBeNull();
    expect(whenRefused(new Date(NOW.getTime() + 400 * 24 * H), NOW)).toBe('field.event_too_far');
  });
});

describe('seats and the waiting list', () => {
  it('gives a seat while one is free, then the waiting list', () => {
    expect(rsvp(event({ going: 1 }), null, NOW)).toEqual({ ok: true, status: 'going' });
    expect(rsvp(event({ going: 2 }), null, NOW)).toEqual({ ok: true, status: 'waiting' });
    // Someone who gave their place up may come back, at the end of the line.
    expect(rsvp(event({ going: 2 }), 'cancelled', NOW)).toEqual({ ok: true, status: 'waiting' });
  });

  it('refuses a second RSVP, one after the start, and one to a cancelled event', () => {
    expect(rsvp(event(), 'going', NOW)).toEqual({ ok: false, code: 'events.already_rsvped' });
    expect(rsvp(event(), 'waiting', NOW)).toEqual({ ok: false, code: 'events.already_rsvped' });
    expect(rsvp(event({ startsAt: NOW }), null, NOW)).toEqual({ ok: false, code: 'events.started' });
    expect(rsvp(event({ status: 'cancelled' }), null, NOW)).toEqual({ ok: false, code: 'events.cancelled' });
  });

  it('frees a seat when someone going gives it up; leaving the waiting list frees none', () => {
    expect(cancelRsvp(event({ going: 2 }), 'going', NOW)).toEqual({ ok: true, freesSeat: true });
    expect(cancelRsvp(event({ going: 2 }), 'waiting', NOW)).toEqual({ ok: true, freesSeat: false });
    expect(cancelRsvp(event(), null, NOW)).toEqual({ ok: false, code: 'events.not_rsvped' });
    expect(cancelRsvp(event(), 'cancelled', NOW)).toEqual({ ok: false, code: 'events.not_rsvped' });
    expect(cancelRsvp(event({ startsAt: new Date(NOW.getTime() - 1) }), 'going', NOW)).toEqual({ ok: false, code: 'events.started' });
  });

  it('moves up the earliest queued first', () => {
    const w = [
      { userId: 'c', queuedAt: new Date(3) },
      { userId: 'a', queuedAt: new Date(1) },
      { userId: 'b', queuedAt: new Date(1) },
    ];
    expect(nextInLine(w, 1).map((x) => x.userId)).toEqual(['a']);
    expect(nextInLine(w, 2).map((x) => x.userId)).toEqual(['a', 'b']);
    expect(nextInLine(w, 0)).toEqual([]);
    expect(nextInLine(w, -1)).toEqual([]);
  });

  it('never seats more people than the capacity, whatever the order of RSVPs and cancellations', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.array(fc.tuple(fc.constantFrom('rsvp', 'cancel'), fc.integer({ min: 0, max: 7 })), { maxLength: 60 }), (capacity, steps) => {
        const place = new Map<number, 'going' | 'waiting' | 'cancelled'>();
        const queue: number[] = [];
        let going = 0;
        for (const [action, person] of steps) {
          const e = event({ capacity, going });
          const current = place.get(person) ?? null;
          if (action === 'rsvp') {
            const d = rsvp(e, current, NOW);
            if (!d.ok) continue;
            place.set(person, d.status);
            if (d.status === 'going') going++;
            else queue.push(person);
          } else {
            const d = cancelRsvp(e, current, NOW);
            if (!d.ok) continue;
            place.set(person, 'cancelled');
            const i = queue.indexOf(person);
            if (i >= 0) queue.splice(i, 1);
            if (d.freesSeat) {
              going--;
              const next = queue.shift();
              if (next !== undefined) {
                place.set(next, 'going');
                going++;
              }
            }
          }
          expect(going).toBeLessThanOrEqual(capacity);
          expect([...place.values()].filter((s) => s === 'going')).toHaveLength(going);
          // Nobody waits while a seat is free.
          if (queue.length) expect(going).toBe(capacity);
        }
      }),
    );
  });
});

describe('the reminder', () => {
  const start = new Date(NOW.getTime() + 20 * H);
  it('is due once, to people going, within 24 hours of a scheduled start', () => {
    expect(reminderDue({ status: 'going', remindedAt: null }, { status: 'scheduled', startsAt: start }, NOW)).toBe(true);
    expect(reminderDue({ status: 'going', remindedAt: NOW }, { status: 'scheduled', startsAt: start }, NOW)).toBe(false);
    expect(reminderDue({ status: 'waiting', remindedAt: null }, { status: 'scheduled', startsAt: start }, NOW)).toBe(false);
    expect(reminderDue({ status: 'going', remindedAt: null }, { status: 'cancelled', startsAt: start }, NOW)).toBe(false);
    expect(reminderDue({ status: 'going', remindedAt: null }, { status: 'scheduled', startsAt: new Date(NOW.getTime() + 25 * H) }, NOW)).toBe(false);
    expect(reminderDue({ status: 'going', remindedAt: null }, { status: 'scheduled', startsAt: NOW }, NOW)).toBe(false);
  });

  it('counts as sent for a seat taken within the last day', () => {
    expect(reminderPassed(start, NOW)).toBe(true);
    expect(reminderPassed(new Date(NOW.getTime() + 48 * H), NOW)).toBe(false);
  });
});

describe('texts in two languages', () => {
  it('reads the reader’s language first, else the other', () => {
    expect(inLanguage('ur', 'Meet-up', 'ملاقات')).toBe('ملاقات');
    expect(inLanguage('en', 'Meet-up', 'ملاقات')).toBe('Meet-up');
    expect(inLanguage('en', null, 'ملاقات')).toBe('ملاقات');
    expect(inLanguage('ur', 'Meet-up', null)).toBe('Meet-up');
    expect(inLanguage('ur', null, null)).toBe('');
  });
});

describe('changing an event', () => {
  const before = parseWith(eventInput, valid);
  const edited = (o: Record<string, string>) => parseWith(eventInput, { ...valid, ...o });
  const scheduled = { status: 'scheduled' as const, startsAt: before.startsAt, going: 12 };

  it('gives back the stored event as the form wrote it, in Pakistan time', () => {
    expect(eventFormValues({ ...before, citySlug: before.citySlug })).toMatchObject({ date: '2026-03-14', start_time: '18:00', end_time: '20:30', capacity: '40', city: 'lahore', members_only: '', title_ur: '' });
    // Read again, the same event.
    expect(parseWith(eventInput, eventFormValues(before))).toEqual(before);
  });

  it('tells a change of time, place or link apart from other changes', () => {
    expect(eventChanges(before, edited({}))).toEqual({ any: false, timeOrPlace: false });
    expect(eventChanges(before, edited({ title_en: 'Lahore Developers meet-up: React' }))).toEqual({ any: true, timeOrPlace: false });
    expect(eventChanges(before, edited({ capacity: '60' }))).toEqual({ any: true, timeOrPlace: false });
    expect(eventChanges(before, edited({ start_time: '18:30' }))).toEqual({ any: true, timeOrPlace: true });
    expect(eventChanges(before, edited({ venue: 'National Incubation Center, Lahore' }))).toEqual({ any: true, timeOrPlace: true });
    expect(eventChanges(before, edited({ format: 'online', online_url: 'https://meet.jit.si/hunar', venue: '', city: '' }))).toEqual({ any: true, timeOrPlace: true });
  });

  it('refuses fewer seats than people going, a new time in the past, and any change once started or cancelled', () => {
    expect(editRefused(scheduled, before, edited({ capacity: '12' }), NOW)).toBeNull();
    expect(editRefused(scheduled, before, edited({ capacity: '11' }), NOW)).toEqual({ field: 'capacity', key: 'field.event_capacity_below_going', params: { n: 12 } });
    expect(editRefused(scheduled, before, edited({ date: '2026-03-01' }), NOW)).toEqual({ field: 'date', key: 'field.event_in_past' });
    expect(editRefused(scheduled, before, edited({ date: '2027-03-14' }), NOW)).toEqual({ field: 'date', key: 'field.event_too_far' });
    expect(editRefused({ ...scheduled, status: 'cancelled' }, before, edited({ capacity: '50' }), NOW)).toEqual({ code: 'events.cancelled' });
    expect(editRefused(scheduled, before, edited({ capacity: '50' }), new Date(before.startsAt.getTime()))).toEqual({ code: 'events.started' });
  });

  it('never accepts seats below the people going, whatever the numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 0, max: 5000 }), (capacity, going) => {
        const refused = editRefused({ ...scheduled, going }, before, { ...before, capacity }, NOW);
        return capacity < going ? refused !== null : refused === null;
      }),
    );
  });
});

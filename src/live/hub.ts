// The live hub of one app process (docs/decisions/0048-live-events.md): ONE connection LISTENing on
// the hunar_live channel (a plain pg.Client, not the pool), and the open event streams of this
// process, by person. An announcement from any process (publish.ts) is written to that person's
// streams here; a stream holds no database connection, only a short query from the pool when it
// opens or must catch up.
//
// Per person, all work is done one piece at a time (a promise chain), so a catch-up read and a
// live announcement can never interleave out of id order; each stream writes only ids larger than
// the last it wrote, so nothing is sent twice.
import pg from 'pg';
import type { Logger } from 'pino';
import type { DB } from '../db/pool.ts';
import {
  cursorFrame,
  eventFrame,
  heartbeatFrame,
  LIVE_CHANNEL,
  LIVE_LIMITS,
  type LiveEvent,
  type LiveLimits,
  readAnnouncement,
  reconnectDelay,
  retryFrame,
} from './domain.ts';

interface Stream {
  userId: string;
  /** The largest id written (or the cursor it started from); null until its first read. */
  last: bigint | null;
  controller: ReadableStreamDefaultController<Uint8Array>;
  openedAt: number;
  closed: boolean;
}

interface Person {
  /** Oldest first. */
  streams: Stream[];
  chain: Promise<void>;
}

export interface LiveHubOptions {
  /** The database the listening connection opens. */
  url: string;
  db: DB;
  log: Logger;
  limits?: Partial<LiveLimits>;
}

const encoder = new TextEncoder();

export class LiveHub {
  private readonly limits: LiveLimits;
  private readonly people = new Map<string, Person>();
  private listener: pg.Client | null = null;
  private started: Promise<void> | null = null;
  /** The connection being made (at start or after a drop). */
  private connecting: Promise<void> | null = null;
  private stopped = false;
  private attempts = 0;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  /** Counters for /metrics-like reporting and the tests. */
  readonly counts = { delivered: 0, announcements: 0, catchUps: 0, reconnects: 0 };

  constructor(private readonly opts: LiveHubOptions) {
    this.limits = { ...LIVE_LIMITS, ...opts.limits };
  }

  /** Connects the listening connection (once); the first stream opened starts it too. */
  start(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.started ??= this.listen().catch((e) => {
      this.started = null;
      throw e;
    });
    return this.started;
  }

  /** Ends every stream (so the server can close at once) and the listening connection. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    if (this.heartbeat) clearInterval(this.heartbeat);
    for (const person of [...this.people.values()]) for (const s of [...person.streams]) this.close(s);
    this.people.clear();
    // A connection being made ends itself when it sees the hub stopped.
    await this.connecting?.catch(() => {});
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => {});
  }

  /** Open streams and people in this process. */
  stats(): { streams: number; people: number; listening: boolean } {
    let streams = 0;
    for (const p of this.people.values()) streams += p.streams.length;
    return { streams, people: this.people.size, listening: this.listener !== null };
  }

  /**
   * A stream of the person's events: those after `after` first (a reconnect's Last-Event-ID), then
   * each new one as it is published. Without `after`, only events published from now on.
   */
  async open(userId: string, after: bigint | null): Promise<ReadableStream<Uint8Array>> {
    await this.start();
    let stream: Stream | undefined;
    const readable = new ReadableStream<Uint8Array>({
      start: (controller) => {
        stream = { userId, last: null, controller, openedAt: Date.now(), closed: false };
      },
      cancel: () => {
        if (stream) this.close(stream);
      },
    });
    const s = stream!;
    const retry = this.limits.retryMinMs + Math.random() * (this.limits.retryMaxMs - this.limits.retryMinMs);
    this.write(s, retryFrame(retry));
    if (this.stopped) {
      // Shutting down: the browser comes back (to another process) after the retry.
      this.close(s);
      return readable;
    }
    let person = this.people.get(userId);
    if (!person) {
      person = { streams: [], chain: Promise.resolve() };
      this.people.set(userId, person);
    }
    person.streams.push(s);
    while (person.streams.length > this.limits.streamsPerUser) this.close(person.streams[0]!);
    this.enqueue(userId, person, async () => {
      if (after === null) {
        const row = await this.opts.db.selectFrom('live_events').select((eb) => eb.fn.max('id').as('max')).where('user_id', '=', userId).executeTakeFirst();
        s.last = BigInt(row?.max ?? 0);
        this.write(s, cursorFrame(s.last));
      } else {
        s.last = after;
        await this.catchUp(userId, [s]);
      }
    });
    return readable;
  }

  // --- The listening connection -------------------------------------------------------------

  private listen(): Promise<void> {
    const attempt = this.connect().finally(() => {
      if (this.connecting === attempt) this.connecting = null;
    });
    this.connecting = attempt;
    return attempt;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.opts.url, keepAlive: true, application_name: 'hunar live' });
    client.on('error', (e) => this.lost(client, e));
    client.on('end', () => this.lost(client));
    client.on('notification', (n) => {
      if (n.channel === LIVE_CHANNEL) this.announced(n.payload);
    });
    const drop = async () => {
      client.removeAllListeners();
      client.on('error', () => {});
      await client.end().catch(() => {});
    };
    try {
      await client.connect();
      await client.query(`LISTEN ${LIVE_CHANNEL}`);
    } catch (e) {
      await drop();
      throw e;
    }
    if (this.stopped) return drop();
    this.listener = client;
    if (!this.heartbeat) {
      this.heartbeat = setInterval(() => this.beat(), this.limits.heartbeatMs);
      this.heartbeat.unref();
    }
  }

  /** The listening connection dropped: streams stay open, and catch up once it is back. */
  private lost(client: pg.Client, err?: Error): void {
    if (this.listener !== client || this.stopped) return;
    this.listener = null;
    this.opts.log.warn({ err }, 'live events: the listening connection was lost; reconnecting');
    this.reconnect();
  }

  private reconnect(): void {
    if (this.stopped || this.reconnectTimer) return;
    const delay = reconnectDelay(this.attempts++, Math.random(), this.limits);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      this.listen().then(
        () => {
          this.attempts = 0;
          this.counts.reconnects += 1;
          this.opts.log.info('live events: listening again');
          // What was published while nobody listened is in the table.
          for (const [userId, person] of this.people) this.enqueue(userId, person, () => this.catchUp(userId, person.streams));
        },
        (e) => {
          this.opts.log.warn({ err: e }, 'live events: could not listen yet');
          this.reconnect();
        },
      );
    }, delay);
    this.reconnectTimer.unref();
  }

  private announced(payload: string | undefined): void {
    this.counts.announcements += 1;
    const a = readAnnouncement(payload);
    if (a.kind === 'events') {
      const byUser = new Map<string, LiveEvent[]>();
      for (const e of a.events) if (this.people.has(e.userId)) byUser.set(e.userId, [...(byUser.get(e.userId) ?? []), e]);
      for (const [userId, events] of byUser) {
        const person = this.people.get(userId)!;
        this.enqueue(userId, person, async () => {
          for (const e of events) this.deliver(person.streams, e);
        });
      }
      return;
    }
    const userIds = a.kind === 'users' ? a.userIds : [...this.people.keys()];
    for (const userId of userIds) {
      const person = this.people.get(userId);
      if (person) this.enqueue(userId, person, () => this.catchUp(userId, person.streams));
    }
  }

  // --- Streams ------------------------------------------------------------------------------

  private enqueue(userId: string, person: Person, work: () => Promise<void>): void {
    person.chain = person.chain.then(work).catch((e) => {
      // A stream that may have missed events ends; its browser reconnects and resumes from its id.
      this.opts.log.warn({ err: e, userId }, 'live events: could not read events; closing the streams to resume');
      for (const s of [...person.streams]) this.close(s);
    });
  }

  /** Reads the person's events after the smallest id these streams have written, and writes each where it is new. */
  private async catchUp(userId: string, streams: readonly Stream[]): Promise<void> {
    const open = streams.filter((s) => !s.closed && s.last !== null);
    if (open.length === 0) return;
    this.counts.catchUps += 1;
    // bigint ids (Math.min takes numbers only).
    let from = open[0]!.last!;
    for (const s of open) if (s.last! < from) from = s.last!;
    for (;;) {
      const rows = await this.opts.db
        .selectFrom('live_events')
        .select(['id', 'name', 'data'])
        .where('user_id', '=', userId)
        .where('id', '>', from.toString())
        .orderBy('id')
        .limit(this.limits.catchUpBatch)
        .execute();
      for (const r of rows) this.deliver(open, { id: r.id, userId, name: r.name, data: r.data });
      if (rows.length < this.limits.catchUpBatch) return;
      from = BigInt(rows[rows.length - 1]!.id);
    }
  }

  private deliver(streams: readonly Stream[], e: LiveEvent): void {
    const id = BigInt(e.id);
    let frame: string | undefined;
    for (const s of streams) {
      if (s.closed || s.last === null || id <= s.last) continue;
      frame ??= eventFrame(e);
      this.write(s, frame);
      s.last = id;
      this.counts.delivered += 1;
    }
  }

  private write(s: Stream, text: string): void {
    if (s.closed) return;
    // A reader that stopped reading (a phone gone to sleep behind a proxy) is let go: it reconnects
    // and resumes from its last id, instead of growing a queue here.
    if ((s.controller.desiredSize ?? 0) < -this.limits.queuedMax) {
      this.close(s);
      return;
    }
    try {
      s.controller.enqueue(encoder.encode(text));
    } catch {
      this.close(s);
    }
  }

  private close(s: Stream): void {
    if (s.closed) return;
    s.closed = true;
    try {
      s.controller.close();
    } catch {
      // Already cancelled by the client.
    }
    const person = this.people.get(s.userId);
    if (!person) return;
    const i = person.streams.indexOf(s);
    if (i >= 0) person.streams.splice(i, 1);
    if (person.streams.length === 0) this.people.delete(s.userId);
  }

  /** A heartbeat on every stream; a stream past its age is closed (the browser reconnects at once). */
  private beat(): void {
    const now = Date.now();
    for (const person of [...this.people.values()]) {
      for (const s of [...person.streams]) {
        if (now - s.openedAt >= this.limits.streamMaxMs) this.close(s);
        else this.write(s, heartbeatFrame);
      }
    }
  }
}

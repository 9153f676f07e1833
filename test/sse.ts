// Reads a text/event-stream response as a client would, for the live events tests: frames as they
// arrive (events, `id:`-only frames, `retry:`, comments), waiting for one with a deadline.

export interface SseFrame {
  id?: string;
  event?: string;
  data?: string;
  retry?: string;
  comment?: string;
}

export class SseReader {
  readonly frames: SseFrame[] = [];
  ended = false;
  private buffer = '';
  private waiters = new Set<() => void>();
  private reader: ReadableStreamDefaultReader<Uint8Array>;

  constructor(body: ReadableStream<Uint8Array> | null) {
    if (!body) throw new Error('the response has no body');
    this.reader = body.getReader();
    void this.pump();
  }

  /** Events (frames with data), in the order received. */
  get events(): { id: string; event: string; data: unknown }[] {
    return this.frames.filter((f) => f.data !== undefined).map((f) => ({ id: f.id ?? '', event: f.event ?? 'message', data: JSON.parse(f.data!) }));
  }

  /** The id a browser would send back as Last-Event-ID now. */
  get lastEventId(): string | undefined {
    return this.frames.filter((f) => f.id !== undefined).at(-1)?.id;
  }

  private async pump(): Promise<void> {
    const decoder = new TextDecoder();
    try {
      for (;;) {
        const { value, done } = await this.reader.read();
        if (done) break;
        this.buffer += decoder.decode(value, { stream: true });
        let end = this.buffer.indexOf('\n\n');
        while (end >= 0) {
          this.frames.push(parse(this.buffer.slice(0, end)));
          this.buffer = this.buffer.slice(end + 2);
          end = this.buffer.indexOf('\n\n');
        }
        this.wake();
      }
    } catch {
      // Cancelled.
    }
    this.ended = true;
    this.wake();
  }

  private wake(): void {
    for (const w of [...this.waiters]) w();
  }

  /** Waits until `ok` holds of what was received (checked on every frame), or fails after `ms`. */
  async until(ok: (r: SseReader) => boolean, ms: number, what = 'the expected frames'): Promise<void> {
    if (ok(this)) return;
    await new Promise<void>((resolve, reject) => {
      const check = () => {
        if (ok(this)) done(resolve);
        else if (this.ended) done(() => reject(new Error(`the stream ended before ${what}; got ${JSON.stringify(this.frames)}`)));
      };
      const timer = setTimeout(() => done(() => reject(new Error(`no ${what} within ${ms} ms; got ${JSON.stringify(this.frames)}`))), ms);
      const done = (then: () => void) => {
        clearTimeout(timer);
        this.waiters.delete(check);
        then();
      };
      this.waiters.add(check);
    });
  }

  /** Waits for the stream to end (the server closed it). */
  ends(ms: number): Promise<void> {
    return this.until((r) => r.ended, ms, 'the end of the stream');
  }

  async close(): Promise<void> {
    await this.reader.cancel().catch(() => {});
  }
}

function parse(block: string): SseFrame {
  const f: SseFrame = {};
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) {
      f.comment = line.slice(1).trim();
      continue;
    }
    const i = line.indexOf(':');
    const field = i < 0 ? line : line.slice(0, i);
    const value = i < 0 ? '' : line.slice(i + 1).replace(/^ /, '');
    if (field === 'id' || field === 'event' || field === 'retry') f[field] = value;
    else if (field === 'data') f.data = f.data === undefined ? value : `${f.data}\n${value}`;
  }
  return f;
}

// Live events (issue 18; docs/decisions/0048-live-events.md): one row per person an event is for,
// written by publish() inside the transaction of the change it reports. The id is the stream's
// `id:` and the Last-Event-ID a reconnecting page sends back; a stream reads one person's rows after
// that id, hence the (user_id, id) index. Rows are kept for a day (the live.prune job): a page away
// for longer reloads anyway. The BRIN index on created_at lets the prune find old rows for almost no
// upkeep, since rows arrive in time order.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE live_events (
      id bigserial PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      name text NOT NULL,
      data jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX live_events_user_id ON live_events (user_id, id)`.execute(db);
  await sql`CREATE INDEX live_events_created_at ON live_events USING brin (created_at)`.execute(db);
}

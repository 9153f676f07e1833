// Live events take their id, their turn and their NOTIFY at commit (docs/decisions/0048).
//
// publish() used to take each person's turn (an advisory lock) when it was called, in the middle of
// the caller's transaction, and hold it to commit. A transaction that published to one person and
// then to another (a notification, then the order's change), or that locked an order row after
// publishing, could wait in a circle with another doing the same the other way round: the soak test
// met that deadlock as a 500 on cancelling an order.
//
// Now publish() only inserts the rows, with a temporary negative id. A deferred constraint trigger
// runs when the transaction commits, after all its other work: the first of its rows takes the
// turns of every person the transaction published to, at once and in sorted order, and each row
// then gets its real id from the table's sequence and is announced on the hunar_live channel. At
// that point the transaction waits for nothing else, so the turns cannot form a circle; and since a
// person's ids are handed out inside their turn, a person's events become visible in id order and
// a stream resuming after id N still misses nothing.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE SEQUENCE live_events_pending_id`.execute(db);
  await sql`
    CREATE FUNCTION live_events_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      final_id bigint;
      full_payload text;
    BEGIN
      IF current_setting('hunar.live_turns_taken', true) IS DISTINCT FROM '1' THEN
        PERFORM set_config('hunar.live_turns_taken', '1', true);
        -- Only this transaction's rows are uncommitted with a negative id and visible here.
        PERFORM pg_advisory_xact_lock(48040, k)
        FROM (SELECT DISTINCT ('x' || left(user_id::text, 8))::bit(32)::int AS k FROM live_events WHERE id < 0 ORDER BY 1) AS turns;
      END IF;
      final_id := nextval('live_events_id_seq');
      UPDATE live_events SET id = final_id WHERE id = NEW.id;
      full_payload := json_build_object('e', json_build_array(json_build_array(final_id::text, NEW.user_id, NEW.name, NEW.data)))::text;
      IF octet_length(full_payload) <= 7500 THEN
        PERFORM pg_notify('hunar_live', full_payload);
      ELSE
        PERFORM pg_notify('hunar_live', json_build_object('u', json_build_array(NEW.user_id))::text);
      END IF;
      RETURN NULL;
    END
    $$`.execute(db);
  await sql`
    CREATE CONSTRAINT TRIGGER live_events_at_commit AFTER INSERT ON live_events
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION live_events_at_commit()`.execute(db);
}

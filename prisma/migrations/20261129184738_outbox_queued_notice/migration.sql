-- raw SQL: every statement that queues emails tells the job workers, through a notification on the
-- channel "tandem_outbox" that PostgreSQL delivers when the transaction commits (lib/jobs/outbox-listener.ts).
CREATE FUNCTION "outbox_email_queued"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('tandem_outbox', '');
  RETURN NULL;
END
$$;

CREATE TRIGGER "OutboxEmail_queued"
  AFTER INSERT ON "OutboxEmail"
  FOR EACH STATEMENT EXECUTE FUNCTION "outbox_email_queued"();

import pg from "pg";

// Emails go out soon after they are queued, not only at the next scheduled delivery. A trigger on
// the outbox (migration "outbox_queued_notice") sends a PostgreSQL notification on this channel
// for every statement that adds emails. PostgreSQL delivers it only when that transaction commits,
// so a worker never looks for an email before it can be read, and an email of a change that was
// rolled back wakes nobody. Every worker listens; the queue keeps it to one delivery run.

export const outboxChannel = "tandem_outbox";

const reconnectMs = 5_000;

export type OutboxListener = { close: () => Promise<void> };

/**
 * Calls `onQueued` after each commit that queued emails, and once on (re)connecting, for what was
 * queued while nobody listened. A lost connection is opened again after a few seconds; meanwhile
 * the schedule still delivers every minute.
 */
export function listenForQueuedEmails(
  databaseUrl: string,
  onQueued: () => void,
  log: (message: string) => void = (message) => console.error(message),
): OutboxListener {
  let client: pg.Client | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  const retryLater = () => {
    if (closed) return;
    retry = setTimeout(() => void open(), reconnectMs);
    retry.unref();
  };

  const drop = (lost: pg.Client, error?: Error) => {
    if (client !== lost) return;
    client = null;
    if (error && !closed) log(`The outbox listener lost its connection (${error.message}); trying again shortly.`);
    lost.removeAllListeners();
    lost.on("error", () => undefined);
    lost.end().catch(() => undefined);
    retryLater();
  };

  const open = async () => {
    const candidate = new pg.Client({ connectionString: databaseUrl, application_name: "tandem-outbox-listener" });
    candidate.on("error", (error) => drop(candidate, error));
    candidate.on("end", () => drop(candidate));
    candidate.on("notification", () => onQueued());
    try {
      client = candidate;
      await candidate.connect();
      await candidate.query(`LISTEN ${outboxChannel}`);
      // Closed meanwhile: close() has ended this connection already.
      if (!closed) onQueued();
    } catch (error) {
      drop(candidate, error instanceof Error ? error : new Error(String(error)));
    }
  };

  void open();
  return {
    close: async () => {
      closed = true;
      clearTimeout(retry);
      const current = client;
      client = null;
      if (current) {
        current.removeAllListeners();
        current.on("error", () => undefined);
        await current.end().catch(() => undefined);
      }
    },
  };
}

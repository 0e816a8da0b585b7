import { SMTPServer } from "smtp-server";

// A real SMTP server on a local port that keeps what it receives, for tests that need what a
// person finds in their inbox (a one-time link exists nowhere else). Used by the integration
// tests of delivery and accounts, and by the browser tests' global setup (tests/setup/e2e-mail.ts).

export type CapturedMail = { to: string[]; subject: string; text: string; raw: string };

export type LinkKind = "set-password" | "reset-password" | "login/link" | "apply/confirm" | "reminders/off";

/** Bytes written as =XX and soft line breaks (=CRLF) back into UTF-8 text. */
function decodeQuotedPrintable(encoded: string): string {
  const joined = encoded.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let index = 0; index < joined.length; index++) {
    const hex = joined.slice(index + 1, index + 3);
    if (joined[index] === "=" && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      index += 2;
    } else {
      bytes.push(joined.charCodeAt(index));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

/** A header's encoded words (=?UTF-8?Q?…?= or =?UTF-8?B?…?=) as text. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_match, kind: string, text: string) =>
      kind.toUpperCase() === "B" ? Buffer.from(text, "base64").toString("utf8") : decodeQuotedPrintable(text.replace(/_/g, " ")),
    );
}

/** The subject and plain-text body of a single-part message as nodemailer writes it. */
export function parseMail(raw: string, to: string[]): CapturedMail {
  const split = raw.indexOf("\r\n\r\n");
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const body = raw.slice(split + 4);
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, "im").exec(head)?.[1]?.trim() ?? "";
  const encoding = header("Content-Transfer-Encoding").toLowerCase();
  const text =
    encoding === "quoted-printable"
      ? decodeQuotedPrintable(body)
      : encoding === "base64"
        ? Buffer.from(body, "base64").toString("utf8")
        : body;
  return { to, subject: decodeHeader(header("Subject")), text: text.replace(/\r\n/g, "\n"), raw };
}

/** The one-time link of a kind ("set-password", "reset-password") in a message's text, as a path. */
export function linkIn(text: string, kind: LinkKind): string | null {
  return new RegExp(`/${kind}/[A-Za-z0-9_-]+`).exec(text)?.[0] ?? null;
}

export type SmtpCapture = { port: number; received: CapturedMail[]; close: () => Promise<void> };

export async function startSmtpCapture({
  port = 0,
  onMail,
}: { port?: number; onMail?: (mail: CapturedMail) => void } = {}): Promise<SmtpCapture> {
  const received: CapturedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString()));
      stream.on("end", () => {
        const mail = parseMail(
          raw,
          session.envelope.rcptTo.map((rcpt) => rcpt.address),
        );
        received.push(mail);
        onMail?.(mail);
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  const address = server.server.address() as { port: number };
  return { port: address.port, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

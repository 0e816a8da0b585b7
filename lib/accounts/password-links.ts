import type { Db } from "@/lib/db/client";
import type { Locale, Prisma } from "@/lib/generated/prisma/client";
import { appUrl } from "@/lib/app-url";
import { createOneTimeToken, passwordLinkDays } from "@/lib/auth/one-time-tokens";
import { enqueueEmail } from "@/lib/email/outbox";
import { paths } from "@/lib/paths";

type Client = Db | Prisma.TransactionClient;

/**
 * Emails a person a one-time link to choose their password (a new account, an accepted
 * application, an invitation, a new coordinator). Call it inside the transaction that gave
 * them access, so the email goes out only if that change was saved.
 */
export async function sendPasswordLink(
  client: Client,
  user: { id: string; name: string; email: string; locale: Locale },
  programme: { id: string; name: string },
): Promise<void> {
  const token = await createOneTimeToken(client, user.id, "SET_PASSWORD");
  await enqueueEmail(client, {
    to: user.email,
    locale: user.locale,
    template: "setPassword",
    params: { name: user.name, programme: programme.name, days: passwordLinkDays, link: appUrl(paths.setPassword(token)) },
    userId: user.id,
    programmeId: programme.id,
  });
}

import type { Db } from "@/lib/db/client";
import type { Locale, Prisma } from "@/lib/generated/prisma/client";
import { paths } from "@/lib/paths";
import { appUrl } from "@/lib/app-url";
import { issueOneTimeToken, passwordLinkDays, resetLinkMinutes } from "@/lib/auth/one-time-tokens";
import { enqueueEmail } from "@/lib/email/outbox";
import { textIn } from "@/lib/i18n/bilingual";

// The emails that carry a one-time link, and the notice that follows a new password. A link is
// made only when its email is delivered and goes to the account's own address: nobody reads it
// in the outbox. Call these inside the transaction of the change they belong to, so an email
// goes out only if that change was saved.

type Client = Db | Prisma.TransactionClient;
type Recipient = { id: string; name: string; email: string; locale: Locale };

/**
 * A link to choose the first password of an account without one: a new account (an accepted
 * application, an invitation, a new coordinator), or one a coordinator of the person's programme
 * sends again. Earlier set-password links of the account stop working.
 */
export async function sendPasswordLink(
  client: Client,
  user: Recipient,
  programme: { id: string; name: string; nameEn?: string | null },
): Promise<void> {
  const oneTimeTokenId = await issueOneTimeToken(client, user.id, "SET_PASSWORD");
  await enqueueEmail(client, {
    to: user.email,
    locale: user.locale,
    template: "setPassword",
    params: { name: user.name, programme: textIn(user.locale, programme.name, programme.nameEn), days: passwordLinkDays },
    userId: user.id,
    programmeId: programme.id,
    oneTimeTokenId,
  });
}

/** A link to choose a new password, asked for by the account's owner. About no programme: no coordinator sees it. */
export async function sendResetLink(client: Client, user: Recipient): Promise<void> {
  const oneTimeTokenId = await issueOneTimeToken(client, user.id, "RESET_PASSWORD");
  await enqueueEmail(client, {
    to: user.email,
    locale: user.locale,
    template: "passwordReset",
    params: { name: user.name, minutes: resetLinkMinutes },
    userId: user.id,
    oneTimeTokenId,
  });
}

/** Tells the owner that the account's password was changed, with the way back in if it was not them. */
export async function sendPasswordChangedNotice(client: Client, user: Recipient): Promise<void> {
  await enqueueEmail(client, {
    to: user.email,
    locale: user.locale,
    template: "passwordChanged",
    params: { name: user.name, link: appUrl(paths.forgotPassword()) },
    userId: user.id,
  });
}

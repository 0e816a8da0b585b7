import { appUrl } from "@/lib/app-url";
import { paths } from "@/lib/paths";
import { newOneTimeTokenRows, passwordLinkDays } from "@/lib/auth/one-time-tokens";
import { outboxRows } from "@/lib/email/outbox-batch";
import type { EmailRequest } from "@/lib/email/outbox";
import type { Db } from "@/lib/db/client";
import type { CohortStatus, Locale, Prisma } from "@/lib/generated/prisma/client";
import type { NewParticipant } from "@/lib/participants/participant-admin-schemas";
import { insertRows, newId, type BulkColumn } from "@/lib/participants/participant-admin-bulk";
import { participationColumns, participationSqlColumns } from "@/lib/profiles/profile-columns";
import { textIn } from "@/lib/i18n/bilingual";

// Adding people to a cohort on a coordinator's initiative: one invitation or a whole CSV file take
// the same path, in a fixed number of statements however many people there are (one lookup of
// existing accounts, then one insert each for accounts, participations, links, emails and audit
// entries, each with its rows as one JSON parameter: see participant-admin-bulk.ts).
// Runs inside the caller's transaction. The caller has authorized the cohort and checked that
// nobody is in it already and that no address appears twice; the unique keys stop a race.
// Plain module (no server-only), so the import benchmark runs it as the app does.

/** The cohort people are added to, with what their profiles are checked against. */
export type AddTarget = {
  id: string;
  name: string;
  nameEn: string | null;
  status: CohortStatus;
  defaultMentorCapacity: number;
  programme: { id: string; name: string; nameEn: string | null };
  /** The programme's professional fields that take new participants. */
  fields: Array<{ id: string; key: string; nameSv: string; nameEn: string }>;
};

export async function getAddTarget(client: Db | Prisma.TransactionClient, cohortId: string): Promise<AddTarget | null> {
  const cohort = await client.cohort.findUnique({
    where: { id: cohortId },
    select: {
      id: true,
      name: true,
      nameEn: true,
      status: true,
      defaultMentorCapacity: true,
      programme: {
        select: {
          id: true,
          name: true,
          nameEn: true,
          fields: { where: { active: true }, orderBy: { sortOrder: "asc" }, select: { id: true, key: true, nameSv: true, nameEn: true } },
        },
      },
    },
  });
  if (!cohort) return null;
  const { programme, ...rest } = cohort;
  return { ...rest, programme: { id: programme.id, name: programme.name, nameEn: programme.nameEn }, fields: programme.fields };
}

export type AddContext = {
  cohort: { id: string; name: string; nameEn: string | null };
  programme: { id: string; name: string; nameEn: string | null };
  actorId: string;
  via: "invite" | "import";
};

export type AddResult = {
  participationIds: string[];
  newAccounts: number;
  existingAccounts: number;
  /**
   * How many were sent a link to choose a password: the new accounts. An account that existed
   * before (perhaps from another programme) gets a notice instead; its owner asks for a link.
   */
  passwordLinks: number;
  emails: number;
};

// The columns the bulk inserts write (see participant-admin-bulk.ts); the others take their defaults.
const userColumns: BulkColumn[] = [
  ["id", "uuid"],
  ["email", "text"],
  ["name", "text"],
  ["locale", '"Locale"'],
  ["updatedAt", "timestamp(3)"],
];

const participationTableColumns: BulkColumn[] = [
  ["id", "uuid"],
  ["cohortId", "uuid"],
  ["userId", "uuid"],
  ["role", '"ParticipantRole"'],
  ["status", '"ParticipationStatus"'],
  ...participationSqlColumns,
  ["updatedAt", "timestamp(3)"],
];

const tokenColumns: BulkColumn[] = [
  ["id", "uuid"],
  ["userId", "uuid"],
  ["purpose", '"TokenPurpose"'],
  ["expiresAt", "timestamp(3)"],
];

const outboxColumns: BulkColumn[] = [
  ["id", "uuid"],
  ["toEmail", "text"],
  ["userId", "uuid"],
  ["programmeId", "uuid"],
  ["locale", '"Locale"'],
  ["template", "text"],
  ["subject", "text"],
  ["bodyText", "text"],
  ["dedupeKey", "text"],
  ["oneTimeTokenId", "uuid"],
];

const auditColumns: BulkColumn[] = [
  ["actorId", "uuid"],
  ["action", "text"],
  ["entityType", "text"],
  ["entityId", "text"],
  ["subjectUserId", "uuid"],
  ["programmeId", "uuid"],
  ["details", "jsonb"],
];

type Account = { id: string; name: string; locale: Locale };

export async function addParticipants(tx: Prisma.TransactionClient, context: AddContext, people: NewParticipant[]): Promise<AddResult> {
  if (people.length === 0) return { participationIds: [], newAccounts: 0, existingAccounts: 0, passwordLinks: 0, emails: 0 };

  // A person has one account: someone known from an earlier cohort keeps theirs (and its name and language).
  const existing = await tx.user.findMany({
    where: { email: { in: people.map((person) => person.email) } },
    select: { id: true, email: true, name: true, locale: true },
  });
  const accounts = new Map<string, Account>(
    existing.map((user) => [user.email as string, { id: user.id, name: user.name, locale: user.locale }]),
  );
  const now = new Date();
  const fresh = people.filter((person) => !accounts.has(person.email));
  const newUsers = fresh.map((person) => ({ id: newId(), email: person.email, name: person.name, locale: person.locale, updatedAt: now }));
  await insertRows(tx, "User", userColumns, newUsers);
  for (const user of newUsers) {
    accounts.set(user.email, { id: user.id, name: user.name, locale: user.locale });
  }
  const accountOf = (person: NewParticipant) => accounts.get(person.email) as Account;

  const participations = people.map((person) => ({
    ...participationColumns(person.profile, person.professionalFieldId),
    id: newId(),
    cohortId: context.cohort.id,
    userId: accountOf(person).id,
    role: person.role,
    status: "INVITED",
    updatedAt: now,
  }));
  await insertRows(tx, "Participation", participationTableColumns, participations);

  // A new account gets a link to choose its password, made only when the email is delivered (see
  // lib/auth/one-time-tokens.ts). Anyone who had an account already, perhaps from another
  // programme, gets a notice instead; its owner asks for a link with "Forgot your password?".
  const links = newOneTimeTokenRows(
    newUsers.map((user) => user.id),
    "SET_PASSWORD",
  ).map((row) => ({ ...row, id: newId() }));
  await insertRows(tx, "OneTimeToken", tokenColumns, links);
  const linkOf = new Map(links.map((link) => [link.userId, link.id]));
  const emails = outboxRows(
    people.map((person): EmailRequest => {
      const account = accountOf(person);
      const oneTimeTokenId = linkOf.get(account.id);
      const params = {
        name: account.name,
        programme: textIn(account.locale, context.programme.name, context.programme.nameEn),
        cohort: textIn(account.locale, context.cohort.name, context.cohort.nameEn),
        role: person.role,
      };
      return {
        to: person.email,
        locale: account.locale,
        template: oneTimeTokenId ? "invitation.setPassword" : "invitation.signIn",
        params: oneTimeTokenId ? { ...params, days: passwordLinkDays } : { ...params, link: appUrl(paths.login()) },
        userId: account.id,
        programmeId: context.programme.id,
        oneTimeTokenId,
      };
    }),
  );
  await insertRows(
    tx,
    "OutboxEmail",
    outboxColumns,
    emails.map((row) => ({ ...row, id: newId() })),
  );

  const newAccountIds = new Set(newUsers.map((user) => user.id));
  await insertRows(
    tx,
    "AuditEntry",
    auditColumns,
    participations.map((participation) => ({
      actorId: context.actorId,
      action: "participant.invite",
      entityType: "Participation",
      entityId: participation.id,
      subjectUserId: participation.userId,
      programmeId: context.programme.id,
      details: { via: context.via, newAccount: newAccountIds.has(participation.userId) },
    })),
  );

  return {
    participationIds: participations.map((participation) => participation.id),
    newAccounts: newAccountIds.size,
    existingAccounts: people.length - newAccountIds.size,
    passwordLinks: links.length,
    emails: emails.length,
  };
}

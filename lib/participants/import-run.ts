import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { addParticipants, type AddResult, type AddTarget } from "@/lib/participants/participant-admin-add";
import { readImportCsv, type ParsedImport } from "@/lib/participants/import-csv";
import { latestProfilesInProgramme, withEarlierProfile } from "@/lib/participants/returning-profiles";

// The CSV import from the file's text to saved participants. The preview and the confirmation run
// the same check: nothing is kept on the server between the two, the confirmation sends the text
// again and it is checked again before anything is written. Writing is all or nothing (one
// transaction). Plain module taking the client (no server-only), so scripts/bench-import.ts
// measures exactly what the action runs. Callers authorize the cohort first.

export type ImportCheck = ParsedImport & {
  /**
   * Addresses of people who take part in the programme already, in this cohort or another. Only
   * that is said: whether an address has an account elsewhere in Tandem is not the coordinator's
   * to know, so the check never looks.
   */
  inProgramme: Set<string>;
  /** True when neither the file nor any row has a problem. */
  ready: boolean;
};

/** Reads the file and checks every row, including against the people already in the cohort. */
export async function checkImport(client: Db, target: AddTarget, text: string): Promise<ImportCheck> {
  const parsed = readImportCsv(text, { fields: target.fields, defaultMentorCapacity: target.defaultMentorCapacity });
  if (target.status === "CLOSED") parsed.fileProblems.unshift({ column: null, key: "import.problems.cohortClosed" });

  // Rows with other problems are looked up too, so the preview lists all of a row's problems at once.
  const emails = [...new Set(parsed.rows.map((row) => row.shown.email.trim().toLowerCase()).filter(Boolean))];
  const participants = emails.length
    ? await client.participation.findMany({
        where: { cohort: { programmeId: target.programme.id }, user: { email: { in: emails } } },
        select: { cohortId: true, user: { select: { email: true } } },
      })
    : [];
  const emailsOf = (list: typeof participants) => new Set(list.flatMap((participation) => participation.user?.email ?? []));
  const taken = emailsOf(participants.filter((participation) => participation.cohortId === target.id));
  for (const row of parsed.rows) {
    if (taken.has(row.shown.email.trim().toLowerCase())) {
      row.problems.push({ column: "email", key: "import.problems.alreadyInCohort" });
      row.person = null;
    }
  }

  // People who took part in the programme before keep their field, and what their row leaves out
  // comes from their latest profile there, as for an invitation.
  const returning = await latestProfilesInProgramme(
    client,
    target.programme.id,
    emails.filter((email) => !taken.has(email)),
  );
  for (const row of parsed.rows) {
    const earlier = row.person && returning.get(row.person.email);
    if (!row.person || !earlier) continue;
    if (earlier.fieldKey !== row.person.profile.fieldKey) {
      // Named by its key, which the file may use in either language.
      row.problems.push({ column: "field", key: "import.problems.otherField", values: { field: earlier.fieldKey } });
      row.person = null;
    } else {
      row.person.profile = withEarlierProfile(row.person.profile, row.filledIn, earlier);
    }
  }

  const ready = parsed.fileProblems.length === 0 && parsed.rows.every((row) => row.person !== null);
  return { ...parsed, inProgramme: emailsOf(participants), ready };
}

export type ImportOutcome =
  | { ok: true; imported: number; result: AddResult }
  /** `changed`: the check passed, but someone was added or got an account meanwhile; checked again. */
  | { ok: false; check: ImportCheck; changed: boolean };

/** Checks the file again and, when every row is fine, adds everyone in one transaction. */
export async function importParticipants(client: Db, target: AddTarget, actorId: string, text: string): Promise<ImportOutcome> {
  const check = await checkImport(client, target, text);
  if (!check.ready) return { ok: false, check, changed: false };
  const people = check.rows.map((row) => row.person!);
  try {
    const result = await client.$transaction(
      (tx) =>
        addParticipants(
          tx,
          { cohort: { id: target.id, name: target.name, nameEn: target.nameEn }, programme: target.programme, actorId, via: "import" },
          people,
        ),
      // Thousands of rows take longer than the default five seconds.
      { maxWait: 10_000, timeout: 60_000 },
    );
    return { ok: true, imported: people.length, result };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, check: await checkImport(client, target, text), changed: true };
    }
    throw error;
  }
}

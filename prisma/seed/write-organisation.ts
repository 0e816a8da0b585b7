import type { CohortPlan, ParticipationPlan } from "@/prisma/seed/plan-types";
import { DEMO_PROGRAMME_PHONE, type Person } from "@/prisma/seed/people";
import type { ParticipationRow, Writing, Written } from "@/prisma/seed/write-context";
import { createCohort, type CohortWithSessions } from "@/tests/factories/cohorts";
import { addDays, atUtcTime } from "@/tests/factories/dates";
import { appointAdmin, createOrganization } from "@/tests/factories/organizations";
import { buildParticipationData } from "@/tests/factories/participations";
import { appointCoordinator, createProgramme, fieldId, type ProgrammeWithFields } from "@/tests/factories/programmes";
import { buildUserData } from "@/tests/factories/users";

// Writes the people, the organisation and its programme, the cohorts and who takes part in them.

export const DEMO_ORGANIZATION_NAME = "Föreningen Yrkesbryggan";
export const DEMO_PROGRAMME_NAME = "Mentorskapsprogrammet för nyanlända akademiker";
const DEMO_PROGRAMME_DESCRIPTION =
  "Ett program för dig som är ny i Sverige och har en akademisk utbildning. Du får en mentor med samma " +
  "utbildningsbakgrund som du. Under sju månader träffas ni ungefär en gång i månaden. Ni pratar om hur " +
  "man söker jobb i Sverige, om svenskt arbetsliv och om din bransch. Mentorn kan också hjälpa dig att " +
  "träffa nya kontakter. Alla deltagare träffas dessutom på tre gemensamma utbildningsträffar. Målet är " +
  "att du ska få ett arbete som motsvarar din utbildning.";

/** Whom participants contact about the programme: its office, rather than one coordinator. */
const DEMO_PROGRAMME_CONTACT = {
  contactName: "Programkansliet",
  contactEmail: "mentorskap@demo.tandem.se",
  contactPhone: DEMO_PROGRAMME_PHONE,
};

/** Everyone gets the demo password, so any participant can be tried out. */
async function writeAccounts(w: Writing, passwordHash: string): Promise<(person: Person) => string> {
  const userRows = await Promise.all(
    w.plan.people.all.map((person) => buildUserData({ email: person.email, name: person.name, locale: person.locale, passwordHash })),
  );
  const users = await w.tx.user.createManyAndReturn({ data: userRows, select: { id: true, email: true } });
  const userIds = new Map(users.map((user) => [user.email, user.id]));
  w.counts.users = users.length;
  return (person) => {
    const id = userIds.get(person.email);
    if (!id) throw new Error(`No account for ${person.email}`);
    return id;
  };
}

async function writeProgramme(w: Writing, userIdOf: (person: Person) => string) {
  const organization = await createOrganization(w.tx, { name: DEMO_ORGANIZATION_NAME });
  await appointAdmin(w.tx, { organizationId: organization.id, userId: userIdOf(w.plan.admin) });
  const programme: ProgrammeWithFields = await createProgramme(w.tx, {
    organizationId: organization.id,
    name: DEMO_PROGRAMME_NAME,
    description: DEMO_PROGRAMME_DESCRIPTION,
    defaultCohortMonths: 7,
    jointSessionCount: 3,
    meetingIntervalDays: 30,
  });
  await w.tx.programme.update({ where: { id: programme.id }, data: DEMO_PROGRAMME_CONTACT });
  const coordinatorId = userIdOf(w.plan.coordinator);
  await appointCoordinator(w.tx, { programmeId: programme.id, userId: coordinatorId });
  return { programme, coordinatorId };
}

async function writeCohorts(w: Writing, programmeId: string): Promise<(cohortPlan: CohortPlan) => CohortWithSessions> {
  const cohorts = new Map<CohortPlan, CohortWithSessions>();
  for (const cohortPlan of w.plan.cohorts) {
    cohorts.set(
      cohortPlan,
      await createCohort(w.tx, {
        programmeId,
        name: cohortPlan.name,
        status: cohortPlan.status,
        startDate: cohortPlan.start,
        endDate: cohortPlan.end,
        applicationOpensAt: atUtcTime(addDays(cohortPlan.start, -80), 8),
        applicationClosesAt: atUtcTime(addDays(cohortPlan.start, -35), 22),
        publicKey: w.rng.token(20),
        // The cohort being matched lets its mentees rank mentors from a shortlist.
        menteeWishesEnabled: cohortPlan.status === "MATCHING",
        sessionLocation: "Folkets hus, Stockholm",
      }),
    );
  }
  w.counts.cohorts = cohorts.size;
  return (cohortPlan) => cohorts.get(cohortPlan) as CohortWithSessions;
}

/** Participations, with the day each person applied (and consented). */
async function writeParticipations(w: Omit<Written, "participationOf" | "appliedOn">) {
  const appliedOn = new Map<ParticipationPlan, Date>();
  const participationRows = w.plan.cohorts.flatMap((cohortPlan) =>
    cohortPlan.participations.map((participation) => {
      const { fieldKey, ...profile } = participation.profile;
      const applied = atUtcTime(addDays(cohortPlan.start, -w.rng.int(40, 78)), w.rng.int(7, 21));
      appliedOn.set(participation, applied);
      return buildParticipationData({
        ...profile,
        cohortId: w.cohortOf(cohortPlan).id,
        userId: w.userIdOf(participation.person),
        role: participation.role,
        professionalFieldId: fieldId(w.programme, fieldKey),
        status: participation.status,
        consentAt: applied,
      });
    }),
  );
  const participations = await w.tx.participation.createManyAndReturn({
    data: participationRows,
    select: { id: true, cohortId: true, userId: true, role: true, professionalFieldId: true },
  });
  const participationIds = new Map(participations.map((row) => [`${row.cohortId}|${row.userId}`, row]));
  w.counts.participations = participations.length;
  const participationOf = (cohortPlan: CohortPlan, participation: ParticipationPlan): ParticipationRow => {
    const row = participationIds.get(`${w.cohortOf(cohortPlan).id}|${w.userIdOf(participation.person)}`);
    if (!row) throw new Error(`No participation for ${participation.person.email} in ${cohortPlan.name}`);
    return row;
  };
  return { participationOf, appliedOn };
}

/** Writes everything the rest of the demo refers to: accounts, the organisation, cohorts and participations. */
export async function writeOrganisation(w: Writing, passwordHash: string): Promise<Written> {
  const userIdOf = await writeAccounts(w, passwordHash);
  const { programme, coordinatorId } = await writeProgramme(w, userIdOf);
  const cohortOf = await writeCohorts(w, programme.id);
  const base = { ...w, programme, coordinatorId, userIdOf, cohortOf };
  return { ...base, ...(await writeParticipations(base)) };
}

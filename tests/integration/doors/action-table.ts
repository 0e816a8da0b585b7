import { expect } from "vitest";
import { cookies } from "next/headers";
import { db } from "@/lib/db";
import { CRITERIA, SWITCHABLE_RULES } from "@/lib/matching/matching-types";
import { shortlistFor } from "@/lib/matching-board/wishes";
import { boardVersion } from "@/tests/integration/matching/matching-fixtures";
import { paths } from "@/lib/paths";
import type { DoorWorld } from "@/tests/factories/door-world";
import { uniqueSuffix } from "@/tests/factories/factory-db";
import { TEST_PASSWORD } from "@/tests/factories/users";
import { verifyPassword } from "@/lib/auth/password";
import type { TokenPurpose } from "@/lib/generated/prisma/client";
import type { ActionEntry, ActionTable, Answer, FormFields, Person } from "./action-doors";

// The authorization matrix's input for the server actions: one entry per action of the app, by
// module and export. Each says who may do it, how its bound ids and a valid form are built from the
// door world (tests/factories/door-world.ts), and what success looks like. The matrix runs each as
// someone signed out, a participant of another pair, a coordinator of another programme and the
// rightful person; the fuzzing sends the rightful person's form in hundreds of broken shapes.
// A new action fails both tests until it has its entry here.

const state = (answer: Answer) => ("state" in answer ? answer.state : { redirect: answer.redirect });
const done = (answer: Answer) => expect(state(answer)).toMatchObject({ ok: true });
const redirected = (answer: Answer) => ("redirect" in answer ? answer.redirect : `no redirect: ${JSON.stringify(answer.state)}`);

const coordinatorA = (w: DoorWorld) => w.coordinatorA;
const adminA = (w: DoorWorld) => w.adminA;
const matchingCohort = (w: DoorWorld) => [w.matching.cohort.id];
const activeCohort = (w: DoorWorld) => [w.a.cohort.id];

const cohortForm = (name: string): FormFields => ({
  name,
  startDate: "2031-09-01",
  endDate: "",
  applicationOpensAt: "",
  applicationClosesAt: "",
  defaultMentorCapacity: "2",
  menteeWishesEnabled: "on",
});
const cohortFields = { required: ["name", "startDate", "defaultMentorCapacity"], checkboxes: ["menteeWishesEnabled"] };

const sessionForm: FormFields = {
  title: "Door session",
  date: "2031-10-01",
  startTime: "17:00",
  endTime: "19:00",
  location: "Stockholm",
  description: "",
};
const sessionRequired = ["title", "date", "startTime", "endTime"];

const programmeForm = (name: string): FormFields => ({
  name,
  description: "A programme of the door world.",
  fieldKeys: ["law", "economics"],
  defaultCohortMonths: "7",
  jointSessionCount: "3",
  meetingIntervalDays: "30",
  retentionMonths: "120",
  contactName: "Programme office",
  contactEmail: "office@example.test",
  contactPhone: "08-465 004 00",
});
const programmeRequired = ["name", "fieldKeys", "defaultCohortMonths", "jointSessionCount", "meetingIntervalDays", "retentionMonths"];

const profileForm = (name: string): FormFields => ({
  name,
  phone: "070-123 45 67",
  city: "Uppsala",
  region: "",
  fieldKey: "economics",
  meetingPreference: "REMOTE",
  "language.sv": "good",
  "language.ar": "fluent",
  goalTags: "network",
});

const settingsForm: FormFields = {
  ...Object.fromEntries(CRITERIA.map((criterion) => [`weight-${criterion}`, "4"])),
  ...Object.fromEntries(SWITCHABLE_RULES.map((rule) => [`rule-${rule}`, "on"])),
  minimumScore: "12",
};

const NEW_PASSWORD = "a long door password";
const hasPassword = async (person: Person, password: string) => {
  const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: person.id }, select: { passwordHash: true } });
  return passwordHash !== null && (await verifyPassword(passwordHash, password));
};
const sessionVersionOf = async (person: Person) =>
  (await db.user.findUniqueOrThrow({ where: { id: person.id }, select: { sessionVersion: true } })).sessionVersion;
/** The emails queued to the person that will carry a link of this purpose. */
const linksQueued = (person: Person, purpose: TokenPurpose) =>
  db.outboxEmail.count({ where: { userId: person.id, oneTimeToken: { purpose } } });

const participation = (id: string) => db.participation.findUniqueOrThrow({ where: { id } });

const matchingBoard: Record<string, ActionEntry> = {
  suggestAllAction: {
    rightful: coordinatorA,
    bound: matchingCohort,
    succeeded: async (answer, w) => {
      done(answer);
      expect(await db.auditEntry.count({ where: { action: "matching.suggest", entityId: w.matching.cohort.id } })).toBe(1);
    },
  },
  changeProposalAction: {
    rightful: coordinatorA,
    bound: (w) => [w.matching.cohort.id, w.matching.proposal.id],
    form: () => ({ intent: "accept" }),
    required: ["intent"],
    smuggled: [
      {
        why: "a swap names a proposal of another programme's cohort",
        who: (w) => w.coordinatorB,
        bound: (w) => [w.b.cohort.id, w.b.pairs[0]!.pair.id],
        form: (w) => ({ intent: "swap", swapWith: w.matching.proposal.id }),
      },
      {
        why: "a coordinator of programme B binds their own cohort to programme A's proposal",
        who: (w) => w.coordinatorB,
        bound: (w) => [w.b.cohort.id, w.matching.proposal.id],
        form: () => ({ intent: "accept" }),
      },
    ],
    succeeded: async (answer, w) => {
      done(answer);
      expect((await db.pair.findUniqueOrThrow({ where: { id: w.matching.proposal.id } })).acceptedAt).not.toBeNull();
    },
  },
  removeExclusionAction: {
    rightful: coordinatorA,
    bound: (w) => [w.matching.cohort.id, w.matching.exclusion.id],
    smuggled: [
      {
        why: "a coordinator of programme B binds their own cohort to programme A's exclusion",
        who: (w) => w.coordinatorB,
        bound: (w) => [w.b.cohort.id, w.matching.exclusion.id],
        form: () => ({}),
      },
    ],
    succeeded: async (answer, w) => {
      done(answer);
      expect(await db.matchExclusion.count({ where: { id: w.matching.exclusion.id } })).toBe(0);
    },
  },
  saveMatchingSettingsAction: {
    rightful: coordinatorA,
    bound: matchingCohort,
    form: () => settingsForm,
    required: [...CRITERIA.map((criterion) => `weight-${criterion}`), "minimumScore"],
    checkboxes: SWITCHABLE_RULES.map((rule) => `rule-${rule}`),
    succeeded: async (answer, w) => {
      done(answer);
      expect((await db.cohort.findUniqueOrThrow({ where: { id: w.matching.cohort.id } })).minMatchScore).toBe(12);
    },
  },
};

const wishes: Record<string, ActionEntry> = {
  saveWishesAction: {
    rightful: (w) => w.matching.waitingMenteeUser,
    otherParticipant: (w) => w.matching.otherMenteeUser,
    bound: (w) => [w.matching.waitingMentee.id],
    form: async (w) => {
      const shortlist = await shortlistFor(db, w.matching.cohort.id, w.matching.waitingMentee.id);
      return Object.fromEntries(shortlist.map((mentorId, index) => [`choice-${mentorId}`, index === 0 ? "1" : ""]));
    },
    required: "all",
    smuggled: [
      {
        why: "the mentee ranks a mentor of another programme's cohort",
        who: (w) => w.matching.waitingMenteeUser,
        bound: (w) => [w.matching.waitingMentee.id],
        form: (w) => ({ [`choice-${w.b.pairs[0]!.mentor.id}`]: "1" }),
      },
    ],
    succeeded: async (answer, w) => {
      done(answer);
      expect(await db.menteeWish.count({ where: { menteeParticipationId: w.matching.waitingMentee.id } })).toBe(1);
    },
  },
};

const cohorts: Record<string, ActionEntry> = {
  createCohortAction: {
    rightful: coordinatorA,
    bound: (w) => [w.programmeA.id],
    form: () => cohortForm("Door cohort"),
    ...cohortFields,
    succeeded: async (answer, w) => {
      const cohort = await db.cohort.findFirstOrThrow({ where: { name: "Door cohort", programmeId: w.programmeA.id } });
      expect(redirected(answer)).toBe(paths.cohort(cohort.id));
    },
  },
  updateCohortAction: {
    rightful: coordinatorA,
    bound: activeCohort,
    form: () => cohortForm("Renamed cohort"),
    ...cohortFields,
    succeeded: async (answer, w) => {
      done(answer);
      expect((await db.cohort.findUniqueOrThrow({ where: { id: w.a.cohort.id } })).name).toBe("Renamed cohort");
    },
  },
  closeCohortAction: {
    rightful: coordinatorA,
    bound: (w) => [w.closing.cohort.id],
    // As sent by the button that goes ahead after the question; without it nothing changes.
    form: () => ({ confirmed: "yes" }),
    required: ["confirmed"],
    succeeded: async (answer, w) => {
      done(answer);
      const cohort = await db.cohort.findUniqueOrThrow({ where: { id: w.closing.cohort.id } });
      expect(cohort.status).toBe("CLOSED");
      expect(cohort.closedAt).not.toBeNull();
      expect(await db.pair.findUniqueOrThrow({ where: { id: w.closing.pair.id } })).toMatchObject({
        status: "ENDED",
        endedAs: "COHORT_CLOSED",
      });
    },
  },
  changeCohortStatusAction: {
    rightful: coordinatorA,
    bound: (w) => [w.recruiting.cohort.id],
    form: () => ({ status: "MATCHING" }),
    required: ["status"],
    succeeded: async (answer, w) => {
      done(answer);
      expect((await db.cohort.findUniqueOrThrow({ where: { id: w.recruiting.cohort.id } })).status).toBe("MATCHING");
    },
  },
};

const cohortArchive: Record<string, ActionEntry> = {
  archiveCohortAction: {
    rightful: coordinatorA,
    bound: (w) => [w.archive.emptyCohort.id],
    succeeded: async (answer, w) => {
      expect(redirected(answer)).toBe(paths.archive({ archived: "cohort" }));
      expect((await db.cohort.findUniqueOrThrow({ where: { id: w.archive.emptyCohort.id } })).archivedAt).not.toBeNull();
    },
  },
  restoreCohortAction: {
    rightful: coordinatorA,
    bound: (w) => [w.archive.archivedCohort.id],
    succeeded: async (answer, w) => {
      expect(redirected(answer)).toBe(paths.cohort(w.archive.archivedCohort.id));
      expect((await db.cohort.findUniqueOrThrow({ where: { id: w.archive.archivedCohort.id } })).archivedAt).toBeNull();
    },
  },
};

const programmeArchive: Record<string, ActionEntry> = {
  archiveProgrammeAction: {
    rightful: adminA,
    bound: (w) => [w.archive.emptyProgramme.id],
    succeeded: async (answer, w) => {
      expect(redirected(answer)).toBe(paths.archive({ archived: "programme" }));
      expect((await db.programme.findUniqueOrThrow({ where: { id: w.archive.emptyProgramme.id } })).archivedAt).not.toBeNull();
    },
  },
  restoreProgrammeAction: {
    rightful: adminA,
    bound: (w) => [w.archive.archivedProgramme.id],
    succeeded: async (answer, w) => {
      expect(redirected(answer)).toBe(paths.programme(w.archive.archivedProgramme.id));
      expect((await db.programme.findUniqueOrThrow({ where: { id: w.archive.archivedProgramme.id } })).archivedAt).toBeNull();
    },
  },
};

const jointSessions: Record<string, ActionEntry> = {
  updateJointSessionAction: {
    rightful: coordinatorA,
    bound: (w) => [w.a.cohort.sessions[0]!.id],
    form: () => sessionForm,
    required: sessionRequired,
    succeeded: async (answer, w) => {
      done(answer);
      expect((await db.jointSession.findUniqueOrThrow({ where: { id: w.a.cohort.sessions[0]!.id } })).title).toBe("Door session");
    },
  },
  addJointSessionAction: {
    rightful: coordinatorA,
    bound: activeCohort,
    form: () => sessionForm,
    required: sessionRequired,
    succeeded: async (answer, w) => {
      done(answer);
      expect(await db.jointSession.count({ where: { cohortId: w.a.cohort.id, title: "Door session" } })).toBe(1);
    },
  },
  removeJointSessionAction: {
    rightful: coordinatorA,
    bound: (w) => [w.a.cohort.sessions[2]!.id],
    // As sent by the button that goes ahead after the question; without it nothing is removed.
    form: () => ({ confirmed: "yes" }),
    required: ["confirmed"],
    succeeded: async (answer, w) => {
      done(answer);
      expect(await db.jointSession.count({ where: { id: w.a.cohort.sessions[2]!.id } })).toBe(0);
    },
  },
};

/** Every active participant of programme A's running cohort, as the attendance form sends them: two exceptions. */
async function attendanceForm(w: DoorWorld): Promise<FormFields> {
  const people = await db.participation.findMany({ where: { cohortId: w.a.cohort.id, status: "ACTIVE" }, select: { id: true } });
  return Object.fromEntries(
    people.map((person) => [
      `attendance.${person.id}`,
      person.id === w.a.pairs[0]!.mentee.id ? "ABSENT" : person.id === w.a.pairs[0]!.mentor.id ? "EXCUSED" : "PRESENT",
    ]),
  );
}

const attendance: Record<string, ActionEntry> = {
  saveAttendanceAction: {
    rightful: coordinatorA,
    bound: (w) => [w.a.cohort.sessions[0]!.id],
    form: attendanceForm,
    succeeded: async (answer, w) => {
      done(answer);
      const marks = await db.sessionAttendance.findMany({ where: { sessionId: w.a.cohort.sessions[0]!.id } });
      expect(marks.length).toBeGreaterThan(2);
      expect(marks.find((mark) => mark.participationId === w.a.pairs[0]!.mentee.id)).toMatchObject({
        status: "ABSENT",
        markedById: w.coordinatorA.id,
      });
      expect(marks.find((mark) => mark.participationId === w.a.pairs[0]!.mentor.id)?.status).toBe("EXCUSED");
    },
    smuggled: [
      {
        why: "a participant of another programme's cohort on programme A's attendance form",
        who: coordinatorA,
        form: (w) => ({ [`attendance.${w.b.pairs[0]!.mentee.id}`]: "PRESENT" }),
      },
      {
        why: "a participant of another cohort of the same programme",
        who: coordinatorA,
        form: (w) => ({ [`attendance.${w.matching.mentees[0]!.id}`]: "PRESENT" }),
      },
    ],
  },
};

const pairs: Record<string, ActionEntry> = {
  publishMatchingAction: {
    rightful: coordinatorA,
    bound: matchingCohort,
    form: async (w) => ({ board: await boardVersion(w.matching.cohort.id) }),
    required: ["board"],
    succeeded: async (answer, w) => {
      done(answer);
      expect((await db.pair.findUniqueOrThrow({ where: { id: w.matching.proposal.id } })).status).toBe("ACTIVE");
    },
  },
  unpublishPairAction: {
    rightful: coordinatorA,
    bound: (w) => [w.matching.cohort.id, w.matching.published.id],
    smuggled: [
      {
        why: "a coordinator of programme B binds their own cohort to programme A's published pair",
        who: (w) => w.coordinatorB,
        bound: (w) => [w.b.cohort.id, w.matching.published.id],
        form: () => ({}),
      },
    ],
    succeeded: async (answer, w) => {
      done(answer);
      expect(await db.pair.findUniqueOrThrow({ where: { id: w.matching.published.id } })).toMatchObject({
        status: "PROPOSED",
        publishedAt: null,
      });
    },
  },
  endPairAction: {
    rightful: coordinatorA,
    bound: (w) => [w.a.pairs[0]!.pair.id],
    form: () => ({ reason: "Moved to another city." }),
    required: ["reason"],
    succeeded: async (answer, w) => {
      done(answer);
      expect((await db.pair.findUniqueOrThrow({ where: { id: w.a.pairs[0]!.pair.id } })).status).toBe("ENDED");
    },
  },
  chooseMentorAction: {
    rightful: coordinatorA,
    bound: matchingCohort,
    form: (w) => ({ menteeId: w.matching.waitingMentee.id, mentorId: w.matching.freeMentor.id }),
    required: ["menteeId", "mentorId"],
    smuggled: [
      {
        why: "a coordinator of programme B replaces programme A's published pair from their own cohort",
        who: (w) => w.coordinatorB,
        bound: (w) => [w.b.cohort.id],
        form: (w) => ({
          menteeId: w.matching.published.menteeParticipationId,
          mentorId: w.matching.freeMentor.id,
          replacing: w.matching.published.id,
        }),
      },
      {
        why: "a coordinator of programme B names programme A's mentee and mentor for their own cohort",
        who: (w) => w.coordinatorB,
        bound: (w) => [w.b.cohort.id],
        form: (w) => ({ menteeId: w.matching.waitingMentee.id, mentorId: w.matching.freeMentor.id }),
      },
    ],
    succeeded: async (answer, w) => {
      done(answer);
      expect(await db.pair.count({ where: { menteeParticipationId: w.matching.waitingMentee.id, status: "PROPOSED" } })).toBe(1);
    },
  },
};

const participantAdmin: Record<string, ActionEntry> = {
  inviteParticipantAction: {
    rightful: coordinatorA,
    bound: activeCohort,
    form: () => ({
      role: "MENTEE",
      name: "Invited Person",
      email: `invited-${uniqueSuffix()}@example.test`,
      fieldKey: "law",
      phone: "",
      city: "Malmö",
      locale: "en",
      "language.ar": "fluent",
    }),
    required: ["role", "name", "email", "fieldKey", "locale"],
    succeeded: async (answer, w) => {
      done(answer);
      expect(await db.participation.count({ where: { cohortId: w.a.cohort.id, user: { name: "Invited Person" } } })).toBe(1);
    },
  },
  updateParticipantProfileAction: {
    rightful: coordinatorA,
    bound: (w) => [w.a.pairs[0]!.mentee.id],
    form: () => profileForm("Renamed By Coordinator"),
    required: ["name", "fieldKey"],
    succeeded: async (answer, w) => {
      done(answer);
      expect((await participation(w.a.pairs[0]!.mentee.id)).city).toBe("Uppsala");
    },
  },
  changeParticipationAction: {
    rightful: coordinatorA,
    bound: (w) => [w.a.pairs[1]!.mentee.id],
    form: () => ({ intent: "withdraw", reason: "Found a job in another city." }),
    required: ["intent", "reason"],
    succeeded: async (answer, w) => {
      done(answer);
      expect((await participation(w.a.pairs[1]!.mentee.id)).status).toBe("WITHDRAWN");
    },
  },
};

const importing: Record<string, ActionEntry> = {
  importParticipantsAction: {
    rightful: coordinatorA,
    bound: activeCohort,
    form: () => ({
      intent: "confirm",
      fileName: "people.csv",
      csv: `role,name,email,field,phone,city,languages\nmentee,Imported Person,imported-${uniqueSuffix()}@example.test,law,,Uppsala,ar:fluent sv:good`,
    }),
    required: ["intent", "csv"],
    outcome: (answer) => ((answer as { stage?: unknown }).stage === "done" ? "done" : "refused"),
    succeeded: (answer) => {
      expect(state(answer)).toMatchObject({ stage: "done", imported: 1 });
    },
  },
};

const ownProfile: Record<string, ActionEntry> = {
  updateOwnProfileAction: {
    rightful: (w) => w.a.pairs[0]!.menteeUser,
    otherParticipant: (w) => w.a.pairs[1]!.menteeUser,
    bound: (w) => [w.a.pairs[0]!.mentee.id],
    form: () => profileForm("Renamed By Herself"),
    required: ["name", "fieldKey"],
    succeeded: async (answer, w) => {
      done(answer);
      expect((await db.user.findUniqueOrThrow({ where: { id: w.a.pairs[0]!.menteeUser.id } })).name).toBe("Renamed By Herself");
    },
  },
};

const programmes: Record<string, ActionEntry> = {
  createProgrammeAction: {
    rightful: adminA,
    form: (w) => ({ ...programmeForm("Door programme"), organizationId: w.programmeA.organizationId }),
    required: [...programmeRequired, "organizationId"],
    smuggled: [
      {
        why: "an administrator of organisation A names programme B's organisation",
        who: adminA,
        form: (w) => ({ ...programmeForm("Smuggled programme"), organizationId: w.programmeB.organizationId }),
      },
    ],
    succeeded: async (answer, w) => {
      const programme = await db.programme.findFirstOrThrow({
        where: { name: "Door programme", organizationId: w.programmeA.organizationId },
      });
      expect(redirected(answer)).toBe(paths.programme(programme.id));
    },
  },
  updateProgrammeAction: {
    rightful: coordinatorA,
    bound: (w) => [w.programmeA.id],
    form: () => programmeForm("Renamed programme"),
    required: programmeRequired,
    succeeded: async (answer, w) => {
      done(answer);
      expect((await db.programme.findUniqueOrThrow({ where: { id: w.programmeA.id } })).name).toBe("Renamed programme");
    },
  },
  appointCoordinatorAction: {
    rightful: adminA,
    bound: (w) => [w.programmeA.id],
    form: () => ({ name: "Appointed Person", email: `appointed-${uniqueSuffix()}@example.test` }),
    required: ["name", "email"],
    succeeded: async (answer, w) => {
      done(answer);
      expect(await db.coordinatorAppointment.count({ where: { programmeId: w.programmeA.id, user: { name: "Appointed Person" } } })).toBe(
        1,
      );
    },
  },
  removeCoordinatorAction: {
    rightful: adminA,
    bound: (w) => [w.programmeA.id, w.secondCoordinator.id],
    // As sent by the button that goes ahead after the question; without it nothing is removed.
    form: () => ({ confirmed: "yes" }),
    required: ["confirmed"],
    succeeded: async (answer, w) => {
      done(answer);
      expect(await db.coordinatorAppointment.count({ where: { programmeId: w.programmeA.id, userId: w.secondCoordinator.id } })).toBe(0);
    },
  },
};

const accounts: Record<string, Record<string, ActionEntry>> = {
  "lib/accounts/sign-in-actions.ts": {
    signInAction: {
      rightful: "anyone",
      form: (w) => ({ email: w.a.pairs[0]!.mentorUser.email!, password: TEST_PASSWORD }),
      required: ["email", "password"],
      mayChangeOnRefusal: { tables: ["RateLimit"], why: "a wrong password is counted towards the sign-in throttle" },
      succeeded: async (answer, w) => {
        expect(redirected(answer)).toBe(paths.home());
        expect((await db.user.findUniqueOrThrow({ where: { id: w.a.pairs[0]!.mentorUser.id } })).lastSignInAt).not.toBeNull();
      },
    },
    signOutAction: {
      rightful: "anyone",
      plainForm: true,
      succeeded: (answer) => {
        expect(redirected(answer)).toBe(paths.login());
      },
    },
    signOutOtherDevicesAction: {
      rightful: (w) => w.a.pairs[0]!.mentorUser,
      ownAccount: true,
      succeeded: async (answer, _w, person) => {
        done(answer);
        expect((await sessionVersionOf(person!)) > 0).toBe(true);
      },
    },
  },
  "lib/accounts/password-actions.ts": {
    setPasswordAction: {
      rightful: "anyone",
      bound: (w) => [w.invitee.passwordToken],
      form: () => ({ password: NEW_PASSWORD, confirm: NEW_PASSWORD }),
      required: ["password", "confirm"],
      succeeded: async (answer, w) => {
        expect(redirected(answer)).toBe(paths.home());
        expect(await hasPassword(w.invitee.user, NEW_PASSWORD)).toBe(true);
      },
    },
    resetPasswordAction: {
      rightful: "anyone",
      bound: (w) => [w.forgetful.resetToken],
      form: () => ({ password: NEW_PASSWORD, confirm: NEW_PASSWORD }),
      required: ["password", "confirm"],
      succeeded: async (answer, w) => {
        expect(redirected(answer)).toBe(paths.home());
        expect(await hasPassword(w.forgetful.user, NEW_PASSWORD)).toBe(true);
      },
    },
    changePasswordAction: {
      rightful: (w) => w.a.pairs[0]!.mentorUser,
      ownAccount: true,
      form: () => ({ currentPassword: TEST_PASSWORD, password: NEW_PASSWORD, confirm: NEW_PASSWORD }),
      required: ["currentPassword", "password", "confirm"],
      mayChangeOnRefusal: { tables: ["RateLimit"], why: "a wrong current password is counted towards its throttle" },
      succeeded: async (answer, _w, person) => {
        done(answer);
        expect(await hasPassword(person!, NEW_PASSWORD)).toBe(true);
      },
    },
  },
  "lib/accounts/password-link-actions.ts": {
    requestPasswordResetAction: {
      rightful: "anyone",
      form: (w) => ({ email: w.forgetful.user.email! }),
      required: ["email"],
      mayChangeOnRefusal: { tables: ["RateLimit"], why: "every request counts towards the throttle of its address" },
      succeeded: async (answer, w) => {
        done(answer);
        expect(await linksQueued(w.forgetful.user, "RESET_PASSWORD")).toBe(1);
      },
    },
    resendPasswordLinkAction: {
      rightful: coordinatorA,
      bound: (w) => [w.invitee.participation.id],
      succeeded: async (answer, w) => {
        done(answer);
        expect(await linksQueued(w.invitee.user, "SET_PASSWORD")).toBe(1);
      },
    },
  },
  "lib/accounts/sign-in-link-actions.ts": {
    sendSignInLinkAction: {
      rightful: "anyone",
      form: (w) => ({ email: w.forgetful.user.email! }),
      required: ["email"],
      mayChangeOnRefusal: { tables: ["RateLimit"], why: "every request counts towards the throttle of its address" },
      succeeded: async (answer, w) => {
        done(answer);
        expect(await linksQueued(w.forgetful.user, "SIGN_IN")).toBe(1);
      },
    },
    signInWithLinkAction: {
      rightful: "anyone",
      bound: (w) => [w.signInLink.token],
      succeeded: async (answer, w) => {
        expect(redirected(answer)).toBe(paths.home());
        expect((await db.user.findUniqueOrThrow({ where: { id: w.signInLink.user.id } })).lastSignInAt).not.toBeNull();
      },
    },
  },
};

const applications: Record<string, ActionEntry> = {
  decideApplicationAction: {
    rightful: coordinatorA,
    bound: (w) => [w.recruiting.application.id],
    form: () => ({ decision: "waitlist" }),
    required: ["decision"],
    succeeded: async (answer, w) => {
      done(answer);
      expect((await db.application.findUniqueOrThrow({ where: { id: w.recruiting.application.id } })).status).toBe("WAITLISTED");
    },
  },
  decideApplicationsAction: {
    rightful: coordinatorA,
    bound: (w) => [w.recruiting.cohort.id],
    form: (w) => ({ decision: "waitlist", applicationIds: [w.recruiting.application.id] }),
    required: ["decision", "applicationIds"],
    smuggled: [
      {
        why: "a coordinator of programme B ticks programme A's application in their own cohort's table",
        who: (w) => w.coordinatorB,
        bound: (w) => [w.b.cohort.id],
        form: (w) => ({ decision: "waitlist", applicationIds: [w.recruiting.application.id] }),
      },
    ],
    succeeded: async (answer, w) => {
      done(answer);
      expect((await db.application.findUniqueOrThrow({ where: { id: w.recruiting.application.id } })).status).toBe("WAITLISTED");
    },
  },
};

const applying: Record<string, ActionEntry> = {
  submitApplicationAction: {
    rightful: "anyone",
    bound: (w) => [w.recruiting.cohort.publicKey, "MENTEE"],
    form: () => ({
      name: "Door Applicant",
      email: `door-applicant-${uniqueSuffix()}@example.test`,
      phone: "+46 70 123 45 67",
      city: "Uppsala",
      fieldKey: "law",
      "language.ar": "fluent",
      "language.sv": "good",
      goalTags: ["qualified_job", "network"],
      meetingPreference: "IN_PERSON",
      consent: "yes",
    }),
    required: ["name", "email", "fieldKey", "consent"],
    succeeded: async (answer, w) => {
      expect(redirected(answer)).toBe(paths.applyThanks(w.recruiting.cohort.publicKey));
      expect(await db.application.count({ where: { cohortId: w.recruiting.cohort.id, name: "Door Applicant" } })).toBe(1);
    },
  },
  confirmApplicationChangeAction: {
    rightful: "anyone",
    bound: (w) => [w.recruiting.changeToken],
    succeeded: async (answer, w) => {
      done(answer);
      expect((await db.application.findUniqueOrThrow({ where: { id: w.recruiting.application.id } })).name).toBe("Applicant A, renamed");
    },
  },
};

const reminders: Record<string, ActionEntry> = {
  saveReminderSettingsAction: {
    rightful: (w) => w.a.pairs[0]!.mentorUser,
    ownAccount: true,
    form: () => ({ on: ["CONFIRM_MEETING"] }),
    succeeded: async (answer, _w, person) => {
      done(answer);
      const off = await db.reminderOptOut.findMany({ where: { userId: person!.id }, select: { kind: true } });
      expect(off.map((row) => row.kind).sort()).toEqual(["JOINT_SESSION", "LOG_MEETING"]);
    },
  },
  turnOffRemindersAction: {
    rightful: "anyone",
    bound: (w) => [w.reminderOff.token],
    succeeded: async (answer, w) => {
      done(answer);
      expect(await db.reminderOptOut.count({ where: { userId: w.reminderOff.user.id, kind: "LOG_MEETING" } })).toBe(1);
    },
  },
};

const firstMentor = (w: DoorWorld) => w.a.pairs[0]!.mentorUser;
const firstMentee = (w: DoorWorld) => w.a.pairs[0]!.menteeUser;
const mentorsMeeting = (w: DoorWorld) => [w.meetings.byMentor.id];
const meetingRow = (id: string) => db.meeting.findUnique({ where: { id } });
/** Today in Stockholm, a day any meeting of a running pair may be logged on. */
const today = () => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" }).format(new Date());
const meetingForm = (): FormFields => ({
  heldOn: today(),
  durationMinutes: "45",
  mode: "PHONE",
  topics: ["networking", "career_plan"],
  sharedNotes: "Door meeting",
  privateNote: "Door private note",
});
const meetingRequired = ["heldOn", "durationMinutes", "mode"];
/** The partner of a meeting's author may read it, and is still refused its author's doors. */
const partnersDoor = (why: string) => [{ why, who: firstMentee, bound: mentorsMeeting, form: meetingForm }];

const meetings: Record<string, ActionEntry> = {
  logMeetingAction: {
    rightful: firstMentee,
    bound: (w) => [w.a.pairs[0]!.pair.id],
    form: meetingForm,
    required: meetingRequired,
    succeeded: async (answer, w, person) => {
      expect(redirected(answer)).toMatch(new RegExp(`^${paths.pair("MENTEE", w.a.pairs[0]!.pair.id)}#meeting-`));
      const logged = await db.meeting.findFirstOrThrow({ where: { pairId: w.a.pairs[0]!.pair.id, sharedNotes: "Door meeting" } });
      expect(logged).toMatchObject({ loggedById: person!.id, durationMinutes: 45, mode: "PHONE", confirmedAt: null });
      expect(await db.meetingPrivateNote.count({ where: { meetingId: logged.id, authorId: person!.id } })).toBe(1);
      const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "meeting.log", entityId: logged.id } });
      expect(JSON.stringify(audit.details)).not.toContain("Door private note");
    },
  },
  editMeetingAction: {
    rightful: firstMentor,
    bound: mentorsMeeting,
    form: meetingForm,
    required: meetingRequired,
    smuggled: partnersDoor("the mentee changes the meeting the mentor logged"),
    succeeded: async (answer, w) => {
      expect(redirected(answer)).toBe(paths.meetingLogged("MENTOR", w.a.pairs[0]!.pair.id, w.meetings.byMentor.id));
      expect(await meetingRow(w.meetings.byMentor.id)).toMatchObject({ durationMinutes: 45, mode: "PHONE", sharedNotes: "Door meeting" });
    },
  },
  deleteMeetingAction: {
    rightful: firstMentor,
    bound: mentorsMeeting,
    // As sent by the button that goes ahead after the question; without it nothing is deleted.
    form: () => ({ confirmed: "yes" }),
    required: ["confirmed"],
    smuggled: [
      {
        why: "the mentee deletes the meeting the mentor logged",
        who: firstMentee,
        bound: mentorsMeeting,
        form: () => ({ confirmed: "yes" }),
      },
    ],
    succeeded: async (answer, w) => {
      done(answer);
      expect(await meetingRow(w.meetings.byMentor.id)).toBeNull();
      expect(await db.auditEntry.count({ where: { action: "meeting.delete", entityId: w.meetings.byMentor.id } })).toBe(1);
    },
  },
  confirmMeetingAction: {
    rightful: firstMentee,
    bound: mentorsMeeting,
    smuggled: [
      { why: "the mentor confirms the meeting they logged themselves", who: firstMentor, bound: mentorsMeeting, form: () => ({}) },
    ],
    succeeded: async (answer, w, person) => {
      done(answer);
      expect(await meetingRow(w.meetings.byMentor.id)).toMatchObject({ confirmedById: person!.id, disputedAt: null });
    },
  },
  disputeMeetingAction: {
    rightful: firstMentee,
    bound: mentorsMeeting,
    form: () => ({ disputeNote: "We never met that day." }),
    smuggled: [
      {
        why: "the mentor disputes the meeting they logged themselves",
        who: firstMentor,
        bound: mentorsMeeting,
        form: () => ({ disputeNote: "x" }),
      },
    ],
    succeeded: async (answer, w, person) => {
      done(answer);
      expect(await meetingRow(w.meetings.byMentor.id)).toMatchObject({ disputedById: person!.id, disputeNote: "We never met that day." });
    },
  },
};

const goal = (id: string) => db.pairGoal.findUniqueOrThrow({ where: { id }, include: { notes: true } });

const goals: Record<string, ActionEntry> = {
  addGoalAction: {
    rightful: firstMentee,
    otherParticipant: (w) => w.a.pairs[1]!.menteeUser,
    bound: (w) => [w.a.pairs[0]!.pair.id],
    form: () => ({ title: "Get an interview", description: "For a job as an accountant." }),
    required: ["title"],
    succeeded: async (answer, w) => {
      done(answer);
      expect(await db.pairGoal.count({ where: { pairId: w.a.pairs[0]!.pair.id, title: "Get an interview" } })).toBe(1);
    },
  },
  updateGoalAction: {
    rightful: firstMentor,
    bound: (w) => [w.goals.open.id],
    form: () => ({ title: "Door goal, renamed", description: "" }),
    required: ["title"],
    succeeded: async (answer, w) => {
      done(answer);
      expect((await goal(w.goals.open.id)).title).toBe("Door goal, renamed");
    },
  },
  addGoalNoteAction: {
    rightful: firstMentor,
    bound: (w) => [w.goals.open.id],
    form: () => ({ text: "We rewrote the CV together." }),
    required: ["text"],
    succeeded: async (answer, w, person) => {
      done(answer);
      const row = await goal(w.goals.open.id);
      expect(row.notes).toMatchObject([{ text: "We rewrote the CV together.", authorId: person!.id }]);
      expect(row.status).toBe("IN_PROGRESS");
    },
  },
  closeGoalAction: {
    rightful: firstMentee,
    otherParticipant: (w) => w.a.pairs[1]!.menteeUser,
    bound: (w) => [w.goals.open.id],
    form: () => ({ outcome: "ACHIEVED" }),
    required: ["outcome"],
    succeeded: async (answer, w) => {
      done(answer);
      expect(await goal(w.goals.open.id)).toMatchObject({ status: "ACHIEVED", closedAt: expect.any(Date) });
    },
  },
  reopenGoalAction: {
    rightful: firstMentor,
    bound: (w) => [w.goals.achieved.id],
    succeeded: async (answer, w) => {
      done(answer);
      expect(await goal(w.goals.achieved.id)).toMatchObject({ status: "OPEN", closedAt: null });
    },
  },
  moveGoalAction: {
    rightful: firstMentee,
    otherParticipant: (w) => w.a.pairs[1]!.menteeUser,
    bound: (w) => [w.goals.achieved.id],
    form: () => ({ direction: "up" }),
    required: ["direction"],
    succeeded: async (answer, w) => {
      done(answer);
      const order = await db.pairGoal.findMany({ where: { pairId: w.a.pairs[0]!.pair.id }, orderBy: { sortOrder: "asc" } });
      expect(order.map((row) => row.id)).toEqual([w.goals.achieved.id, w.goals.open.id]);
    },
  },
};

const pairHealth: Record<string, ActionEntry> = {
  savePairNoteAction: {
    rightful: coordinatorA,
    // The pair's own mentor finds nothing: the note is for coordinators, never for the pair
    // (the mentee is tried in tests/integration/pair-health).
    otherParticipant: (w) => w.a.pairs[0]!.mentorUser,
    bound: (w) => [w.a.pairs[0]!.pair.id],
    form: () => ({ note: "Called the mentee: a new job since March, meetings start again in May." }),
    succeeded: async (answer, w) => {
      done(answer);
      const pairId = w.a.pairs[0]!.pair.id;
      expect(await db.pairCoordinatorNote.findUnique({ where: { pairId } })).toMatchObject({
        text: "Called the mentee: a new job since March, meetings start again in May.",
        updatedById: w.coordinatorA.id,
      });
      expect(await db.auditEntry.count({ where: { action: "pair.note_save", entityId: pairId, actorId: w.coordinatorA.id } })).toBe(1);
    },
  },
};

const nextMeeting: Record<string, ActionEntry> = {
  planNextMeetingAction: {
    rightful: firstMentee,
    otherParticipant: (w) => w.a.pairs[1]!.menteeUser,
    bound: (w) => [w.a.pairs[0]!.pair.id],
    form: () => ({ date: "2031-10-07", time: "17:30", minutes: "90", place: "Café Pascal" }),
    required: ["date", "time", "minutes"],
    succeeded: async (answer, w) => {
      done(answer);
      expect(await db.pair.findUniqueOrThrow({ where: { id: w.a.pairs[0]!.pair.id } })).toMatchObject({
        nextMeetingAt: new Date("2031-10-07T15:30:00Z"),
        nextMeetingMinutes: 90,
        nextMeetingPlace: "Café Pascal",
      });
    },
  },
  clearNextMeetingAction: {
    rightful: firstMentor,
    bound: (w) => [w.a.pairs[0]!.pair.id],
    succeeded: async (answer, w) => {
      done(answer);
      expect((await db.pair.findUniqueOrThrow({ where: { id: w.a.pairs[0]!.pair.id } })).nextMeetingAt).toBeNull();
    },
  },
};

const outcomeForm = (title: string): FormFields => ({
  type: "JOB_STARTED",
  occurredOn: "2026-02-01",
  jobTitle: title,
  employer: "Door employer",
  occupationQuery: "",
  occupationCode: "24",
  throughProgramme: "yes",
  qualified: "yes",
  note: "",
});
const outcomeFuzz = { required: ["type", "occurredOn"] };

const outcomes: Record<string, ActionEntry> = {
  recordOutcomeAction: {
    rightful: (w) => w.a.pairs[0]!.menteeUser,
    otherParticipant: (w) => w.a.pairs[1]!.menteeUser,
    bound: (w) => [w.a.pairs[0]!.pair.id],
    form: () => outcomeForm("Recorded at the door"),
    ...outcomeFuzz,
    succeeded: async (answer, w) => {
      expect(redirected(answer)).toBe(paths.pair("MENTEE", w.a.pairs[0]!.pair.id));
      const row = await db.outcomeEvent.findFirstOrThrow({ where: { jobTitle: "Recorded at the door" } });
      expect(row).toMatchObject({ pairId: w.a.pairs[0]!.pair.id, occupationCode: "24", recordedByRole: "MENTEE", qualified: true });
    },
  },
  updateOutcomeAction: {
    rightful: (w) => w.a.pairs[0]!.mentorUser,
    bound: (w) => [w.outcome.id],
    form: () => outcomeForm("Changed by the mentor"),
    ...outcomeFuzz,
    succeeded: async (answer, w) => {
      expect(redirected(answer)).toBe(paths.pair("MENTOR", w.a.pairs[0]!.pair.id));
      expect(await db.outcomeEvent.findUniqueOrThrow({ where: { id: w.outcome.id } })).toMatchObject({
        type: "JOB_STARTED",
        jobTitle: "Changed by the mentor",
        recordedByRole: "MENTEE",
      });
    },
  },
  deleteOutcomeAction: {
    rightful: (w) => w.a.pairs[0]!.menteeUser,
    otherParticipant: (w) => w.a.pairs[1]!.menteeUser,
    bound: (w) => [w.outcome.id],
    form: () => ({ confirmed: "yes" }),
    succeeded: async (answer, w) => {
      expect(redirected(answer)).toBe(paths.pair("MENTEE", w.a.pairs[0]!.pair.id));
      expect(await db.outcomeEvent.count({ where: { id: w.outcome.id } })).toBe(0);
    },
  },
};

const language: Record<string, ActionEntry> = {
  setLocaleAction: {
    rightful: "anyone",
    plainForm: true,
    form: () => ({ locale: "en" }),
    required: ["locale"],
    succeeded: async (answer, _w, person) => {
      expect(answer).toEqual({ state: undefined });
      expect((await cookies()).get("NEXT_LOCALE")?.value).toBe("en");
      if (person) expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).locale).toBe("en");
    },
  },
};

export const actionTable: ActionTable = {
  "lib/matching-board/board-actions.ts": matchingBoard,
  "lib/matching-board/wishes-actions.ts": wishes,
  "lib/cohorts/cohort-actions.ts": cohorts,
  "lib/cohorts/cohort-archive-actions.ts": cohortArchive,
  "lib/programmes/programme-archive-actions.ts": programmeArchive,
  "lib/cohorts/joint-session-actions.ts": jointSessions,
  "lib/cohorts/attendance-actions.ts": attendance,
  "lib/pairs/pair-actions.ts": pairs,
  "lib/participants/participant-admin-actions.ts": participantAdmin,
  "lib/participants/import-actions.ts": importing,
  "lib/participants/profile-actions.ts": ownProfile,
  "lib/programmes/programme-actions.ts": programmes,
  ...accounts,
  "lib/applications/application-actions.ts": applications,
  "lib/applications/application-submit-actions.ts": applying,
  "lib/i18n/locale-actions.ts": language,
  "lib/reminders/reminder-actions.ts": reminders,
  "lib/meetings/meeting-actions.ts": meetings,
  "lib/pair-health/pair-health-actions.ts": pairHealth,
  "lib/goals/goal-actions.ts": goals,
  "lib/pairs/next-meeting-actions.ts": nextMeeting,
  "lib/outcomes/outcome-actions.ts": outcomes,
};

import { beforeEach, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { findOccupation } from "@/lib/outcomes/occupations";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, getDemoAccount } from "@/lib/demo/demo-accounts";
import { acceptsApplications } from "@/lib/cohorts/cohort-status";
import { getInstrument, type BuiltInKey } from "@/lib/surveys/instruments";
import { DEMO_ORGANIZATION_NAME, DEMO_PROGRAMME_NAME, seedDemoData } from "@/prisma/seed";

// A fixed day keeps the test independent of the calendar; the seed is built around it.
const TODAY = new Date("2026-03-17T00:00:00Z");
const quiet = () => {};

async function seed(options: { today?: Date } = {}) {
  const lines: string[] = [];
  await seedDemoData(db, { today: options.today ?? TODAY, log: (line) => lines.push(line) });
  return lines;
}

async function tableCounts() {
  const [users, participations, pairs, meetings, responses, answers, applications, templates, questions] = await Promise.all([
    db.user.count(),
    db.participation.count(),
    db.pair.count(),
    db.meeting.count(),
    db.surveyResponse.count(),
    db.surveyAnswer.count(),
    db.application.count(),
    db.surveyTemplate.count(),
    db.surveyQuestion.count(),
  ]);
  return { users, participations, pairs, meetings, responses, answers, applications, templates, questions };
}

describe("demo seed", () => {
  // The integration setup empties every table before each test.
  beforeEach(async () => {
    await seed();
  });

  it("creates the five demo sign-ins with the demo password", async () => {
    for (const account of DEMO_ACCOUNTS) {
      const user = await db.user.findUnique({ where: { email: account.email } });
      expect(user, account.email).not.toBeNull();
      expect(user?.name).toBe(account.name);
      expect(await verifyPassword(user?.passwordHash ?? "", DEMO_PASSWORD), account.email).toBe(true);
      expect(await verifyPassword(user?.passwordHash ?? "", "wrong password")).toBe(false);
    }
    const organization = await db.organization.findFirstOrThrow({
      where: { name: DEMO_ORGANIZATION_NAME },
      select: { admins: { select: { user: { select: { email: true } } } } },
    });
    expect(organization.admins.map((admin) => admin.user.email)).toEqual([getDemoAccount("admin").email]);
    const programme = await db.programme.findFirstOrThrow({
      where: { name: DEMO_PROGRAMME_NAME },
      select: { coordinators: { select: { user: { select: { email: true } } } }, fields: { select: { key: true } } },
    });
    expect(programme.coordinators.map((c) => c.user.email)).toEqual([getDemoAccount("coordinator").email]);
    expect(programme.fields.map((field) => field.key).sort()).toEqual([
      "communications",
      "economics",
      "hr",
      "information_systems",
      "law",
      "other",
      "social_science",
    ]);
  });

  it("creates three closed cohorts, one running, one being matched and one recruiting", async () => {
    const cohorts = await db.cohort.findMany({
      orderBy: { startDate: "asc" },
      select: {
        id: true,
        status: true,
        startDate: true,
        endDate: true,
        sessions: { select: { ordinal: true, startsAt: true, _count: { select: { attendance: true } } }, orderBy: { ordinal: "asc" } },
        pairs: { select: { status: true } },
        _count: { select: { participations: true, applications: true } },
      },
    });
    expect(cohorts.map((cohort) => cohort.status)).toEqual(["CLOSED", "CLOSED", "CLOSED", "ACTIVE", "MATCHING", "RECRUITING"]);

    for (const closed of cohorts.filter((cohort) => cohort.status === "CLOSED")) {
      expect(closed.pairs.length).toBeGreaterThanOrEqual(25);
      expect(closed.pairs.every((pair) => pair.status === "ENDED")).toBe(true);
      expect(closed.sessions.every((session) => session._count.attendance > 0)).toBe(true);
    }

    const active = cohorts.find((cohort) => cohort.status === "ACTIVE");
    expect(active && active.startDate < TODAY && TODAY < active.endDate).toBe(true);
    expect(active?.pairs.filter((pair) => pair.status === "ACTIVE").length).toBeGreaterThanOrEqual(25);
    expect(active?.sessions.map((session) => [session.startsAt < TODAY, session._count.attendance > 0])).toEqual([
      [true, true],
      [false, false],
      [false, false],
    ]);

    const matching = cohorts.find((cohort) => cohort.status === "MATCHING");
    expect(matching && matching.startDate > TODAY).toBe(true);
    expect(matching?.pairs).toHaveLength(0);
    const matchingRoles = await db.participation.groupBy({
      by: ["role", "status"],
      where: { cohortId: matching?.id },
      _count: true,
    });
    expect(matchingRoles.map((row) => [row.role, row.status, row._count]).sort()).toEqual([
      ["MENTEE", "ACTIVE", 40],
      ["MENTOR", "ACTIVE", 40],
    ]);
    const accepted = await db.application.findMany({
      where: { cohortId: matching?.id, status: "ACCEPTED" },
      select: { participationId: true, userId: true },
    });
    expect(accepted).toHaveLength(80);
    expect(accepted.every((application) => application.participationId && application.userId)).toBe(true);
    // Its mentees may rank mentors from a shortlist.
    expect(await db.cohort.count({ where: { id: matching?.id, menteeWishesEnabled: true } })).toBe(1);
  });

  it("has a cohort whose public page takes applications now, with a few waiting for a decision", async () => {
    const cohort = await db.cohort.findFirstOrThrow({
      where: { status: "RECRUITING" },
      include: { applications: true, _count: { select: { participations: true, sessions: true } } },
    });
    expect(acceptsApplications(cohort, TODAY)).toBe(true);
    expect(acceptsApplications(cohort, new Date(TODAY.getTime() + 30 * 86_400_000))).toBe(true);
    expect(cohort.startDate > TODAY).toBe(true);
    expect(cohort._count).toEqual({ participations: 0, sessions: 3 });
    expect(cohort.applications.map((application) => [application.role, application.status]).sort()).toEqual([
      ["MENTEE", "SUBMITTED"],
      ["MENTEE", "SUBMITTED"],
      ["MENTEE", "SUBMITTED"],
      ["MENTEE", "SUBMITTED"],
      ["MENTOR", "SUBMITTED"],
      ["MENTOR", "SUBMITTED"],
    ]);
    expect(cohort.applications.every((application) => application.userId === null && application.createdAt <= TODAY)).toBe(true);
    // Nobody who applies already has an account.
    expect(await db.user.count({ where: { email: { in: cohort.applications.map((application) => application.email!) } } })).toBe(0);
  });

  it("gives no two people the same phone number", async () => {
    const owners = new Map<string, Set<string>>();
    const own = (phone: unknown, person: string) => {
      if (typeof phone !== "string") return;
      owners.set(phone, (owners.get(phone) ?? new Set()).add(person));
    };
    const participations = await db.participation.findMany({ select: { phone: true, user: { select: { email: true } } } });
    for (const participation of participations) own(participation.phone, participation.user!.email!);
    const applications = await db.application.findMany({ select: { email: true, profile: true } });
    for (const application of applications) own((application.profile as { phone?: unknown }).phone, application.email!);
    const programme = await db.programme.findFirstOrThrow({ where: { name: DEMO_PROGRAMME_NAME } });
    own(programme.contactPhone, "the programme");

    expect(owners.size).toBeGreaterThan(250);
    expect([...owners].filter(([, people]) => people.size > 1)).toEqual([]);
  });

  it("pairs the demo mentor with the demo mentee, and gives the returning person two roles", async () => {
    const pair = await db.pair.findFirst({
      where: {
        status: "ACTIVE",
        cohort: { status: "ACTIVE" },
        mentor: { user: { email: getDemoAccount("mentor").email } },
        mentee: { user: { email: getDemoAccount("mentee").email } },
      },
      select: { _count: { select: { meetings: true, goals: true, outcomes: true } } },
    });
    expect(pair?._count.meetings).toBeGreaterThan(0);
    expect(pair?._count.goals).toBeGreaterThan(0);

    const returning = await db.participation.findMany({
      where: { user: { email: getDemoAccount("returning").email } },
      orderBy: { cohort: { startDate: "asc" } },
      select: {
        role: true,
        cohort: { select: { status: true } },
        menteePairs: { select: { id: true } },
        mentorPairs: { select: { id: true } },
        responses: { select: { round: { select: { template: { select: { builtInKey: true } } } } } },
      },
    });
    expect(returning.map((p) => [p.role, p.cohort.status])).toEqual([
      ["MENTEE", "CLOSED"],
      ["MENTOR", "ACTIVE"],
    ]);
    expect(returning[0]?.menteePairs).toHaveLength(1);
    expect(returning[1]?.mentorPairs).toHaveLength(1);
    expect(returning[0]?.responses.map((r) => r.round.template.builtInKey).sort()).toEqual([
      "effect_survey.mentee",
      "goal_evaluation.mentee",
    ]);
  });

  it("gives every job offer and job started an occupation of the SSYK 2012 list, with Tandem's judgement", async () => {
    const jobs = await db.outcomeEvent.findMany({
      where: { type: { in: ["JOB_OFFER", "JOB_STARTED"] } },
      select: { occupationCode: true, qualified: true, qualifiedJudged: true },
    });
    expect(jobs.length).toBeGreaterThan(0);
    expect(jobs.filter((job) => !findOccupation(job.occupationCode))).toEqual([]);
    // The mentees have degrees: each job is judged, and some answers differ from the judgement.
    expect(jobs.filter((job) => job.qualifiedJudged === null)).toEqual([]);
    expect(jobs.some((job) => job.qualified === true && job.qualifiedJudged === true)).toBe(true);
  });

  it("keeps the rules the product relies on", async () => {
    // No mentee has two open pairs; a pair's two people share a field and a cohort.
    const openPairsPerMentee = await db.pair.groupBy({
      by: ["menteeParticipationId"],
      where: { status: { in: ["PROPOSED", "ACTIVE"] } },
      _count: true,
    });
    expect(openPairsPerMentee.filter((row) => row._count > 1)).toEqual([]);
    const pairs = await db.pair.findMany({
      select: {
        cohortId: true,
        mentor: { select: { cohortId: true, professionalFieldId: true } },
        mentee: { select: { cohortId: true, professionalFieldId: true } },
      },
    });
    const mismatched = pairs.filter(
      (pair) =>
        pair.mentor.professionalFieldId !== pair.mentee.professionalFieldId ||
        pair.mentor.cohortId !== pair.cohortId ||
        pair.mentee.cohortId !== pair.cohortId,
    );
    expect(mismatched).toEqual([]);

    // Survey answers use the instruments' keys and codes, and come from the template's role.
    const responses = await db.surveyResponse.findMany({
      select: {
        respondentRole: true,
        round: { select: { template: { select: { builtInKey: true, role: true } } } },
        answers: { select: { questionKey: true, code: true, number: true, text: true } },
      },
    });
    expect(responses.length).toBeGreaterThan(100);
    for (const response of responses) {
      const { builtInKey, role } = response.round.template;
      expect(response.respondentRole).toBe(role);
      const questions = new Map(getInstrument(builtInKey as BuiltInKey).questions.map((q) => [q.key, q]));
      const answers = new Map(response.answers.map((answer) => [answer.questionKey, answer]));
      for (const answer of response.answers) expect(questions.has(answer.questionKey)).toBe(true);
      if (builtInKey === "effect_survey.mentee") {
        const employedNow = answers.get("qualified_job_now")?.code === "yes";
        expect(answers.has("qualified_job_obtained")).toBe(employedNow);
        expect(answers.has("contribution")).toBe(employedNow);
      }
    }
  });

  it("does nothing when run again", async () => {
    const before = await tableCounts();
    const lines = await seed();
    expect(await tableCounts()).toEqual(before);
    expect(lines.join("\n")).toMatch(/already exists/);
    expect(await db.organization.count({ where: { name: DEMO_ORGANIZATION_NAME } })).toBe(1);
  });

  it("creates the same data from the same day", async () => {
    const snapshot = async () => ({
      users: (await db.user.findMany({ select: { email: true, name: true }, orderBy: { email: "asc" } })).map(
        (user) => `${user.email} ${user.name}`,
      ),
      counts: await tableCounts(),
    });
    const first = await snapshot();
    const tables = await db.$queryRaw<Array<{ tablename: string }>>`
      SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
    await db.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(", ")} CASCADE`);
    await seedDemoData(db, { today: TODAY, log: quiet });
    expect(await snapshot()).toEqual(first);
  });
});

import { describe, expect, it } from "vitest";
import { keepChangeAside } from "@/lib/applications/application-submit-save";
import { issueOneTimeToken } from "@/lib/auth/one-time-tokens";
import { moveClock } from "@/lib/clock";
import { db } from "@/lib/db";
import { housekeeping } from "@/lib/jobs/job-list";
import { createApplication } from "@/tests/factories/applications";
import { createCohort } from "@/tests/factories/cohorts";
import { createUser } from "@/tests/factories/users";
import { eventually, testWorkers } from "@/tests/setup/workers";

const workers = testWorkers();
const DAY = 24 * 60 * 60_000;

async function keptChange() {
  const cohort = await createCohort(db, { status: "RECRUITING" });
  const application = await createApplication(db, { cohortId: cohort.id, role: "MENTEE", fieldKey: "law", name: "Applicant" });
  return keepChangeAside(db, application.id, "MENTEE", {
    name: "Applicant, renamed",
    professionalFieldId: application.professionalFieldId,
    city: application.city,
    languageCodes: application.languageCodes,
    profile: application.profile ?? {},
    locale: application.locale,
    consentAt: application.consentAt,
  });
}

describe("housekeeping", () => {
  it("deletes changes whose link expired, and links used, revoked or expired more than 30 days ago", async () => {
    await keptChange();
    const waitingChange = await keptChange();
    await db.applicationChange.update({ where: { id: waitingChange }, data: { expiresAt: new Date(Date.now() + 40 * DAY) } });

    const user = await createUser(db);
    const link = (purpose: "SIGN_IN" | "RESET_PASSWORD" | "SET_PASSWORD") => issueOneTimeToken(db, user.id, purpose);
    const used = await link("SIGN_IN");
    await db.oneTimeToken.update({ where: { id: used }, data: { usedAt: new Date() } });
    const revoked = await link("RESET_PASSWORD");
    await db.oneTimeToken.update({ where: { id: revoked }, data: { revokedAt: new Date() } });
    const expired = await link("SET_PASSWORD");
    await db.oneTimeToken.update({ where: { id: expired }, data: { expiresAt: new Date() } });
    const usable = await issueOneTimeToken(db, (await createUser(db)).id, "SET_PASSWORD", 60 * 24 * 60);

    const worker = await workers.start({ jobs: [housekeeping] });
    const run = async () => {
      const id = (await worker.runSoon(housekeeping.name))!;
      await eventually(async () => (await worker.boss.getJobById(housekeeping.name, id))?.state === "completed", { what: "housekeeping" });
    };

    // A day later: the change's 48-hour link has not expired yet, and the links are recent.
    moveClock(DAY);
    await run();
    expect(await db.applicationChange.count()).toBe(2);
    expect(await db.oneTimeToken.count()).toBe(4);

    moveClock(2 * DAY);
    await run();
    expect((await db.applicationChange.findMany({ select: { id: true } })).map((row) => row.id)).toEqual([waitingChange]);
    expect(await db.oneTimeToken.count()).toBe(4);

    // 31 days after they were spent: gone; the link that still works stays.
    moveClock(28 * DAY);
    await run();
    expect((await db.oneTimeToken.findMany({ select: { id: true } })).map((row) => row.id)).toEqual([usable]);
    expect(await db.applicationChange.count()).toBe(1);
  });
});

import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { signInWithPassword } from "@/lib/accounts/credentials";
import { createCohort } from "@/tests/factories/cohorts";
import { createParticipation } from "@/tests/factories/participations";
import { createUser, TEST_PASSWORD } from "@/tests/factories/users";

describe("signing in to an account", () => {
  it("makes an invited participation active when its person signs in, and not on a failed attempt", async () => {
    const user = await createUser(db, { email: "returning@example.test" });
    const cohort = await createCohort(db, { status: "RECRUITING" });
    const invited = await createParticipation(db, { cohortId: cohort.id, userId: user.id, role: "MENTOR", status: "INVITED" });
    const statusOf = async () => (await db.participation.findUniqueOrThrow({ where: { id: invited.id } })).status;
    await signInWithPassword({ email: "returning@example.test", password: "not the password" }, null);
    expect(await statusOf()).toBe("INVITED");
    await signInWithPassword({ email: "returning@example.test", password: TEST_PASSWORD }, null);
    expect(await statusOf()).toBe("ACTIVE");
  });
});

import { describe, expect, it } from "vitest";
import { cookies } from "next/headers";
import { db } from "@/lib/db";
import { idleState } from "@/lib/actions/action-state";
import { signInWithPassword } from "@/lib/accounts/credentials";
import { signInAction, signOutAction } from "@/lib/accounts/sign-in-actions";
import { createCohort } from "@/tests/factories/cohorts";
import { createParticipation } from "@/tests/factories/participations";
import { createUser, TEST_PASSWORD } from "@/tests/factories/users";

function form(email: string, password: string) {
  const data = new FormData();
  data.set("email", email);
  data.set("password", password);
  return data;
}

/** Where the action sends the browser; fails when it answers instead. */
async function redirectOf(answer: Promise<unknown>): Promise<string> {
  const error = await answer.then(
    () => null,
    (thrown: { digest?: string }) => thrown,
  );
  expect(error?.digest).toMatch(/^NEXT_REDIRECT;/);
  return error!.digest!.split(";")[2]!;
}

const sessionCookie = async () => (await cookies()).get("next-auth.session-token");

describe("signing in to an account", () => {
  it("starts a session and sends the person home; a wrong password keeps the email and never the password", async () => {
    await createUser(db, { email: "amira@example.test" });
    const wrong = await signInAction(idleState, form("Amira@example.test", "not the password"));
    expect(wrong).toEqual({ ok: false, message: "E-postadressen eller lösenordet är fel.", values: { email: "Amira@example.test" } });
    expect(await sessionCookie()).toBeUndefined();

    expect(await redirectOf(signInAction(idleState, form("amira@example.test", TEST_PASSWORD)))).toBe("/");
    expect(await sessionCookie()).toBeDefined();

    expect(await redirectOf(signOutAction(new FormData()))).toBe("/login");
    expect(await sessionCookie()).toBeUndefined();
  });

  it("says what is missing next to the fields", async () => {
    const answer = await signInAction(idleState, form("", ""));
    expect(answer).toMatchObject({
      ok: false,
      fieldErrors: { email: ["Skriv din e-postadress."], password: ["Skriv ditt lösenord."] },
    });
  });

  it("makes an invited participation active when its person signs in, and not on a failed attempt", async () => {
    const user = await createUser(db, { email: "returning@example.test" });
    const cohort = await createCohort(db, { status: "RECRUITING" });
    const invited = await createParticipation(db, { cohortId: cohort.id, userId: user.id, role: "MENTOR", status: "INVITED" });
    const statusOf = async () => (await db.participation.findUniqueOrThrow({ where: { id: invited.id } })).status;
    await signInAction(idleState, form("returning@example.test", "not the password"));
    expect(await statusOf()).toBe("INVITED");
    await expect(signInAction(idleState, form("returning@example.test", TEST_PASSWORD))).rejects.toThrow(/NEXT_REDIRECT/);
    expect(await statusOf()).toBe("ACTIVE");
  });

  it("confirms invitations the same way when signing in over HTTP", async () => {
    const user = await createUser(db, { email: "script@example.test" });
    const cohort = await createCohort(db, { status: "RECRUITING" });
    const invited = await createParticipation(db, { cohortId: cohort.id, userId: user.id, role: "MENTEE", status: "INVITED" });
    expect(await signInWithPassword({ email: "script@example.test", password: TEST_PASSWORD }, null)).toMatchObject({ ok: true });
    expect((await db.participation.findUniqueOrThrow({ where: { id: invited.id } })).status).toBe("ACTIVE");
  });
});

import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { idleState, type ActionState } from "@/lib/actions/action-state";
import { submitApplicationAction } from "@/lib/applications/application-submit-actions";
import { importParticipantsAction } from "@/lib/participants/import-actions";
import { updateOwnProfileAction } from "@/lib/participants/profile-actions";
import { actAs } from "@/tests/setup/acting";
import { useLocale } from "@/tests/setup/integration";
import { createCohort } from "@/tests/factories/cohorts";
import { createWorld } from "@/tests/factories/world";

// Input nobody types on purpose still ends in a message in the reader's language, next to its
// field, with what was typed shown again: never the error page. The pipeline answers it, so every
// action does the same; these go through the public application form and the profile form.

const hour = 3_600_000;

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) data.append(name, one);
  return data;
}

const application = {
  consent: "yes",
  email: "samir@example.test",
  name: "Samir Khalil",
  fieldKey: "economics",
  city: "Malmö",
  meetingPreference: "REMOTE",
  "language.fa": "fluent",
  goals: "Arbeta som ekonom.",
};

const profile = {
  name: "Yasmin Haddad",
  phone: "070-123 45 67",
  city: "Uppsala",
  region: "",
  fieldKey: "economics",
  meetingPreference: "REMOTE",
};

async function recruitingCohort() {
  const world = await createWorld(db);
  const cohort = await createCohort(db, {
    programmeId: world.programmeA.id,
    status: "RECRUITING",
    applicationOpensAt: new Date(Date.now() - hour),
    applicationClosesAt: new Date(Date.now() + hour),
  });
  return { world, cohort };
}

async function apply(publicKey: string, fields: Record<string, string | string[]>): Promise<ActionState | "redirected"> {
  try {
    return await submitApplicationAction(publicKey, "MENTEE", idleState, form(fields));
  } catch (error) {
    if (String((error as { digest?: string }).digest).startsWith("NEXT_REDIRECT")) return "redirected";
    throw error;
  }
}

describe("control characters in a form", () => {
  it("are named next to the field of the public application, which keeps the rest of what was typed", async () => {
    const { cohort } = await recruitingCohort();
    const answer = await apply(cohort.publicKey, { ...application, name: "Samir\u0000 Khalil", goals: "Arbeta\u0007 som ekonom." });
    const message = "Texten innehöll ett osynligt tecken som inte kan sparas. Vi har tagit bort det. Kontrollera texten och skicka igen.";
    expect(answer).toEqual({
      ok: false,
      fieldErrors: { name: [message], goals: [message] },
      values: expect.objectContaining({ name: "Samir Khalil", email: "samir@example.test", city: "Malmö", goals: "Arbeta som ekonom." }),
    });
    expect(await db.application.count()).toBe(0);
    expect(await db.outboxEmail.count()).toBe(0);
  });

  it("are answered in English for an English reader, the C1 range and DEL too", async () => {
    const { cohort } = await recruitingCohort();
    useLocale("en");
    for (const name of ["Samir\u009b Khalil", "Samir\u007f Khalil", "Samir\u001b Khalil"]) {
      const answer = await apply(cohort.publicKey, { ...application, name });
      expect(answer).toMatchObject({ ok: false, fieldErrors: { name: [expect.stringContaining("invisible character")] } });
    }
    expect(await db.application.count()).toBe(0);
  });

  it("do not include tabs and line breaks, which are text", async () => {
    const { cohort } = await recruitingCohort();
    expect(await apply(cohort.publicKey, { ...application, goals: "Arbeta som ekonom.\r\n\tPå en bank." })).toBe("redirected");
    expect(await db.application.count()).toBe(1);
  });

  it("in a profile name are refused next to the name, and nothing changes", async () => {
    const world = await createWorld(db);
    const { mentee, menteeUser } = world.a.pairs[0]!;
    actAs(menteeUser);
    const state = await updateOwnProfileAction(
      mentee.id,
      idleState,
      form({ ...profile, name: "Yasmin\u0000Haddad", "language.sv": "good" }),
    );
    expect(state).toMatchObject({
      ok: false,
      fieldErrors: { name: [expect.stringContaining("osynligt tecken")] },
      values: { name: "YasminHaddad" },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: menteeUser.id } })).name).toBe(menteeUser.name);
  });

  it("are one message on a form without fields of its own to show them next to", async () => {
    const world = await createWorld(db);
    actAs(world.coordinatorA);
    const before = await db.participation.count();
    const csv = "role;name;email;field\nmentee;Amal\u0000 Haddad;amal@example.test;law\n";
    const state = await importParticipantsAction(world.a.cohort.id, { stage: "start" }, form({ intent: "confirm", csv }));
    expect(state).toEqual({ stage: "start", message: expect.stringContaining("osynligt tecken") });
    expect(await db.participation.count()).toBe(before);
  });
});

describe("a form sent after the session has ended", () => {
  it("is answered 'signed out' with everything typed, in the reader's language, and changes nothing", async () => {
    const world = await createWorld(db);
    const { mentee, menteeUser } = world.a.pairs[0]!;
    actAs(null);
    const typed = { ...profile, name: "Yasmin Haddad-Nilsson", "language.sv": "good" };
    expect(await updateOwnProfileAction(mentee.id, idleState, form(typed))).toEqual({
      ok: false,
      message: "Du är inte inloggad längre. Logga in och försök igen.",
      values: expect.objectContaining({
        name: "Yasmin Haddad-Nilsson",
        phone: "070-123 45 67",
        city: "Uppsala",
        meetingPreference: "REMOTE",
      }),
    });
    useLocale("en");
    expect(await updateOwnProfileAction(mentee.id, idleState, form(typed))).toMatchObject({
      message: "You are no longer signed in. Sign in and try again.",
      values: { name: "Yasmin Haddad-Nilsson" },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: menteeUser.id } })).name).toBe(menteeUser.name);
  });
});

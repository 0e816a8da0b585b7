import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { idleState } from "@/lib/actions/action-state";
import {
  appointCoordinatorAction,
  createProgrammeAction,
  removeCoordinatorAction,
  updateProgrammeAction,
} from "@/lib/programmes/programme-actions";
import { DEFAULT_PROFESSIONAL_FIELDS } from "@/lib/programmes/default-fields";
import { actAs } from "@/tests/setup/acting";
import { useLocale } from "@/tests/setup/integration";
import { createWorld } from "@/tests/factories/world";
import { createUser } from "@/tests/factories/users";

const allFieldKeys = DEFAULT_PROFESSIONAL_FIELDS.map((field) => field.key);

function programmeForm(overrides: Record<string, string | string[]> = {}) {
  const values: Record<string, string | string[]> = {
    name: "Mentorskap för ekonomer",
    description: "Ett program för nyanlända ekonomer.",
    fieldKeys: allFieldKeys,
    defaultCohortMonths: "7",
    jointSessionCount: "3",
    meetingIntervalDays: "30",
    retentionMonths: "120",
    ...overrides,
  };
  const form = new FormData();
  for (const [name, value] of Object.entries(values)) {
    for (const item of Array.isArray(value) ? value : [value]) form.append(name, item);
  }
  return form;
}

function appointForm(name: string, email: string) {
  const form = new FormData();
  form.set("name", name);
  form.set("email", email);
  return form;
}

describe("creating a programme", () => {
  it("lets an administrator create one in their organisation, with the chosen fields", async () => {
    const world = await createWorld(db);
    actAs(world.adminA);
    const form = programmeForm({
      organizationId: world.programmeA.organizationId,
      fieldKeys: ["law", "economics"],
      meetingIntervalDays: "14",
    });
    await expect(createProgrammeAction(idleState, form)).rejects.toThrow(/NEXT_REDIRECT/);

    const programme = await db.programme.findFirstOrThrow({
      where: { name: "Mentorskap för ekonomer" },
      include: { fields: { orderBy: { sortOrder: "asc" } } },
    });
    expect(programme).toMatchObject({
      organizationId: world.programmeA.organizationId,
      defaultCohortMonths: 7,
      jointSessionCount: 3,
      meetingIntervalDays: 14,
      retentionMonths: 120,
    });
    expect(programme.fields.map((field) => field.key)).toEqual(["law", "economics"]);
    expect(await db.auditEntry.count({ where: { action: "programme.create", entityId: programme.id, actorId: world.adminA.id } })).toBe(1);
  });

  it("refuses a coordinator who is no administrator, a participant, anonymous visitors and another organisation's administrator", async () => {
    const world = await createWorld(db);
    const organizationId = world.programmeA.organizationId;
    for (const user of [world.coordinatorA, world.a.pairs[0]!.mentorUser, null]) {
      actAs(user);
      const answer = await createProgrammeAction(idleState, programmeForm({ organizationId }));
      expect(answer).toMatchObject({ ok: false, message: expect.any(String) });
    }
    actAs(world.adminA);
    const foreign = await createProgrammeAction(idleState, programmeForm({ organizationId: world.programmeB.organizationId }));
    expect(foreign).toMatchObject({ ok: false, message: "Bara organisationens administratörer kan göra det här." });
    expect(await db.programme.count({ where: { name: "Mentorskap för ekonomer" } })).toBe(0);
  });

  it("says what is wrong and keeps what was typed", async () => {
    const world = await createWorld(db);
    actAs(world.adminA);
    const answer = await createProgrammeAction(
      idleState,
      programmeForm({
        organizationId: world.programmeA.organizationId,
        name: " ",
        fieldKeys: [],
        defaultCohortMonths: "0",
        jointSessionCount: "x",
      }),
    );
    expect(answer).toMatchObject({
      ok: false,
      fieldErrors: {
        name: ["Skriv programmets namn."],
        fieldKeys: ["Välj minst en utbildningsbakgrund."],
        defaultCohortMonths: [expect.any(String)],
        jointSessionCount: [expect.any(String)],
      },
      values: { description: "Ett program för nyanlända ekonomer.", defaultCohortMonths: "0" },
    });
    const unknown = await createProgrammeAction(
      idleState,
      programmeForm({ organizationId: world.programmeA.organizationId, fieldKeys: ["astrology"] }),
    );
    expect(unknown).toMatchObject({ ok: false, fieldErrors: { fieldKeys: [expect.any(String)] } });
    expect(await db.programme.count()).toBe(2);
  });
});

describe("changing a programme's settings", () => {
  it("lets its coordinator change them; an unticked field is hidden, not deleted", async () => {
    const world = await createWorld(db);
    actAs(world.coordinatorA);
    const answer = await updateProgrammeAction(
      world.programmeA.id,
      idleState,
      programmeForm({ name: "Nytt namn", fieldKeys: allFieldKeys.filter((key) => key !== "hr"), jointSessionCount: "4" }),
    );
    expect(answer).toMatchObject({ ok: true });
    const programme = await db.programme.findUniqueOrThrow({ where: { id: world.programmeA.id }, include: { fields: true } });
    expect(programme).toMatchObject({ name: "Nytt namn", jointSessionCount: 4 });
    expect(programme.fields).toHaveLength(7);
    expect(programme.fields.find((field) => field.key === "hr")?.active).toBe(false);
    expect(programme.fields.filter((field) => field.active)).toHaveLength(6);

    actAs(world.adminA);
    expect(await updateProgrammeAction(world.programmeA.id, idleState, programmeForm())).toMatchObject({ ok: true });
    expect((await db.professionalField.findFirstOrThrow({ where: { programmeId: world.programmeA.id, key: "hr" } })).active).toBe(true);
  });

  it("saves whom participants contact, each part optional, and says what is wrong with an address or a number", async () => {
    const world = await createWorld(db);
    actAs(world.coordinatorA);
    useLocale("en");
    const contact = { contactName: " Lena Ek ", contactEmail: "Lena.Ek@Example.test", contactPhone: "08-465 004 00" };
    expect(await updateProgrammeAction(world.programmeA.id, idleState, programmeForm(contact))).toMatchObject({ ok: true });
    const stored = () =>
      db.programme.findUniqueOrThrow({
        where: { id: world.programmeA.id },
        select: { contactName: true, contactEmail: true, contactPhone: true },
      });
    expect(await stored()).toEqual({ contactName: "Lena Ek", contactEmail: "lena.ek@example.test", contactPhone: "08-465 004 00" });

    const wrong = await updateProgrammeAction(
      world.programmeA.id,
      idleState,
      programmeForm({ contactName: "Lena Ek", contactEmail: "lena.ek", contactPhone: "ring mig" }),
    );
    expect(wrong).toMatchObject({
      ok: false,
      fieldErrors: { contactEmail: [expect.any(String)], contactPhone: [expect.any(String)] },
      values: { contactEmail: "lena.ek", contactPhone: "ring mig" },
    });
    expect((await stored()).contactEmail).toBe("lena.ek@example.test");

    // Emptied, the programme's coordinators are shown instead.
    expect(await updateProgrammeAction(world.programmeA.id, idleState, programmeForm())).toMatchObject({ ok: true });
    expect(await stored()).toEqual({ contactName: null, contactEmail: null, contactPhone: null });
  });

  it("refuses another programme's coordinator, a participant, anonymous visitors and a malformed id", async () => {
    const world = await createWorld(db);
    for (const user of [world.coordinatorB, world.a.pairs[0]!.menteeUser, null]) {
      actAs(user);
      expect(await updateProgrammeAction(world.programmeA.id, idleState, programmeForm({ name: "Kapat" }))).toMatchObject({ ok: false });
    }
    actAs(world.coordinatorA);
    expect(await updateProgrammeAction("not-an-id", idleState, programmeForm({ name: "Kapat" }))).toMatchObject({ ok: false });
    expect((await db.programme.findUniqueOrThrow({ where: { id: world.programmeA.id } })).name).toBe("Programme A");
  });
});

describe("appointing coordinators", () => {
  it("appoints a person who has an account and tells them by email", async () => {
    const world = await createWorld(db);
    const colleague = await createUser(db, { name: "Kollega", email: "kollega@example.test", locale: "en" });
    actAs(world.adminA);
    const answer = await appointCoordinatorAction(world.programmeA.id, idleState, appointForm("Kollega", "Kollega@Example.test"));
    expect(answer).toMatchObject({ ok: true });
    expect(await db.coordinatorAppointment.count({ where: { programmeId: world.programmeA.id, userId: colleague.id } })).toBe(1);
    const emails = await db.outboxEmail.findMany({ where: { userId: colleague.id } });
    expect(emails.map((email) => email.template)).toEqual(["coordinatorAppointed"]);
    expect(emails[0]).toMatchObject({ locale: "en", programmeId: world.programmeA.id, subject: "You are a coordinator of Programme A" });
    expect(await db.auditEntry.count({ where: { action: "coordinator.appoint", subjectUserId: colleague.id } })).toBe(1);

    const again = await appointCoordinatorAction(world.programmeA.id, idleState, appointForm("Kollega", "kollega@example.test"));
    expect(again).toMatchObject({ ok: false });
    expect(await db.outboxEmail.count({ where: { userId: colleague.id } })).toBe(1);
  });

  it("creates an account without a password for a new person, with a link to choose one", async () => {
    const world = await createWorld(db);
    actAs(world.adminA);
    const answer = await appointCoordinatorAction(world.programmeA.id, idleState, appointForm("Ny Samordnare", "ny@example.test"));
    expect(answer).toMatchObject({ ok: true });
    const user = await db.user.findUniqueOrThrow({ where: { email: "ny@example.test" } });
    expect(user).toMatchObject({ name: "Ny Samordnare", passwordHash: null });
    expect(await db.coordinatorAppointment.count({ where: { userId: user.id, programmeId: world.programmeA.id } })).toBe(1);
    const templates = (await db.outboxEmail.findMany({ where: { userId: user.id } })).map((email) => email.template).sort();
    expect(templates).toEqual(["coordinatorAppointed", "setPassword"]);
    expect(await db.oneTimeToken.count({ where: { userId: user.id, purpose: "SET_PASSWORD" } })).toBe(1);
  });

  it("refuses a coordinator (only administrators appoint), another organisation, a participant and anonymous visitors", async () => {
    const world = await createWorld(db);
    for (const user of [world.coordinatorA, world.coordinatorB, world.a.pairs[0]!.mentorUser, null]) {
      actAs(user);
      expect(await appointCoordinatorAction(world.programmeA.id, idleState, appointForm("Ny", "ny@example.test"))).toMatchObject({
        ok: false,
      });
    }
    actAs(world.adminA);
    expect(await appointCoordinatorAction(world.programmeB.id, idleState, appointForm("Ny", "ny@example.test"))).toMatchObject({
      ok: false,
    });
    expect(await appointCoordinatorAction(world.programmeA.id, idleState, appointForm("Ny", "not an email"))).toMatchObject({
      ok: false,
      fieldErrors: { email: [expect.any(String)] },
    });
    expect(await db.user.count({ where: { email: "ny@example.test" } })).toBe(0);
    expect(await db.outboxEmail.count()).toBe(0);
  });
});

describe("removing coordinators", () => {
  it("lets an administrator remove an appointment, even the last one, and records it", async () => {
    const world = await createWorld(db);
    actAs(world.adminA);
    // The first press asks; nothing changes until the administrator goes ahead.
    const asked = await removeCoordinatorAction(world.programmeA.id, world.coordinatorA.id, idleState, new FormData());
    expect(asked).toMatchObject({ ok: false, confirm: { question: expect.stringContaining("Ingen får e-post om det.") } });
    expect(await db.coordinatorAppointment.count({ where: { programmeId: world.programmeA.id } })).toBe(1);
    // "No, go back" (a submit without scripts) answers with the form, asks nothing and changes nothing.
    const back = new FormData();
    back.set("confirmed", "back");
    const wentBack = await removeCoordinatorAction(world.programmeA.id, world.coordinatorA.id, idleState, back);
    expect(wentBack).toMatchObject({ ok: false });
    expect(wentBack).not.toHaveProperty("confirm");
    expect(await db.coordinatorAppointment.count({ where: { programmeId: world.programmeA.id } })).toBe(1);
    const confirmed = new FormData();
    confirmed.set("confirmed", "yes");
    const answer = await removeCoordinatorAction(world.programmeA.id, world.coordinatorA.id, idleState, confirmed);
    expect(answer).toMatchObject({ ok: true });
    expect(await db.coordinatorAppointment.count({ where: { programmeId: world.programmeA.id } })).toBe(0);
    expect(await db.auditEntry.count({ where: { action: "coordinator.remove", subjectUserId: world.coordinatorA.id } })).toBe(1);
    expect(await db.user.count({ where: { id: world.coordinatorA.id } })).toBe(1);
  });

  it("refuses the coordinator themselves, another programme's coordinator, a participant and anonymous visitors", async () => {
    const world = await createWorld(db);
    for (const user of [world.coordinatorA, world.coordinatorB, world.a.pairs[0]!.menteeUser, null]) {
      actAs(user);
      expect(await removeCoordinatorAction(world.programmeA.id, world.coordinatorA.id, idleState, new FormData())).toMatchObject({
        ok: false,
      });
    }
    actAs(world.adminA);
    expect(await removeCoordinatorAction(world.programmeB.id, world.coordinatorB.id, idleState, new FormData())).toMatchObject({
      ok: false,
    });
    expect(await db.coordinatorAppointment.count()).toBe(2);
  });
});

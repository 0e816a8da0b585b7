import { describe, expect, it, vi } from "vitest";

const request = vi.hoisted(() => ({ address: "198.51.100.1" }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
  headers: async () => new Headers({ "x-forwarded-for": request.address }),
}));

import { db } from "@/lib/db";
import { applyRecipientRule } from "@/lib/applications/application-submit-limits";
import { getApplicationChangeLink } from "@/lib/applications/application-submit-queries";
import { applicationChangeHours } from "@/lib/applications/application-submit-save";
import { actAs } from "@/tests/setup/acting";
import { useLocale } from "@/tests/setup/integration";
import { createApplication } from "@/tests/factories/applications";
import { fieldId } from "@/tests/factories/programmes";
import { createUser } from "@/tests/factories/users";
import { testMailbox } from "@/tests/setup/mailbox";
import { changeToken, confirm, form, hour, recruitingCohort, submit } from "./apply-fixtures";

const mailbox = testMailbox();
const owner = "amal.haddad@example.test";
/** Someone else's answers, sent with the owner's address. */
const intruder = { name: "Mallory Intruder", phone: "+46 70 999 99 99", city: "Malmö", email: "AMAL.Haddad@example.test" };

const invalidLink =
  "Länken är redan använd, har gått ut eller är fel. Inget har ändrats. Vill du ändra din ansökan? Fyll i formuläret igen med samma e-postadress.";

describe("applying again with an address that has applied to the cohort", () => {
  it("makes the link only when its email is delivered, and sends none for a change confirmed or replaced before then", async () => {
    const { cohort } = await recruitingCohort();
    await submit(cohort.publicKey, "MENTEE", form());
    await submit(cohort.publicKey, "MENTOR", form(intruder));
    expect(await db.applicationChange.findFirstOrThrow()).toMatchObject({ tokenHash: null });
    const token = await changeToken(mailbox, owner);
    expect(await getApplicationChangeLink(null, token)).toMatchObject({ role: "MENTOR" });

    // A second change replaces nothing until delivered; the owner signs in and changes the
    // application themself before the email goes out: it is not sent.
    await submit(cohort.publicKey, "MENTEE", form({ ...intruder, city: "Lund" }));
    const person = await createUser(db, { email: owner, name: "Amal Haddad" });
    actAs(person);
    await submit(cohort.publicKey, "MENTEE", form({ city: "Umeå" }));
    const before = mailbox.received().length;
    await mailbox.deliver();
    expect(
      mailbox
        .received()
        .slice(before)
        .map((mail) => mail.subject),
    ).not.toContain("Bekräfta ändringen av din ansökan");
    expect(await db.outboxEmail.findFirstOrThrow({ where: { template: "applicationChange", status: "CANCELLED" } })).toMatchObject({
      applicationChangeId: null,
    });
    expect(await getApplicationChangeLink(null, token)).toBeNull();
  });

  it("changes nothing stored for a sender who is not signed in as the address, and emails the address a link to confirm", async () => {
    const { cohort } = await recruitingCohort();
    await submit(cohort.publicKey, "MENTEE", form());
    const before = await db.application.findFirstOrThrow();

    useLocale("en");
    const answer = await submit(cohort.publicKey, "MENTOR", form(intruder));
    // The same answer as for an address that never applied.
    expect(answer).toEqual(await submit(cohort.publicKey, "MENTEE", form({ email: "new@example.test" })));
    expect(await db.application.findUniqueOrThrow({ where: { id: before.id } })).toEqual(before);

    const emails = await db.outboxEmail.findMany({ where: { toEmail: owner }, orderBy: { createdAt: "asc" } });
    expect(emails.map((email) => email.template)).toEqual(["applicationReceived", "applicationChange"]);
    // In the owner's language and with the owner's name: the sender may be anyone.
    const change = emails[1]!;
    expect(change.subject).toBe("Bekräfta ändringen av din ansökan");
    expect(change.bodyText).toContain("Hej Amal Haddad!");
    expect(change.bodyText).toContain("som mentor");
    expect(change.bodyText).toContain(`i ${applicationChangeHours} timmar`);
    expect(change.bodyText).not.toContain("Mallory");
    // The stored email holds no link; the link is made when the email is delivered.
    expect(change.bodyText).not.toContain("/apply/confirm/");
    expect(change.programmeId).toBeNull();

    const token = await changeToken(mailbox, owner);
    const kept = await db.applicationChange.findFirstOrThrow();
    expect(kept).toMatchObject({ applicationId: before.id, role: "MENTOR", name: "Mallory Intruder", city: "Malmö", locale: "en" });
    expect(kept.tokenHash).not.toContain(token);
    const expiresIn = kept.expiresAt.getTime() - Date.now();
    expect(expiresIn).toBeGreaterThan((applicationChangeHours - 0.1) * hour);
    expect(expiresIn).toBeLessThanOrEqual(applicationChangeHours * hour);

    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "application.change_request" } });
    expect(audit).toMatchObject({ actorId: null, entityId: before.id, subjectUserId: null });
  });

  it("applies a confirmed change once, as a change from the owner, and the link then stops working", async () => {
    const { programme, cohort } = await recruitingCohort();
    await submit(cohort.publicKey, "MENTEE", form());
    const first = await db.application.findFirstOrThrow();
    useLocale("en");
    await submit(cohort.publicKey, "MENTOR", form({ city: "Stockholm", fieldKey: "economics", "language.fa": "good" }));
    const token = await changeToken(mailbox, owner);
    expect(await getApplicationChangeLink(null, token)).toEqual({
      cohort: { name: "Omgång hösten", nameEn: null },
      programme: { name: programme.name, nameEn: null },
      role: "MENTOR",
    });

    expect(await confirm(token)).toEqual({
      ok: true,
      message: `Your application to Omgång hösten in ${programme.name} is updated. Thank you!`,
    });
    expect(await db.application.count()).toBe(1);
    const updated = await db.application.findFirstOrThrow();
    expect(updated).toMatchObject({
      id: first.id,
      role: "MENTOR",
      status: "SUBMITTED",
      city: "Stockholm",
      locale: "en",
      languageCodes: ["sv", "en", "ar", "fa"],
      professionalFieldId: fieldId(programme, "economics"),
    });
    expect(await db.applicationChange.count()).toBe(0);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "application.change_confirm" } });
    expect(audit).toMatchObject({ actorId: null, entityId: first.id, programmeId: programme.id });

    useLocale("sv");
    expect(await confirm(token)).toMatchObject({ ok: false, message: invalidLink });
    expect(await getApplicationChangeLink(null, token)).toBeNull();
    expect(await db.application.findFirstOrThrow()).toEqual(updated);
  });

  it("refuses a link that has expired, a wrong one and a malformed one", async () => {
    const { cohort } = await recruitingCohort();
    await submit(cohort.publicKey, "MENTEE", form());
    await submit(cohort.publicKey, "MENTEE", form(intruder));
    const before = await db.application.findFirstOrThrow();
    const token = await changeToken(mailbox, owner);
    await db.applicationChange.updateMany({ data: { expiresAt: new Date(Date.now() - 60_000) } });

    expect(await getApplicationChangeLink(null, token)).toBeNull();
    expect(await confirm(token)).toMatchObject({ ok: false, message: invalidLink });
    expect(await confirm("A".repeat(43))).toMatchObject({ ok: false, message: invalidLink });
    expect(await confirm("../../etc/passwd")).toMatchObject({
      ok: false,
      message: "Det här finns inte, eller så har du inte tillgång till det.",
    });
    expect(await db.application.findFirstOrThrow()).toEqual(before);
  });

  it("never puts a decided application back to submitted: it keeps its decision and role, and takes the new answers once confirmed", async () => {
    for (const status of ["WAITLISTED", "DECLINED", "ACCEPTED"] as const) {
      const { cohort } = await recruitingCohort();
      const decided = await createApplication(db, { cohortId: cohort.id, role: "MENTEE", status, decisionReason: "Full", email: owner });

      await submit(cohort.publicKey, "MENTOR", form(intruder));
      expect(await db.application.findUniqueOrThrow({ where: { id: decided.id } })).toEqual(decided);

      expect(await confirm(await changeToken(mailbox, owner))).toMatchObject({ ok: true });
      const after = await db.application.findUniqueOrThrow({ where: { id: decided.id } });
      expect(after).toMatchObject({ status, role: "MENTEE", decisionReason: "Full", decidedAt: decided.decidedAt, city: "Malmö" });
      await db.outboxEmail.deleteMany();
    }
  });

  it("changes the application at once for someone signed in with its address, keeping the decision", async () => {
    const { cohort } = await recruitingCohort();
    const person = await createUser(db, { email: owner, name: "Amal Haddad" });
    const waitlisted = await createApplication(db, { cohortId: cohort.id, role: "MENTEE", status: "WAITLISTED", email: owner });
    // A change someone else sent before is dropped: the owner's own change is newer.
    await submit(cohort.publicKey, "MENTEE", form(intruder));
    expect(await db.applicationChange.count()).toBe(1);

    actAs(await createUser(db, { email: "someone.else@example.test" }));
    await submit(cohort.publicKey, "MENTEE", form({ city: "Gävle" }));
    expect(await db.applicationChange.count()).toBe(2);
    expect((await db.application.findFirstOrThrow()).city).toBe(waitlisted.city);

    actAs(person);
    expect(await submit(cohort.publicKey, "MENTOR", form({ city: "Luleå" }))).toHaveProperty("redirect");
    const updated = await db.application.findFirstOrThrow();
    expect(updated).toMatchObject({ id: waitlisted.id, status: "WAITLISTED", role: "MENTEE", city: "Luleå", userId: person.id });
    expect(await db.applicationChange.count()).toBe(0);
    const receipt = await db.outboxEmail.findFirstOrThrow({ where: { template: "applicationReceived" } });
    expect(receipt.toEmail).toBe(owner);
  });

  it("keeps nothing aside and sends nothing more for the same answers sent again", async () => {
    const { cohort } = await recruitingCohort();
    await submit(cohort.publicKey, "MENTEE", form());
    await submit(cohort.publicKey, "MENTEE", form({ email: "AMAL.HADDAD@example.test" }));
    expect(await db.applicationChange.count()).toBe(0);
    expect(await db.outboxEmail.count()).toBe(1);
  });

  it("refuses to confirm while the cohort takes no applications, and the link keeps working", async () => {
    const { cohort } = await recruitingCohort();
    await submit(cohort.publicKey, "MENTEE", form());
    await submit(cohort.publicKey, "MENTEE", form(intruder));
    const before = await db.application.findFirstOrThrow();
    const token = await changeToken(mailbox, owner);
    await db.cohort.update({ where: { id: cohort.id }, data: { status: "MATCHING" } });
    expect(await confirm(token)).toMatchObject({
      ok: false,
      message: "Omgången tar inte emot ansökningar längre, så ansökan kan inte ändras. Inget har ändrats.",
    });
    expect(await db.application.findFirstOrThrow()).toEqual(before);
    expect(await getApplicationChangeLink(null, token)).not.toBeNull();
  });
});

describe("the limit on application emails to one address", () => {
  it("sends one address a few emails a day at most, across cohorts and senders, and answers the same past it", async () => {
    const cohorts = await Promise.all([recruitingCohort(), recruitingCohort(), recruitingCohort()]);
    const tries = applyRecipientRule.limit + 3;
    for (let i = 0; i < tries; i++) {
      request.address = `203.0.113.${i + 1}`;
      const { cohort } = cohorts[i % cohorts.length]!;
      expect(await submit(cohort.publicKey, "MENTEE", form({ city: `Ort ${i}` }))).toEqual({
        redirect: `/apply/${cohort.publicKey}/thanks`,
      });
    }
    expect(await db.outboxEmail.count({ where: { toEmail: owner } })).toBe(applyRecipientRule.limit);
    // A first application past the limit is still saved; only its receipt is left out.
    expect(await db.application.count({ where: { email: owner } })).toBe(cohorts.length);
    // A change whose link could not be sent is not kept: nobody could confirm it.
    expect(await db.applicationChange.count()).toBe(applyRecipientRule.limit - cohorts.length);

    // Another address is not limited by it.
    expect(await submit(cohorts[0].cohort.publicKey, "MENTEE", form({ email: "someone.else@example.test" }))).toHaveProperty("redirect");
    expect(await db.outboxEmail.count({ where: { toEmail: "someone.else@example.test" } })).toBe(1);
    request.address = "198.51.100.1";
  });
});

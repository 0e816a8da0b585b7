import { describe, expect, it, vi } from "vitest";

// The client's address is the one Tandem's server found for the connection (lib/request); what the
// client wrote in X-Forwarded-For must be ignored. Each test chooses its own address.
const request = vi.hoisted(() => ({ address: "198.51.100.1" }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
  headers: async () => new Headers({ "x-forwarded-for": "6.6.6.6", "x-tandem-client-address": request.address }),
}));

import { db } from "@/lib/db";
import { applyAddressRule } from "@/lib/applications/application-submit-limits";
import { getReturningApplicant } from "@/lib/applications/application-submit-queries";
import { getViewer } from "@/lib/auth/session";
import { profileSchema } from "@/lib/profiles/profile-schemas";
import { actAs } from "@/tests/setup/acting";
import { useLocale } from "@/tests/setup/integration";
import { createApplication } from "@/tests/factories/applications";
import { createCohort } from "@/tests/factories/cohorts";
import { createParticipation } from "@/tests/factories/participations";
import { createProgramme, fieldId } from "@/tests/factories/programmes";
import { createUser } from "@/tests/factories/users";
import { form, hour, nothingSaved, recruitingCohort, submit } from "./apply-fixtures";

describe("applying through a cohort's public page", () => {
  it("saves the application with its columns, confirms it by email in the applicant's language, and logs it", async () => {
    const { programme, cohort } = await recruitingCohort();
    useLocale("en");
    const answer = await submit(cohort.publicKey, "MENTEE", form());
    expect(answer).toEqual({ redirect: `/apply/${cohort.publicKey}/thanks` });

    const application = await db.application.findFirstOrThrow({ where: { cohortId: cohort.id } });
    expect(application).toMatchObject({
      role: "MENTEE",
      status: "SUBMITTED",
      email: "amal.haddad@example.test",
      name: "Amal Haddad",
      city: "Uppsala",
      languageCodes: ["sv", "en", "ar"],
      professionalFieldId: fieldId(programme, "law"),
      locale: "en",
      userId: null,
    });
    expect(Date.now() - application.consentAt.getTime()).toBeLessThan(60_000);
    // The answers without empty ones; name and field only in their columns. With those, the
    // profile reads back with the profile schema.
    expect(application.profile).toMatchObject({
      educationCountry: "SY",
      educationYear: 2014,
      goalTags: ["qualified_job", "network"],
      expertiseTags: [],
      mentorCapacity: 1,
    });
    expect(application.profile).not.toHaveProperty("employer");
    expect(application.profile).not.toHaveProperty("name");
    expect(application.profile).not.toHaveProperty("fieldKey");
    const answers = application.profile as Record<string, unknown>;
    expect(profileSchema.safeParse({ ...answers, name: application.name, fieldKey: "law" }).success).toBe(true);

    const emails = await db.outboxEmail.findMany();
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({
      toEmail: "amal.haddad@example.test",
      locale: "en",
      template: "applicationReceived",
      subject: "We have received your application",
      programmeId: programme.id,
    });
    expect(emails[0]?.bodyText).toContain("Thank you for applying as a mentee to Omgång hösten in Mentorskap för jurister");

    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "application.submit" } });
    expect(audit).toMatchObject({ actorId: null, entityType: "Application", entityId: application.id, programmeId: programme.id });
    expect(audit.ip).toBe(request.address);
  });

  it("writes the confirmation in Swedish when the page is in Swedish, and keeps a mentor's own fields", async () => {
    const { cohort } = await recruitingCohort();
    const mentor = form({
      email: "mentor@example.test",
      goals: "should not be kept",
      goalTags: ["network"],
      expertiseTags: ["cv_review", "labour_law"],
      mentorCapacity: "2",
      employer: "Stensjö Advokatbyrå",
    });
    expect(await submit(cohort.publicKey, "MENTOR", mentor)).toHaveProperty("redirect");
    const application = await db.application.findFirstOrThrow();
    expect(application).toMatchObject({ role: "MENTOR", locale: "sv" });
    expect(application.profile).toMatchObject({
      expertiseTags: ["cv_review", "labour_law"],
      mentorCapacity: 2,
      employer: "Stensjö Advokatbyrå",
    });
    expect(application.profile).toMatchObject({ goalTags: [] });
    expect(application.profile).not.toHaveProperty("goals");
    const email = await db.outboxEmail.findFirstOrThrow();
    expect(email.subject).toBe("Vi har tagit emot din ansökan");
    expect(email.bodyText).toContain("som mentor till Omgång hösten");
  });

  it("keeps text that a spreadsheet would read as a formula as it was typed", async () => {
    const { cohort } = await recruitingCohort();
    const typed = { name: '=HYPERLINK("https://evil.example")', city: "@SUM(A1)", goals: "-2+3 och mer", educationDegree: "+Master" };
    expect(await submit(cohort.publicKey, "MENTEE", form(typed))).toHaveProperty("redirect");
    const application = await db.application.findFirstOrThrow();
    expect(application).toMatchObject({ name: typed.name, city: typed.city });
    expect(application.profile).toMatchObject({ goals: typed.goals, educationDegree: typed.educationDegree });
  });

  it("sends one confirmation for a double submit", async () => {
    const { cohort } = await recruitingCohort();
    await Promise.all([submit(cohort.publicKey, "MENTEE", form()), submit(cohort.publicKey, "MENTEE", form())]);
    await submit(cohort.publicKey, "MENTEE", form());
    expect(await db.application.count()).toBe(1);
    expect(await db.outboxEmail.count()).toBe(1);
  });

  it("refuses a cohort that does not take applications, and saves nothing", async () => {
    const closedStatus = await recruitingCohort({ status: "ACTIVE" });
    const windowOver = await recruitingCohort({ applicationClosesAt: new Date(Date.now() - hour) });
    const notYet = await recruitingCohort({ applicationOpensAt: new Date(Date.now() + hour) });
    for (const { cohort } of [closedStatus, windowOver, notYet]) {
      expect(await submit(cohort.publicKey, "MENTEE", form())).toEqual({
        ok: false,
        message: "Omgången tar inte emot ansökningar längre. Vi har inte sparat något.",
        values: expect.objectContaining({ name: "Amal Haddad" }),
      });
    }
    await nothingSaved();
  });

  it("refuses an unknown link", async () => {
    await recruitingCohort();
    expect(await submit("no-such-cohort-key", "MENTEE", form())).toMatchObject({
      ok: false,
      message: "Det här finns inte, eller så har du inte tillgång till det.",
    });
    expect(await submit("../../etc", "MENTEE", form())).toMatchObject({ ok: false });
    await nothingSaved();
  });

  it("refuses a professional field the programme does not offer, including another programme's and an inactive one", async () => {
    const { programme, cohort } = await recruitingCohort();
    await db.professionalField.update({ where: { id: fieldId(programme, "hr") }, data: { active: false } });
    await db.professionalField.create({
      data: {
        programmeId: (await createProgramme(db, { withDefaultFields: false })).id,
        key: "medicine",
        nameSv: "Läkare",
        nameEn: "Doctor",
      },
    });
    for (const fieldKey of ["astrology", "hr", "medicine"]) {
      const answer = await submit(cohort.publicKey, "MENTEE", form({ fieldKey }));
      expect(answer).toMatchObject({ ok: false, fieldErrors: { fieldKey: ["Programmet har ingen sådan utbildningsbakgrund."] } });
    }
    await nothingSaved();
  });

  it("refuses an application without consent, says so next to the checkbox and keeps everything typed", async () => {
    const { cohort } = await recruitingCohort();
    useLocale("en");
    const answer = await submit(cohort.publicKey, "MENTEE", form({ consent: undefined, email: "not-an-email" }));
    expect(answer).toMatchObject({
      ok: false,
      fieldErrors: {
        consent: ["To take part, you need to agree that we process your data."],
        email: ["Enter an email address like name@example.com."],
      },
      values: {
        name: "Amal Haddad",
        email: "not-an-email",
        city: "Uppsala",
        fieldKey: "law",
        educationCountry: "SY",
        industries: "public_sector,legal_services",
        goalTags: "qualified_job,network",
        "language.ar": "fluent",
        "language.sv": "good",
        meetingPreference: "IN_PERSON",
        gender: "FEMALE",
      },
    });
    expect(answer).not.toHaveProperty("values.consent");
    await nothingSaved();
  });

  it("asks for at least one language and the professional field", async () => {
    const { cohort } = await recruitingCohort();
    const answer = await submit(
      cohort.publicKey,
      "MENTEE",
      form({ "language.ar": "", "language.sv": "", "language.en": "", fieldKey: "" }),
    );
    expect(answer).toMatchObject({
      ok: false,
      fieldErrors: { languages: ["Ange minst ett språk."], fieldKey: ["Välj utbildningsbakgrund."] },
    });
    await nothingSaved();
  });

  it("limits how many applications one address can send in an hour, and not other addresses", async () => {
    const { cohort } = await recruitingCohort();
    request.address = "203.0.113.7";
    for (let i = 0; i < applyAddressRule.limit; i++) {
      expect(await submit(cohort.publicKey, "MENTEE", form({ email: `person-${i}@example.test` }))).toHaveProperty("redirect");
    }
    const refused = await submit(cohort.publicKey, "MENTEE", form({ email: "one-too-many@example.test" }));
    expect(refused).toMatchObject({ ok: false, message: "Du har skickat för många formulär på kort tid. Vänta en stund och försök igen." });
    expect(await db.application.count({ where: { email: "one-too-many@example.test" } })).toBe(0);

    request.address = "203.0.113.8";
    expect(await submit(cohort.publicKey, "MENTEE", form({ email: "one-too-many@example.test" }))).toHaveProperty("redirect");
    request.address = "198.51.100.1";
  });

  it("does not count forms sent back with errors against the address", async () => {
    const { cohort } = await recruitingCohort();
    for (let i = 0; i < applyAddressRule.limit + 2; i++) await submit(cohort.publicKey, "MENTEE", form({ consent: undefined }));
    expect(await submit(cohort.publicKey, "MENTEE", form())).toHaveProperty("redirect");
  });

  it("answers the same, and sends the same email, whether or not the email already has an account or an application", async () => {
    const { cohort } = await recruitingCohort();
    const { cohort: other } = await recruitingCohort();
    const holder = await createUser(db, { email: "known@example.test" });
    await createApplication(db, { cohortId: other.id, role: "MENTEE", email: "known@example.test" });

    const known = await submit(cohort.publicKey, "MENTEE", form({ email: "known@example.test" }));
    const unknown = await submit(cohort.publicKey, "MENTEE", form({ email: "stranger@example.test" }));
    expect(known).toEqual(unknown);

    const emails = await db.outboxEmail.findMany({ orderBy: { createdAt: "asc" } });
    expect(emails.map((email) => email.toEmail).sort()).toEqual(["known@example.test", "stranger@example.test"]);
    const [first, second] = emails;
    expect(first?.subject).toBe(second?.subject);
    expect(first?.bodyText).toBe(second?.bodyText);
    expect(emails.every((email) => email.userId === null)).toBe(true);
    // Nobody is linked to an account by typing its email address.
    expect(await db.application.count({ where: { userId: holder.id } })).toBe(0);
  });

  it("links the application to the signed-in applicant's own account, and fills the form in from their last participation", async () => {
    const { programme, cohort } = await recruitingCohort();
    const older = await createCohort(db, {
      programmeId: programme.id,
      name: "Omgång 2019",
      status: "CLOSED",
      startDate: new Date("2019-02-01"),
    });
    const newer = await createCohort(db, {
      programmeId: programme.id,
      name: "Omgång 2022",
      status: "CLOSED",
      startDate: new Date("2022-02-01"),
    });
    const person = await createUser(db, { email: "returning@example.test", name: "Ali Rahimi" });
    await createParticipation(db, { cohortId: older.id, role: "MENTEE", userId: person.id, fieldKey: "economics", city: "Gävle" });
    await createParticipation(db, {
      cohortId: newer.id,
      role: "MENTOR",
      userId: person.id,
      fieldKey: "law",
      city: "Uppsala",
      employer: "Skatteverket",
      expertiseTags: ["tax"],
      languages: [{ code: "fa", level: "fluent" }],
      mentorCapacity: 2,
    });
    actAs(person);
    const viewer = await getViewer();
    const returning = await getReturningApplicant(viewer!);
    expect(returning).toEqual({
      fromCohort: { name: "Omgång 2022", nameEn: null },
      values: expect.objectContaining({
        name: "Ali Rahimi",
        email: "returning@example.test",
        fieldKey: "law",
        city: "Uppsala",
        employer: "Skatteverket",
        expertiseTags: "tax",
        "language.fa": "fluent",
        mentorCapacity: "2",
      }),
    });
    expect(returning?.values).not.toHaveProperty("consent");

    await submit(cohort.publicKey, "MENTOR", form({ email: "Returning@example.test", name: "Ali Rahimi" }));
    const application = await db.application.findFirstOrThrow();
    expect(application.userId).toBe(person.id);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "application.submit" } });
    expect(audit).toMatchObject({ actorId: person.id, subjectUserId: person.id });
  });
});

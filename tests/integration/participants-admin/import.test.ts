import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importParticipantsAction } from "@/lib/participants/import-actions";
import { importStartState, type ImportState } from "@/lib/participants/import-state";
import { actAs } from "@/tests/setup/acting";
import { useLocale } from "@/tests/setup/integration";
import { testMailbox } from "@/tests/setup/mailbox";
import { createCohort } from "@/tests/factories/cohorts";
import { createUser } from "@/tests/factories/users";
import { createWorld } from "@/tests/factories/world";

const mailbox = testMailbox();

function upload(text: string | Uint8Array<ArrayBuffer>, fileName = "people.csv"): FormData {
  const form = new FormData();
  form.set("intent", "preview");
  form.set("file", new File([text], fileName, { type: "text/csv" }));
  return form;
}

function confirmation(text: string): FormData {
  const form = new FormData();
  form.set("intent", "confirm");
  form.set("fileName", "people.csv");
  form.set("csv", text);
  return form;
}

function preview(state: ImportState) {
  if (state.stage !== "preview") throw new Error(`expected a preview, got ${JSON.stringify(state)}`);
  return state;
}

const header = "role,name,email,field,phone,city,languages";
const goodRows = [
  "mentor,Anna Lind,anna.lind@example.org,law,070-111 22 33,Stockholm,sv:fluent en:good",
  "mentee,Omar Said,omar.said@example.org,economics,,Uppsala,ar:fluent sv:good",
  "adept,Mina Rahimi,mina.rahimi@example.org,Ekonom,,Göteborg,fa:fluent en:basic",
];

async function counts() {
  const [users, participations, emails, tokens, audit] = await Promise.all([
    db.user.count(),
    db.participation.count(),
    db.outboxEmail.count(),
    db.oneTimeToken.count(),
    db.auditEntry.count(),
  ]);
  return { users, participations, emails, tokens, audit };
}

describe("the CSV import preview", () => {
  it("shows every row with each kind of problem, and saves nothing", async () => {
    const world = await createWorld(db);
    const inCohort = world.a.pairs[0]!.mentorUser.email!;
    useLocale("en");
    actAs(world.coordinatorA);
    const before = await counts();
    const csv = [
      header,
      goodRows[0],
      "mentee,Unknown Field,uf@example.org,astrology,,,sv:good", // unknown field
      "mentee,Bad Email,not-an-email,law,,,sv:good", // bad email
      "mentee,Twin One,twin@example.org,law,,,sv:good", // duplicate email within the file
      "mentee,Twin Two,TWIN@example.org,law,,,sv:good",
      `mentor,Already There,${inCohort},law,,,sv:good`, // already in the cohort
      "mentee,,noname@example.org,law,,,sv:good", // missing name
      "boss,Unknown Role,role@example.org,law,,,sv:good", // unknown role
      "mentee,Bad Language,lang@example.org,law,,,klingon:fluent sv:perfect", // bad languages
      "mentee,Bad Phone,phone@example.org,law,abc,,sv:good", // bad phone (the profile schema's rule)
    ].join("\n");
    const state = preview(await importParticipantsAction(world.a.cohort.id, importStartState, upload(csv)));

    expect(state.ready).toBe(false);
    expect(state.rows).toHaveLength(10);
    expect(state.problemRows).toBe(9);
    const problemsOf = (line: number) => state.rows.find((row) => row.line === line)!.problems;
    expect(problemsOf(2)).toEqual([]);
    expect(problemsOf(3)).toEqual(["field: “astrology” is not a professional field of the programme."]);
    expect(problemsOf(4)).toEqual(["email: Enter an email address like name@example.com."]);
    expect(problemsOf(5)).toEqual(["email: The same email address is on row 6."]);
    expect(problemsOf(6)).toEqual(["email: The same email address is on row 5."]);
    expect(problemsOf(7)).toEqual(["email: This person is already in the cohort."]);
    expect(problemsOf(8)).toEqual(["name: Enter the name."]);
    expect(problemsOf(9)).toEqual(["role: “boss” is not a role. Write mentor or mentee."]);
    expect(problemsOf(10)).toEqual([
      "languages: “klingon:fluent” is not a language with a level, like sv:fluent.",
      "languages: “sv:perfect” is not a language with a level, like sv:fluent.",
    ]);
    expect(problemsOf(11)).toEqual(["phone: Enter a phone number with digits, for example +46 70 123 45 67."]);
    expect(state.rows.find((row) => row.line === 7)!.inProgramme).toBe(true);
    expect(state.rows.find((row) => row.line === 2)!.inProgramme).toBe(false);

    expect(await counts()).toEqual(before);
  });

  it("says only whether a person takes part in the programme, never whether an address has an account elsewhere", async () => {
    const world = await createWorld(db);
    const otherProgramme = world.b.pairs[0]!.mentorUser.email!;
    const noProgramme = (await createUser(db, { email: "has.account@example.org" })).email!;
    const earlierCohort = await createCohort(db, { programmeId: world.programmeA.id, status: "CLOSED" });
    const returning = await createUser(db, { email: "returning@example.org" });
    await db.participation.create({
      data: { cohortId: earlierCohort.id, userId: returning.id, role: "MENTEE", professionalFieldId: world.programmeA.fields[0]!.id },
    });
    actAs(world.coordinatorA);
    const csv = [
      header,
      `mentee,Other Programme,${otherProgramme},law,,,sv:good`,
      `mentee,No Programme,${noProgramme},law,,,sv:good`,
      "mentee,Returning,returning@example.org,law,,,sv:good",
      "mentee,Nobody Yet,nobody@example.org,law,,,sv:good",
    ].join("\n");
    const state = preview(await importParticipantsAction(world.a.cohort.id, importStartState, upload(csv)));
    expect(state.ready).toBe(true);
    expect(state.rows.map((row) => [row.name, row.inProgramme])).toEqual([
      ["Other Programme", false],
      ["No Programme", false],
      ["Returning", true],
      ["Nobody Yet", false],
    ]);
    // Nothing else in the answer tells the three kinds without a programme apart.
    const withoutName = (line: number) => {
      const { name: _name, email: _email, line: _line, ...rest } = state.rows.find((row) => row.line === line)!;
      return rest;
    };
    expect(withoutName(2)).toEqual(withoutName(5));
    expect(withoutName(3)).toEqual(withoutName(5));
  });

  it("reads semicolons, a byte order mark, Swedish column names, roles and field names", async () => {
    const world = await createWorld(db);
    actAs(world.coordinatorA);
    const csv =
      "\uFEFFroll;namn;e-post;utbildningsbakgrund;ort;språk;e-postspråk\r\nadept;Åsa Öberg;asa@example.org;Jurist;Växjö;sv:flytande en:god;\r\nmentor;Per Ek;per@example.org;economics;;sv:fluent;en\r\n";
    const state = preview(await importParticipantsAction(world.a.cohort.id, importStartState, upload(csv)));
    expect(state.fileProblems).toEqual([]);
    expect(state.ready).toBe(true);
    expect(state.rows.map((row) => row.name)).toEqual(["Åsa Öberg", "Per Ek"]);
  });

  it("reads a file Excel saved in Windows-1252", async () => {
    const world = await createWorld(db);
    actAs(world.coordinatorA);
    const latin1 = Uint8Array.from(
      [..."roll;namn;e-post;utbildningsbakgrund\nadept;Åsa Öberg;asa@example.org;law\n"].map((character) => character.charCodeAt(0)),
    );
    const state = preview(await importParticipantsAction(world.a.cohort.id, importStartState, upload(latin1)));
    expect(state.ready).toBe(true);
    expect(state.rows[0]!.name).toBe("Åsa Öberg");
    expect(state.csv).toContain("Åsa Öberg");
  });

  it("names problems of the file as a whole: missing and unknown columns, no rows", async () => {
    const world = await createWorld(db);
    useLocale("en");
    actAs(world.coordinatorA);
    const missing = preview(
      await importParticipantsAction(world.a.cohort.id, importStartState, upload("name,email,shoe size\nA,a@example.org,42\n")),
    );
    expect(missing.ready).toBe(false);
    expect(missing.fileProblems).toEqual([
      "Unknown column “shoe size”.",
      "The column “role” is missing.",
      "The column “field” is missing.",
    ]);
    const empty = preview(await importParticipantsAction(world.a.cohort.id, importStartState, upload(`${header}\n\n`)));
    expect(empty.fileProblems).toEqual(["The file has no rows below the header row."]);
    const none = await importParticipantsAction(world.a.cohort.id, importStartState, upload(""));
    expect(none).toEqual({ stage: "start", message: "Choose a CSV file to upload." });
  });
});

describe("the CSV import", () => {
  it("saves nothing when one row has a problem, even when sent straight to the confirmation", async () => {
    const world = await createWorld(db);
    useLocale("en");
    actAs(world.coordinatorA);
    const before = await counts();
    const csv = [header, ...goodRows, "mentee,Bad Email,not-an-email,law,,,sv:good"].join("\n");
    const state = preview(await importParticipantsAction(world.a.cohort.id, importStartState, confirmation(csv)));
    expect(state.ready).toBe(false);
    expect(state.message).toBe("The file still has problems. Nothing was saved.");
    expect(await counts()).toEqual(before);
    expect(await db.user.count({ where: { email: "anna.lind@example.org" } })).toBe(0);
  });

  it("adds everyone as invited, with accounts, links, emails and audit entries", async () => {
    const world = await createWorld(db);
    // An account from before that never got a password gets a notice, not a link: its owner asks for one.
    const known = await createUser(db, { email: "omar.said@example.org", name: "Omar Said", locale: "en", password: null });
    actAs(world.coordinatorA);
    const csv = [header, ...goodRows].join("\n");
    const checked = preview(await importParticipantsAction(world.a.cohort.id, importStartState, upload(csv)));
    expect(checked.ready).toBe(true);

    const done = await importParticipantsAction(world.a.cohort.id, checked, confirmation(checked.csv));
    // The answer does not say who had an account; the saved rows show both kinds went in.
    expect(done).toEqual({ stage: "done", imported: 3 });
    expect(
      await db.user.count({ where: { email: { in: ["anna.lind@example.org", "omar.said@example.org", "mina.rahimi@example.org"] } } }),
    ).toBe(3);

    const participations = await db.participation.findMany({
      where: { cohortId: world.a.cohort.id, status: "INVITED" },
      include: { user: true, professionalField: { select: { key: true } } },
      orderBy: { user: { name: "asc" } },
    });
    expect(participations.map((p) => [p.user!.email, p.role, p.professionalField.key, p.city])).toEqual([
      ["anna.lind@example.org", "MENTOR", "law", "Stockholm"],
      ["mina.rahimi@example.org", "MENTEE", "economics", "Göteborg"],
      ["omar.said@example.org", "MENTEE", "economics", "Uppsala"],
    ]);
    const anna = participations[0]!;
    expect(anna.phone).toBe("070-111 22 33");
    expect(anna.languages).toEqual([
      { code: "sv", level: "fluent" },
      { code: "en", level: "good" },
    ]);
    expect(anna.mentorCapacity).toBe(1);
    expect(anna.user!.passwordHash).toBeNull();
    expect(participations[2]!.userId).toBe(known.id);

    const emails = await db.outboxEmail.findMany({ orderBy: { toEmail: "asc" } });
    expect(emails.map((email) => [email.toEmail, email.template, email.locale, email.status])).toEqual([
      ["anna.lind@example.org", "invitation.setPassword", "sv", "PENDING"],
      ["mina.rahimi@example.org", "invitation.setPassword", "sv", "PENDING"],
      ["omar.said@example.org", "invitation.signIn", "en", "PENDING"],
    ]);
    expect(emails.map((email) => email.bodyText).join("")).not.toMatch(/\/set-password\//);
    expect(await db.oneTimeToken.count({ where: { purpose: "SET_PASSWORD" } })).toBe(2);
    expect(await db.oneTimeToken.count({ where: { userId: known.id } })).toBe(0);
    expect(await mailbox.linkTo("anna.lind@example.org")).toMatch(/^\/set-password\/[\w-]{43}$/);

    const audit = await db.auditEntry.findMany({ where: { action: "participant.invite" } });
    expect(audit).toHaveLength(3);
    expect(audit.every((entry) => entry.actorId === world.coordinatorA.id && entry.programmeId === world.programmeA.id)).toBe(true);
    expect(audit.find((entry) => entry.subjectUserId === known.id)!.details).toEqual({ via: "import", newAccount: false });
  });

  it("fills in a returning person's profile from their latest one in the programme, and keeps them to their own field", async () => {
    const world = await createWorld(db);
    useLocale("en");
    actAs(world.coordinatorA);
    // Programme A's next cohort; the returning mentee was an economist in cohort A.
    const next = await createCohort(db, { programmeId: world.programmeA.id, status: "MATCHING", name: "Next cohort" });
    const returning = world.a.pairs[0]!.menteeUser;
    await db.participation.update({
      where: { id: world.a.pairs[0]!.mentee.id },
      data: {
        city: "Uppsala",
        educationDegree: "MSc Finance",
        industries: ["banking_finance"],
        meetingPreference: "IN_PERSON",
        languages: [{ code: "sv", level: "good" }],
      },
    });
    const file = (field: string) => [header, `mentee,${returning.name},${returning.email},${field},070-999 88 77,,`].join("\n");

    const refused = preview(await importParticipantsAction(next.id, importStartState, upload(file("law"))));
    expect(refused.ready).toBe(false);
    expect(refused.rows[0]!.problems).toEqual([
      expect.stringMatching(/This person took part in the programme before with the professional field economics. Write economics:/),
    ]);

    const checked = preview(await importParticipantsAction(next.id, importStartState, upload(file("economics"))));
    expect(checked.ready).toBe(true);
    expect(await importParticipantsAction(next.id, checked, confirmation(checked.csv))).toEqual({ stage: "done", imported: 1 });
    // What the row gave wins (the phone); what it left out comes from before.
    expect(await db.participation.findFirstOrThrow({ where: { cohortId: next.id, userId: returning.id } })).toMatchObject({
      phone: "070-999 88 77",
      city: "Uppsala",
      educationDegree: "MSc Finance",
      industries: ["banking_finance"],
      meetingPreference: "IN_PERSON",
      languages: [{ code: "sv", level: "good" }],
    });
  });

  it("invites people with a password to sign in instead", async () => {
    const world = await createWorld(db);
    await createUser(db, { email: "anna.lind@example.org", name: "Anna Lind" });
    actAs(world.coordinatorA);
    const done = await importParticipantsAction(world.a.cohort.id, importStartState, confirmation([header, goodRows[0]].join("\n")));
    expect(done).toEqual({ stage: "done", imported: 1 });
    expect(await db.user.count({ where: { email: "anna.lind@example.org" } })).toBe(1);
    const email = await db.outboxEmail.findFirstOrThrow();
    expect(email.template).toBe("invitation.signIn");
    expect(email.bodyText).toContain("/login");
    expect(await db.oneTimeToken.count()).toBe(0);
  });

  it("keeps text that a spreadsheet would read as a formula as the file had it", async () => {
    const world = await createWorld(db);
    actAs(world.coordinatorA);
    const csv = [
      header,
      "mentee,=1+2,formula@example.org,law,,@SUM(A1),sv:good",
      "mentor,-Anna +Lind,anna.lind@example.org,law,,=Uppsala,sv:good",
    ].join("\n");
    const checked = preview(await importParticipantsAction(world.a.cohort.id, importStartState, upload(csv)));
    expect(checked.rows.map((row) => [row.name, row.city])).toEqual([
      ["=1+2", "@SUM(A1)"],
      ["-Anna +Lind", "=Uppsala"],
    ]);
    expect(await importParticipantsAction(world.a.cohort.id, checked, confirmation(checked.csv))).toEqual({ stage: "done", imported: 2 });
    const saved = await db.participation.findMany({ where: { cohortId: world.a.cohort.id, status: "INVITED" }, include: { user: true } });
    expect(saved.map((participation) => [participation.user!.name, participation.city]).sort()).toEqual([
      ["-Anna +Lind", "=Uppsala"],
      ["=1+2", "@SUM(A1)"],
    ]);
  });

  it("checks again on confirmation: someone added since the preview blocks the whole file", async () => {
    const world = await createWorld(db);
    useLocale("en");
    actAs(world.coordinatorA);
    const csv = [header, ...goodRows].join("\n");
    const checked = preview(await importParticipantsAction(world.a.cohort.id, importStartState, upload(csv)));
    expect(checked.ready).toBe(true);
    const anna = await createUser(db, { email: "anna.lind@example.org" });
    await db.participation.create({
      data: { cohortId: world.a.cohort.id, userId: anna.id, role: "MENTOR", professionalFieldId: world.programmeA.fields[0]!.id },
    });
    const before = await counts();
    const again = preview(await importParticipantsAction(world.a.cohort.id, checked, confirmation(checked.csv)));
    expect(again.ready).toBe(false);
    expect(again.rows[0]!.problems).toEqual(["email: This person is already in the cohort."]);
    expect(await counts()).toEqual(before);
  });

  it("refuses a coordinator of another programme, a participant, anonymous and a closed cohort", async () => {
    const world = await createWorld(db);
    useLocale("en");
    const csv = [header, ...goodRows].join("\n");
    const before = await counts();
    for (const who of [world.coordinatorB, world.a.pairs[0]!.menteeUser]) {
      actAs(who);
      expect(await importParticipantsAction(world.a.cohort.id, importStartState, upload(csv))).toEqual({
        stage: "start",
        message: "This does not exist, or you do not have access to it.",
      });
      expect(await importParticipantsAction(world.a.cohort.id, importStartState, confirmation(csv))).toEqual({
        stage: "start",
        message: "This does not exist, or you do not have access to it.",
      });
    }
    actAs(null);
    expect(await importParticipantsAction(world.a.cohort.id, importStartState, confirmation(csv))).toEqual({
      stage: "start",
      message: "You are no longer signed in. Sign in and try again.",
    });
    actAs(world.coordinatorA);
    const closed = await createCohort(db, { programmeId: world.programmeA.id, status: "CLOSED" });
    const refused = preview(await importParticipantsAction(closed.id, importStartState, confirmation(csv)));
    expect(refused.ready).toBe(false);
    expect(refused.fileProblems).toEqual(["The cohort is closed. Nobody can be added to it."]);
    expect(await counts()).toEqual(before);
  });
});

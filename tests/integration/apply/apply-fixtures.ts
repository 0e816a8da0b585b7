import { expect } from "vitest";
import { db } from "@/lib/db";
import { idleState, type ActionState } from "@/lib/actions/action-state";
import { confirmApplicationChangeAction, submitApplicationAction } from "@/lib/applications/application-submit-actions";
import { createCohort } from "@/tests/factories/cohorts";
import type { TestMailbox } from "@/tests/setup/mailbox";
import { createProgramme } from "@/tests/factories/programmes";

// What the tests of the public application form share: a cohort that takes applications, the
// form as the browser posts it, and the two actions called as the browser calls them.

export const hour = 3_600_000;

export async function recruitingCohort(overrides: Parameters<typeof createCohort>[1] = {}) {
  const programme = await createProgramme(db, { name: "Mentorskap för jurister", retentionMonths: 60 });
  const cohort = await createCohort(db, {
    programmeId: programme.id,
    name: "Omgång hösten",
    status: "RECRUITING",
    applicationOpensAt: new Date(Date.now() - 24 * hour),
    applicationClosesAt: new Date(Date.now() + 24 * hour),
    defaultMentorCapacity: 2,
    ...overrides,
  });
  return { programme, cohort };
}

type Fields = Record<string, string | string[] | undefined>;

/** A complete mentee application as the browser posts it; `overrides` replace or (undefined) remove fields. */
export function form(overrides: Fields = {}): FormData {
  const fields: Fields = {
    name: "Amal Haddad",
    email: "Amal.Haddad@Example.TEST",
    phone: "+46 70 123 45 67",
    city: "Uppsala",
    region: "Uppsala län",
    fieldKey: "law",
    educationDegree: "Master of Laws",
    educationCountry: "SY",
    educationYear: "2014",
    yearsExperience: "6",
    "language.ar": "fluent",
    "language.sv": "good",
    "language.en": "basic",
    industries: ["public_sector", "legal_services"],
    goals: "Arbeta som jurist på en myndighet.",
    goalTags: ["qualified_job", "network"],
    meetingPreference: "IN_PERSON",
    gender: "FEMALE",
    genderPreference: "",
    employer: "",
    consent: "yes",
    ...overrides,
  };
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) data.append(name, one);
  }
  return data;
}

/** Runs an action and returns where the browser is sent, or the answer when the page stays. */
async function followed(run: () => Promise<ActionState>): Promise<{ redirect: string } | ActionState> {
  try {
    return await run();
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return { redirect: digest.split(";")[2] ?? "" };
  }
}

/** Submits the public form. */
export function submit(publicKey: string, role: "MENTOR" | "MENTEE", data: FormData) {
  return followed(() => submitApplicationAction(publicKey, role, idleState, data));
}

/** Presses the button on the page of a link that confirms a change. */
export function confirm(token: string) {
  return followed(() => confirmApplicationChangeAction(token, idleState, new FormData()));
}

/** The token of the newest link to confirm a change that reached this address, after delivering what is due. */
export async function changeToken(mailbox: TestMailbox, to: string): Promise<string> {
  const link = await mailbox.linkTo(to, "apply/confirm");
  expect(link, `a link to confirm a change sent to ${to}`).not.toBeNull();
  return link!.split("/").pop()!;
}

export async function nothingSaved() {
  expect(await db.application.count()).toBe(0);
  expect(await db.outboxEmail.count()).toBe(0);
  expect(await db.auditEntry.count()).toBe(0);
}

import { describe, expect, it } from "vitest";
import { applicationProfileColumns, readApplicationProfile } from "@/lib/applications/application-profile";
import { defaultFormValue, formValuesFromForm, formValuesFromProfile, listValue, profileFieldsFromForm } from "@/lib/profiles/profile-form";
import { matchingValues } from "@/lib/profiles/profile-matching";
import { profileSchema } from "@/lib/profiles/profile-schemas";

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) data.append(name, one);
  return data;
}

const submitted = form({
  name: "Amal Haddad",
  email: "amal@example.test",
  phone: "",
  city: "Uppsala",
  fieldKey: "law",
  educationYear: "2015",
  "language.ar": "fluent",
  "language.sv": "good",
  "language.fr": "",
  industries: ["public_sector", "legal_services"],
  goalTags: "network",
  goals: "A job in the public sector.",
  expertiseTags: "cv_review",
  mentorCapacity: "",
  meetingPreference: "",
  consent: "yes",
});

describe("reading a profile form", () => {
  it("reads every field by its kind, and lets empty choices take their defaults", () => {
    const profile = profileSchema.parse(profileFieldsFromForm(submitted));
    expect(profile).toMatchObject({
      name: "Amal Haddad",
      phone: null,
      educationYear: 2015,
      languages: [
        { code: "sv", level: "good" },
        { code: "ar", level: "fluent" },
      ],
      industries: ["public_sector", "legal_services"],
      meetingPreference: "BOTH",
      mentorCapacity: 1,
    });
  });

  it("leaves out what the role is not asked for", () => {
    const mentee = profileFieldsFromForm(submitted, "MENTEE");
    expect(mentee).toHaveProperty("goalTags", ["network"]);
    expect(mentee).not.toHaveProperty("expertiseTags");
    expect(mentee).not.toHaveProperty("mentorCapacity");
    const mentor = profileFieldsFromForm(submitted, "MENTOR");
    expect(mentor).toHaveProperty("expertiseTags", ["cv_review"]);
    expect(mentor).not.toHaveProperty("goals");
  });

  it("echoes what was typed, and fills a form from a stored profile with the same values", () => {
    const echoed = formValuesFromForm(submitted);
    expect(echoed).toMatchObject({ name: "Amal Haddad", email: "amal@example.test", "language.ar": "fluent", consent: "yes" });
    expect(listValue(echoed, "industries")).toEqual(["public_sector", "legal_services"]);
    expect(echoed).not.toHaveProperty("phone");

    const stored = profileSchema.parse(profileFieldsFromForm(submitted));
    const { email: _email, consent: _consent, ...typed } = echoed;
    expect(formValuesFromProfile(stored)).toEqual({ ...typed, meetingPreference: "BOTH", mentorCapacity: "1" });
  });

  it("starts a choice at its default", () => {
    expect(defaultFormValue("meetingPreference")).toBe("BOTH");
    expect(defaultFormValue("mentorCapacity")).toBe("1");
    expect(defaultFormValue("gender")).toBe("");
  });
});

describe("where a profile goes", () => {
  const profile = profileSchema.parse(profileFieldsFromForm(submitted));

  it("keeps an application's name and field in their columns only, and reads the answers back whole", () => {
    const columns = applicationProfileColumns(profile, "field-id");
    expect(columns).toMatchObject({ name: "Amal Haddad", professionalFieldId: "field-id", city: "Uppsala", languageCodes: ["sv", "ar"] });
    expect(columns.profile).not.toHaveProperty("name");
    expect(columns.profile).not.toHaveProperty("fieldKey");
    expect(columns.profile).not.toHaveProperty("phone");
    expect(readApplicationProfile(columns.profile, { name: "Amal Haddad", fieldKey: "law" })).toEqual(profile);
  });

  it("gives the matching engine each role's values, with the stored languages cleaned", () => {
    const row = {
      ...profile,
      languages: [{ code: "sv", level: "good" }, { code: "ar", level: "native" }, "broken"],
      professionalField: { key: "law" },
    };
    const mentee = matchingValues(row, "MENTEE");
    expect(mentee).toMatchObject({ fieldKey: "law", city: "Uppsala", languages: [{ code: "sv", level: "good" }], goalTags: ["network"] });
    expect(mentee).not.toHaveProperty("expertiseTags");
    expect(mentee).not.toHaveProperty("phone");
    const mentor = matchingValues(row, "MENTOR");
    expect(mentor).toMatchObject({ mentorCapacity: 1, expertiseTags: ["cv_review"] });
    expect(mentor).not.toHaveProperty("goalTags");
  });
});

describe("a profile form shown again after a problem", () => {
  it("keeps a text over its limit whole, for the person to shorten", () => {
    const goals = "Arbeta som jurist. ".repeat(300);
    expect(goals.length).toBeGreaterThan(2000);
    expect(formValuesFromForm(form({ goals })).goals).toBe(goals);
  });
});

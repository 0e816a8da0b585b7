import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/browser";
import { participationColumns, participationSqlColumns, profileColumnSelect } from "@/lib/profiles/profile-columns";
import { columnFieldNames, fieldSpec, profileFieldNames, sectionFieldNames } from "@/lib/profiles/profile-fields";
import { matchingProfileSelect } from "@/lib/profiles/profile-matching";
import { profileSchema } from "@/lib/profiles/profile-schemas";
import en from "@/messages/en.json";
import sv from "@/messages/sv.json";

type Tree = { [key: string]: string | Tree };

function has(tree: Tree, path: string): boolean {
  const found = path
    .split(".")
    .reduce<string | Tree | undefined>((node, part) => (typeof node === "object" ? node[part] : undefined), tree);
  return typeof found === "string" && found.length > 0;
}

/** Participation columns that are not part of the profile. */
const NOT_PROFILE = ["id", "cohortId", "userId", "role", "status", "professionalFieldId", "consentAt", "createdAt", "updatedAt"];

const given = {
  name: "Amal Haddad",
  fieldKey: "law",
  city: "Uppsala",
  languages: [{ code: "sv", level: "good" }],
  industries: ["public_sector"],
};
const profile = profileSchema.parse(given);

describe("the list of profile fields", () => {
  it("has every profile column of a Participation, and only those, as a column field", () => {
    const columns = Object.keys(Prisma.ParticipationScalarFieldEnum).filter((name) => !NOT_PROFILE.includes(name));
    expect([...columnFieldNames].sort()).toEqual(columns.sort());
  });

  it("names every field and every word of its vocabulary in Swedish and English", () => {
    for (const messages of [en, sv] as unknown as Tree[]) {
      for (const name of profileFieldNames) {
        const label = `profile.labels.${name === "fieldKey" ? "field" : name}`;
        expect(has(messages, label), label).toBe(true);
        const vocabulary = fieldSpec(name).vocabulary;
        if (!vocabulary?.messages) continue;
        for (const key of vocabulary.keys) expect(has(messages, `profile.${vocabulary.messages}.${key}`), `${name}: ${key}`).toBe(true);
      }
    }
  });

  it("gives each field a section, and shows each role's own fields only to that role", () => {
    const shown = (role: "MENTOR" | "MENTEE") =>
      (["person", "education", "languages", "mentorship"] as const).flatMap((section) => sectionFieldNames(section, role));
    expect(shown("MENTOR")).toContain("expertiseTags");
    expect(shown("MENTOR")).not.toContain("goalTags");
    expect(shown("MENTEE")).toEqual(expect.arrayContaining(["goalTags", "goals"]));
    expect(shown("MENTEE")).not.toContain("mentorCapacity");
    expect(new Set([...shown("MENTOR"), ...shown("MENTEE")])).toEqual(new Set(profileFieldNames));
  });

  it("stores lists as text arrays and the languages as JSON, for the bulk insert", () => {
    const types = new Map(participationSqlColumns);
    for (const name of columnFieldNames) {
      const kind = fieldSpec(name).kind;
      if (kind === "list") expect(types.get(name)).toBe("text[]");
      if (kind === "languages") expect(types.get(name)).toBe("jsonb");
    }
    expect(types.get("professionalFieldId")).toBe("uuid");
  });

  it("reads and writes the same columns", () => {
    const written = participationColumns(profile, "field-id");
    expect(Object.keys(written).sort()).toEqual([...columnFieldNames, "professionalFieldId"].sort());
    expect(written).toMatchObject({ professionalFieldId: "field-id", city: "Uppsala", industries: ["public_sector"], phone: null });
    expect(Object.keys(profileColumnSelect).sort()).toEqual([...columnFieldNames, "professionalField"].sort());
    expect(new Set(participationSqlColumns.map(([name]) => name))).toEqual(new Set(Object.keys(written)));
  });

  it("has the matching engine read only what the list marks", () => {
    expect(Object.keys(matchingProfileSelect).sort()).toEqual(
      [...profileFieldNames.filter((name) => fieldSpec(name).matching && name !== "fieldKey"), "professionalField"].sort(),
    );
    expect(matchingProfileSelect).not.toHaveProperty("phone");
  });
});

describe("the profile schema", () => {
  it("fills the defaults and empties what was left out", () => {
    expect(profile).toMatchObject({
      meetingPreference: "BOTH",
      mentorCapacity: 1,
      goalTags: [],
      expertiseTags: [],
      phone: null,
      educationYear: null,
      gender: null,
    });
  });

  it("answers with message keys next to the fields", () => {
    const parsed = profileSchema.safeParse({
      name: " ",
      fieldKey: "",
      phone: "call me",
      educationYear: "1900",
      languages: [
        { code: "sv", level: "good" },
        { code: "sv", level: "basic" },
      ],
      industries: ["astrology"],
      mentorCapacity: "9",
    });
    expect(parsed.success).toBe(false);
    const issues = Object.fromEntries(parsed.error!.issues.map((issue) => [String(issue.path[0]), issue.message]));
    expect(issues).toMatchObject({
      name: "validation.nameMissing",
      fieldKey: "profile.errors.fieldMissing",
      phone: "validation.phoneFormat",
      educationYear: "validation.outOfRange",
      languages: "profile.errors.languageTwice",
      mentorCapacity: "validation.outOfRange",
    });
    expect(issues).toHaveProperty("industries");
    expect(profileSchema.safeParse({ ...given, languages: [] }).error?.issues[0]?.message).toBe("profile.errors.languagesMissing");
  });
});

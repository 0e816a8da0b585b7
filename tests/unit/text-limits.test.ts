import { describe, expect, it } from "vitest";
import { textLimit, textLimits } from "@/lib/actions/text-limits";
import { decisionSchema } from "@/lib/applications/application-schemas";
import { jointSessionSchema } from "@/lib/cohorts/cohort-schemas";
import { profileFields } from "@/lib/profiles/profile-fields";
import { emailSchema } from "@/lib/profiles/profile-schemas";
import { programmeSchema } from "@/lib/programmes/programme-schemas";

describe("the limits the character counts show", () => {
  it("are read from the same schemas the server checks, through their wrappers", () => {
    expect(textLimit(profileFields.goals.schema)).toBe(2000);
    expect(textLimit(profileFields.phone.schema)).toBe(40);
    expect(textLimit(emailSchema)).toBe(320);
    expect(textLimit(decisionSchema.shape.reason)).toBe(2000);
    expect(textLimits(programmeSchema)).toMatchObject({ name: 200, description: 2000 });
    expect(textLimits(jointSessionSchema)).toEqual({ title: 200, location: 200, description: 2000 });
  });

  it("are none for what is not a limited text", () => {
    expect(textLimit(profileFields.educationYear.schema)).toBeUndefined();
    expect(textLimit(profileFields.languages.schema)).toBeUndefined();
    expect(textLimits(programmeSchema)).not.toHaveProperty("defaultCohortMonths");
  });
});

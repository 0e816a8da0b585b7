import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { echoForm, toFieldErrors } from "@/lib/actions/action-state";
import { profileSchema } from "@/lib/profiles/profile-schemas";
import { programmeSchema } from "@/lib/programmes/programme-schemas";
import en from "@/messages/en.json";
import sv from "@/messages/sv.json";

const translators = {
  sv: createTranslator({ locale: "sv", messages: sv }),
  en: createTranslator({ locale: "en", messages: en }),
};
const inWords = (locale: "sv" | "en") => (key: string, values: Record<string, string | number>) =>
  translators[locale](key as never, values as never);

describe("toFieldErrors", () => {
  const schema = z.object({
    email: z.string().min(1, "validation.emailMissing"),
    age: z.number({ error: () => "not a key" }),
    confirm: z.string().refine((value) => value === "yes", "setPassword.errors.mismatch"),
  });

  it("translates message keys per field, and says what went wrong for messages that are not keys", () => {
    const result = schema.safeParse({ email: "", age: "x", confirm: "no" }, { reportInput: true });
    expect(result.success).toBe(false);
    const errors = toFieldErrors(result.error!, (key) => `<${key}>`);
    expect(errors).toEqual({
      email: ["<validation.emailMissing>"],
      age: ["<validation.wholeNumber>"],
      confirm: ["<setPassword.errors.mismatch>"],
    });
  });

  it("names the limit and the length of a text that is too long", () => {
    const result = profileSchema.shape.goals.safeParse("a".repeat(5160), { reportInput: true });
    // Swedish groups thousands with a narrow space.
    const errors = toFieldErrors(result.error!, inWords("sv")).form!.map((text) => text.replace(/\s/g, " "));
    expect(errors).toEqual(["Texten har 5 160 tecken. Den får ha högst 2 000 tecken."]);
    expect(toFieldErrors(result.error!, inWords("en"))).toEqual({ form: ["The text has 5,160 characters. It can have at most 2,000."] });
  });

  it("names the range of a number outside it, whichever end it misses", () => {
    const year = new Date().getFullYear() + 1;
    for (const typed of ["1900", String(year + 5)]) {
      const result = profileSchema.shape.educationYear.safeParse(typed, { reportInput: true });
      expect(toFieldErrors(result.error!, inWords("sv"))).toEqual({ form: [`Skriv ett tal mellan 1950 och ${year}.`] });
      expect(toFieldErrors(result.error!, inWords("en"))).toEqual({ form: [`Enter a number between 1950 and ${year}.`] });
    }
    const months = programmeSchema.shape.defaultCohortMonths.safeParse("40", { reportInput: true });
    expect(toFieldErrors(months.error!, inWords("en"))).toEqual({ form: ["Enter a number between 1 and 36."] });
    // Letters where a year goes: a whole number is asked for, not a bare "check this".
    const letters = profileSchema.shape.educationYear.safeParse("19x5", { reportInput: true });
    expect(toFieldErrors(letters.error!, inWords("en"))).toEqual({ form: ["Enter a whole number."] });
  });
});

describe("echoForm", () => {
  it("gives back everything typed, a text over its limit whole", () => {
    const form = new FormData();
    form.set("goals", "g".repeat(5160));
    form.set("password", "secret");
    expect(echoForm(form)).toEqual({ goals: "g".repeat(5160) });
  });
});

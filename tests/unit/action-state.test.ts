import { describe, expect, it } from "vitest";
import { z } from "zod";
import { toFieldErrors } from "@/lib/actions/action-state";

describe("toFieldErrors", () => {
  const schema = z.object({
    email: z.string().min(1, "validation.emailMissing"),
    age: z.number({ error: () => "not a key" }),
    confirm: z.string().refine((value) => value === "yes", "setPassword.errors.mismatch"),
  });

  it("translates message keys per field and falls back for messages that are not keys", () => {
    const result = schema.safeParse({ email: "", age: "x", confirm: "no" });
    expect(result.success).toBe(false);
    const errors = toFieldErrors(result.error!, (key) => `<${key}>`);
    expect(errors).toEqual({
      email: ["<validation.emailMissing>"],
      age: ["<validation.invalid>"],
      confirm: ["<setPassword.errors.mismatch>"],
    });
  });
});

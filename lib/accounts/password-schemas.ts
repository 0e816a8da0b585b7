import { z } from "zod";

export const newPasswordSchema = z
  .object({
    password: z.string().min(10, "setPassword.errors.tooShort").max(200, "setPassword.errors.tooLong"),
    confirm: z.string(),
  })
  .refine((value) => value.password === value.confirm, { message: "setPassword.errors.mismatch", path: ["confirm"] });

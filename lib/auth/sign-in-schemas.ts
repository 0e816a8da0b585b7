import { z } from "zod";

// Messages are keys into messages/*.json, translated where the error is shown.
export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, "login.errors.emailMissing")
    .max(320, "login.errors.emailFormat")
    .pipe(z.email("login.errors.emailFormat"))
    .transform((email) => email.toLowerCase()),
  password: z.string().min(1, "login.errors.passwordMissing").max(200, "login.errors.invalid"),
});

export type SignInInput = z.infer<typeof signInSchema>;

/** Asking for a sign-in link by email. */
export const signInLinkSchema = signInSchema.pick({ email: true });

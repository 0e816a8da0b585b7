import { z } from "zod";

const newPassword = z.string().min(10, "setPassword.errors.tooShort").max(200, "setPassword.errors.tooLong");
const sameAsPassword = (value: { password: string; confirm: string }) => value.password === value.confirm;
const mismatch = { message: "setPassword.errors.mismatch", path: ["confirm"] };

/** A new password, typed twice (a set-password or reset link). */
export const newPasswordSchema = z.object({ password: newPassword, confirm: z.string() }).refine(sameAsPassword, mismatch);

/** Changing the password while signed in: the current one first. */
export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "account.password.errors.currentMissing").max(200, "account.password.errors.currentWrong"),
    password: newPassword,
    confirm: z.string(),
  })
  .refine(sameAsPassword, mismatch);

/** "Forgot your password?": the address to send a link to. */
export const forgotPasswordSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, "login.errors.emailMissing")
    .max(320, "login.errors.emailFormat")
    .pipe(z.email("login.errors.emailFormat"))
    .transform((email) => email.toLowerCase()),
});

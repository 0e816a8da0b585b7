"use client";

import { useState, type FormEvent } from "react";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";

type FieldErrors = { email?: string; password?: string };

/**
 * Posts to next-auth's credentials endpoint. The server answers with a code ("invalid", "locked"),
 * shown here in the reader's language. The typed email is kept when something is wrong.
 */
export function LoginForm({ initialError }: { initialError?: string }) {
  const t = useTranslations("login");
  const router = useRouter();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(initialError ? errorText(initialError) : null);
  const [pending, setPending] = useState(false);

  function errorText(code: string): string {
    return code === "locked" ? t("errors.locked") : t("errors.invalid");
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    const errors: FieldErrors = {};
    if (!email) errors.email = t("errors.emailMissing");
    else if (!/^\S+@\S+\.\S+$/.test(email)) errors.email = t("errors.emailFormat");
    if (!password) errors.password = t("errors.passwordMissing");
    setFieldErrors(errors);
    if (errors.email || errors.password) {
      setMessage(null);
      return;
    }
    setPending(true);
    const result = await signIn("credentials", { email, password, redirect: false });
    setPending(false);
    if (!result || result.error) {
      setMessage(errorText(result?.error ?? "invalid"));
      return;
    }
    router.replace("/");
    router.refresh();
  }

  const summary = [fieldErrors.email && { id: "email", text: fieldErrors.email }, fieldErrors.password && { id: "password", text: fieldErrors.password }].filter(
    (item): item is { id: string; text: string } => Boolean(item),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-describedby="login-message">
      <div id="login-message" aria-live="polite">
        {summary.length > 0 && (
          <div className="rounded-md border-2 border-red-700 bg-red-50 p-4" data-testid="error-summary">
            <p className="font-semibold">{t("errors.summary")}</p>
            <ul className="mt-1 list-disc pl-5">
              {summary.map((item) => (
                <li key={item.id}>
                  <a href={`#${item.id}`} className="text-red-800 underline">
                    {item.text}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
        {message && (
          <p className="rounded-md border-2 border-red-700 bg-red-50 p-4 font-medium text-red-900" data-testid="login-error">
            {message}
          </p>
        )}
      </div>
      <div>
        <label htmlFor="email" className="block font-medium">
          {t("email")}
        </label>
        {fieldErrors.email && (
          <p id="email-error" className="mt-1 text-red-800">
            {fieldErrors.email}
          </p>
        )}
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          aria-invalid={Boolean(fieldErrors.email)}
          aria-describedby={fieldErrors.email ? "email-error" : undefined}
          className="mt-1 block min-h-11 w-full rounded-md border border-stone-500 px-3"
        />
      </div>
      <div>
        <label htmlFor="password" className="block font-medium">
          {t("password")}
        </label>
        {fieldErrors.password && (
          <p id="password-error" className="mt-1 text-red-800">
            {fieldErrors.password}
          </p>
        )}
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          aria-invalid={Boolean(fieldErrors.password)}
          aria-describedby={fieldErrors.password ? "password-error" : undefined}
          className="mt-1 block min-h-11 w-full rounded-md border border-stone-500 px-3"
        />
      </div>
      <button type="submit" disabled={pending} className="min-h-11 w-full rounded-md bg-accent-600 px-4 font-medium text-white hover:bg-accent-700 disabled:bg-stone-400 sm:w-auto">
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}

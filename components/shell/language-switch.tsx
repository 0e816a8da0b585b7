import { getLocale, getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/lib/i18n/locale-actions";

/** A plain form, so switching works without JavaScript too; the choice is kept in a cookie. */
export async function LanguageSwitch() {
  const locale = await getLocale();
  const t = await getTranslations("common");
  const other = locale === "sv" ? "en" : "sv";
  return (
    <form action={setLocaleAction}>
      <input type="hidden" name="locale" value={other} />
      <button
        type="submit"
        lang={other}
        className="min-h-11 px-2 text-accent-700 underline underline-offset-2 hover:text-accent-800"
        data-testid="language-switch"
      >
        {t("switchLanguage")}
      </button>
    </form>
  );
}

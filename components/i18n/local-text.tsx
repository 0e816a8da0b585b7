import { getTranslations } from "next-intl/server";
import type { LocalText } from "@/lib/i18n/bilingual";

/**
 * A programme's own text in the reader's language; when only the Swedish text exists for an English
 * reader, it is marked as Swedish (for screen readers, too) and followed by a visible note.
 */
export async function InLanguage({ value }: { value: LocalText }) {
  if (!value.fallback) return <>{value.text}</>;
  const t = await getTranslations("bilingual");
  return (
    <>
      <span lang={value.lang}>{value.text}</span> <span className="text-stone-600">{t("inSwedish")}</span>
    </>
  );
}

/** The same for a text inside a sentence of the interface: the note is added as plain text. */
export async function withNote(value: LocalText): Promise<string> {
  if (!value.fallback) return value.text;
  const t = await getTranslations("bilingual");
  return `${value.text} ${t("inSwedish")}`;
}

import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/auth/session";
import { getWishes, MAX_WISHES } from "@/lib/matching-board/wishes";
import { saveWishesAction } from "@/lib/matching-board/wishes-actions";
import { PageHeader } from "@/components/ui/page-header";
import { WishesForm } from "@/components/matching/wishes-form";
import { localText } from "@/lib/i18n/bilingual";
import { withNote } from "@/components/i18n/local-text";

/**
 * A mentee's shortlist of mentors, to rank up to three and to mark any they would rather not have.
 * Someone else's participation, or one whose cohort takes no wishes now, is not found.
 */
export async function MentorWishes({ participationId }: { participationId: string }) {
  const viewer = await requireViewer();
  const [t, tp, tm] = await Promise.all([getTranslations("matching.wishes"), getTranslations("profile"), getTranslations("matching")]);
  const [data, locale] = await Promise.all([getWishes(viewer, participationId, tm("erased")), getLocale()]);
  if (!data) notFound();
  const list = (keys: string[], group: "industries" | "expertiseTags") => keys.map((key) => tp(`${group}.${key}` as never)).join(", ");
  return (
    <div className="max-w-3xl">
      <PageHeader
        title={t("title")}
        lead={t("lead", {
          cohort: await withNote(localText(locale, data.mentee.cohort.name, data.mentee.cohort.nameEn)),
          programme: await withNote(localText(locale, data.mentee.cohort.programme.name, data.mentee.cohort.programme.nameEn)),
          max: MAX_WISHES,
        })}
      />
      {data.mentors.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <WishesForm
          action={saveWishesAction.bind(null, data.mentee.id)}
          mentors={data.mentors.map((mentor) => ({
            id: mentor.id,
            name: mentor.name,
            label: t("choice", { name: mentor.name }),
            choice: mentor.choice,
            facts: [
              mentor.city ?? "",
              mentor.yearsExperience === null ? "" : t("years", { years: mentor.yearsExperience }),
              mentor.industries.length ? t("industries", { list: list(mentor.industries, "industries") }) : "",
              mentor.expertiseTags.length ? t("expertise", { list: list(mentor.expertiseTags, "expertiseTags") }) : "",
            ].filter(Boolean),
          }))}
          labels={{
            options: [
              { value: "", label: t("options.none") },
              { value: "1", label: t("options.first") },
              { value: "2", label: t("options.second") },
              { value: "3", label: t("options.third") },
              { value: "avoid", label: t("options.avoid") },
            ],
            save: t("save"),
            saving: t("saving"),
            problem: t("problem"),
          }}
        />
      )}
    </div>
  );
}

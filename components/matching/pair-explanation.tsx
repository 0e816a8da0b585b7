import { useLocale, useTranslations } from "next-intl";
import { languageNamer } from "@/components/applications/language-names";
import type { CriterionExplanation, PairExplanation } from "@/lib/matching/matching-types";

export type FieldNames = Record<string, { nameSv: string; nameEn: string }>;

const outcomeMark: Record<CriterionExplanation["outcome"], string> = {
  match: "text-emerald-800",
  partial: "text-amber-900",
  none: "text-red-800",
  not_applicable: "text-stone-600",
};

/**
 * Why a pair scores what it does: each weighted criterion with its points and what matched, and
 * the hard rules the pair breaks or would break were they on. Rendered from the engine's keys in
 * the reader's language.
 */
export function PairExplanationView({ explanation, fields }: { explanation: PairExplanation; fields: FieldNames }) {
  const t = useTranslations("matching.explain");
  const locale = useLocale();
  const rules = (keys: string[]) =>
    new Intl.ListFormat(locale, { type: "conjunction" }).format(keys.map((key) => t(`rules.${key}` as never)));
  const details = useCriterionDetails(fields);
  const shown = explanation.criteria.filter((item) => item.weight > 0);
  return (
    <div className="space-y-2" data-testid="pair-explanation">
      {explanation.brokenRules.length > 0 && (
        <p className="font-medium text-red-800" data-testid="broken-rules">
          {t("brokenRules", { list: rules(explanation.brokenRules) })}
        </p>
      )}
      {explanation.relaxedRules.length > 0 && (
        <p className="text-amber-900">{t("relaxedRules", { list: rules(explanation.relaxedRules) })}</p>
      )}
      {explanation.neutral && <p>{t("neutral")}</p>}
      <ul className="divide-y divide-stone-200">
        {shown.map((item) => (
          <li key={item.criterion} className="py-1" data-testid={`criterion-${item.criterion}`}>
            <span className="font-medium">{t(`criteria.${item.criterion}`)}</span>{" "}
            <span className={outcomeMark[item.outcome]}>({t(`outcome.${item.outcome}`)})</span>
            <span className="ml-1 text-stone-700">{t("points", { points: item.points })}</span>
            <span className="block text-sm text-stone-700">{details(item)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What a criterion's points rest on, in words: what matched, what did not. */
function useCriterionDetails(fields: FieldNames): (item: CriterionExplanation) => string {
  const t = useTranslations("matching.explain");
  const tp = useTranslations("profile");
  const locale = useLocale();
  const list = new Intl.ListFormat(locale, { type: "conjunction" });
  const languageName = languageNamer(locale);
  const fieldName = (key: string) => (locale === "en" ? fields[key]?.nameEn : fields[key]?.nameSv) ?? key;
  const industries = (keys: string[]) => list.format(keys.map((key) => tp(`industries.${key}` as never)));
  const goals = (keys: string[]) => list.format(keys.map((key) => tp(`goalTags.${key}` as never)));

  return (item) => {
    switch (item.criterion) {
      case "industry":
        return item.details.shared.length ? t("industryShared", { list: industries(item.details.shared) }) : t("industryNone");
      case "goals": {
        const met = item.details.met.map((support) => support.goal);
        if (met.length === 0 && item.details.unmet.length === 0) return t("goalsNone");
        return [
          met.length ? t("goalsMet", { list: goals(met) }) : "",
          item.details.unmet.length ? t("goalsUnmet", { list: goals(item.details.unmet) }) : "",
        ]
          .filter(Boolean)
          .join(" ");
      }
      case "location":
        return t(`location.${item.details.level}`, {
          menteeCity: item.details.menteeCity ?? "–",
          mentorCity: item.details.mentorCity ?? "–",
          region: item.details.menteeRegion ?? "–",
        });
      case "experience":
        return item.details.gap === null
          ? t("experienceUnknown")
          : t("experienceYears", { mentorYears: item.details.mentorYears ?? 0, menteeYears: item.details.menteeYears ?? 0 });
      case "wishes":
        if (item.details.wishCount === 0) return t("wishesNone");
        return item.details.rank === null
          ? t("wishesNotAmong")
          : t("wishesRank", { rank: item.details.rank, count: item.details.wishCount });
      case "language":
        return item.details.best
          ? t("languageBest", { language: languageName(item.details.best.code), level: tp(`levels.${item.details.best.level}` as never) })
          : t("languageNone");
      case "field":
        return t("fields", { mentee: fieldName(item.details.menteeField), mentor: fieldName(item.details.mentorField) });
    }
  };
}

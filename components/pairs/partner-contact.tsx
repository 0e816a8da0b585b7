import { getLocale, getTranslations } from "next-intl/server";
import type { Partner } from "@/lib/pairs/pair-summaries";

export async function PartnerContact({ partner, role }: { partner: Partner; role: "MENTOR" | "MENTEE" }) {
  const t = await getTranslations("pairs");
  const locale = await getLocale();
  return (
    <div data-testid="partner">
      <p className="text-sm text-stone-600">{role === "MENTOR" ? t("yourMentee") : t("yourMentor")}</p>
      <p className="text-lg font-semibold" data-testid="partner-name">
        {partner.name}
      </p>
      <p className="text-stone-700">
        {locale === "en" ? partner.field.en : partner.field.sv}
        {partner.city ? ` · ${partner.city}` : ""}
      </p>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        {partner.email && (
          <>
            <dt className="text-stone-600">{t("email")}</dt>
            <dd>
              <a className="break-all text-accent-700 underline" href={`mailto:${partner.email}`}>
                {partner.email}
              </a>
            </dd>
          </>
        )}
        {partner.phone && (
          <>
            <dt className="text-stone-600">{t("phone")}</dt>
            <dd>
              <a className="text-accent-700 underline" href={`tel:${partner.phone.replace(/\s/g, "")}`}>
                {partner.phone}
              </a>
            </dd>
          </>
        )}
      </dl>
    </div>
  );
}

import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getFormat } from "@/lib/i18n/format";
import type { NextStep } from "@/lib/participants/next-steps";
import { paths } from "@/lib/paths";

const linkClass = "inline-flex min-h-11 items-center break-all text-accent-700 underline";

/** One step: what to do, and what it takes (a link, the partner's email and phone, the session's time and place). */
async function Step({ step }: { step: NextStep }) {
  const [t, tp, format] = await Promise.all([getTranslations("participant.next"), getTranslations("participant"), getFormat()]);
  switch (step.kind) {
    case "chooseWishes":
      return (
        <li data-testid="next-step-wishes">
          <p>{t("wishes")}</p>
          <Link href={paths.wishes(step.participationId)} className={linkClass}>
            {tp("chooseWishes")}
          </Link>
        </li>
      );
    case "contactPartner": {
      const { partner } = step;
      return (
        <li data-testid="next-step-contact">
          <p className="font-medium">{t(step.firstMeeting ? "contactFirst" : "contactAgain", { name: partner.name })}</p>
          <ul className="flex flex-wrap gap-x-4">
            {partner.email && (
              <li>
                <a className={linkClass} href={`mailto:${partner.email}`}>
                  {partner.email}
                </a>
              </li>
            )}
            {partner.phone && (
              <li>
                <a className={linkClass} href={`tel:${partner.phone.replace(/[\s()-]/g, "")}`}>
                  {partner.phone}
                </a>
              </li>
            )}
          </ul>
          {!partner.email && !partner.phone && <p className="text-stone-700">{t("noContact")}</p>}
        </li>
      );
    }
    case "session":
      return (
        <li data-testid="next-step-session">
          <p className="font-medium">{t("session", { title: step.session.title })}</p>
          <p>{format.dateTime(step.session.startsAt, { dateStyle: "full", timeStyle: "short" })}</p>
          {step.session.location && <p>{step.session.location}</p>}
        </li>
      );
  }
}

/** What to do next in a cohort, at the top of its card on the participant's home. Nothing when there is nothing to do. */
export async function NextSteps({ steps }: { steps: NextStep[] }) {
  if (steps.length === 0) return null;
  const t = await getTranslations("participant.next");
  return (
    <section className="mb-6 rounded-lg border-2 border-accent-600 bg-accent-50 p-4" data-testid="next-steps">
      <h3 className="mb-2 font-semibold">{t("title")}</h3>
      <ol className="space-y-4">
        {steps.map((step) => (
          <Step key={step.kind === "contactPartner" ? step.pairId : step.kind} step={step} />
        ))}
      </ol>
    </section>
  );
}

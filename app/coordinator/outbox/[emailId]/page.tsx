import type { Metadata } from "next";
import Link from "next/link";
import { Fragment } from "react";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getFormat } from "@/lib/i18n/format";
import { requireViewer } from "@/lib/auth/session";
import { getOutboxEmail } from "@/lib/email/outbox-queries";
import { paths } from "@/lib/paths";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("outbox");
  return { title: t("emailTitle") };
}

export default async function OutboxEmailPage({ params }: PageProps<"/coordinator/outbox/[emailId]">) {
  const viewer = await requireViewer();
  const { emailId } = await params;
  const email = await getOutboxEmail(viewer, emailId);
  if (!email) notFound();
  const t = await getTranslations("outbox");
  const format = await getFormat();
  const locale = await getLocale();
  return (
    <>
      <PageHeader title={email.subject} />
      <Card>
        <dl className="mb-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="text-stone-600">{t("columns.to")}</dt>
          <dd className="break-all">{email.toEmail}</dd>
          <dt className="text-stone-600">{t("columns.created")}</dt>
          <dd>{format.dateTime(email.createdAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
          <dt className="text-stone-600">{t("columns.status")}</dt>
          <dd>
            <Badge>{t(`status.${email.status}`)}</Badge>
          </dd>
        </dl>
        <pre className="whitespace-pre-wrap break-words font-sans" lang={email.locale} data-testid="email-body">
          {email.bodyParts.map((part, index) => (
            <Fragment key={index}>
              {index > 0 &&
                (email.links[index - 1] === "reminderOff" ? (
                  <em className="text-stone-600" lang={locale} data-testid="reminder-off-link">
                    {t("reminderOffLink")}
                  </em>
                ) : (
                  <em className="text-stone-600" lang={locale} data-testid="one-time-link">
                    {t("oneTimeLink")}
                  </em>
                ))}
              {part}
            </Fragment>
          ))}
        </pre>
      </Card>
      <Link href={paths.outbox()} className="mt-4 inline-flex min-h-11 items-center text-accent-700 underline">
        {t("back")}
      </Link>
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { isStaff } from "@/lib/auth/policy";
import { requireViewer } from "@/lib/auth/session";
import { listOutbox, outboxPageSize } from "@/lib/email/outbox-queries";
import { Badge } from "@/components/ui/badge";
import { Pagination, TableCount } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("outbox");
  return { title: t("title") };
}

const tone = { PENDING: "warning", SENDING: "info", SENT: "success", FAILED: "warning" } as const;

export default async function OutboxPage({ searchParams }: PageProps<"/coordinator/outbox">) {
  const viewer = await requireViewer();
  if (!isStaff(viewer)) notFound();
  const t = await getTranslations("outbox");
  const format = await getFormatter();
  const { page: pageParam } = await searchParams;
  const page = Math.max(1, Number.parseInt(typeof pageParam === "string" ? pageParam : "1", 10) || 1);
  const { total, emails, smtpConfigured } = await listOutbox(viewer, page);
  const pageCount = Math.max(1, Math.ceil(total / outboxPageSize));
  return (
    <>
      <PageHeader title={t("title")} lead={smtpConfigured ? t("leadSmtp") : t("leadNoSmtp")} />
      {emails.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <>
          <TableCount>{t("count", { count: total })}</TableCount>
          <div className="overflow-x-auto">
            <table className="w-full min-w-[40rem] border-collapse text-left">
              <thead>
                <tr className="border-b border-stone-300">
                  <th scope="col" className="py-2 pr-4">
                    {t("columns.created")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("columns.to")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("columns.subject")}
                  </th>
                  <th scope="col" className="py-2">
                    {t("columns.status")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {emails.map((email) => (
                  <tr key={email.id} className="border-b border-stone-200" data-testid="outbox-row">
                    <td className="py-2 pr-4 whitespace-nowrap">
                      {format.dateTime(email.createdAt, { dateStyle: "short", timeStyle: "short" })}
                    </td>
                    <td className="py-2 pr-4 break-all">{email.toEmail}</td>
                    <td className="py-2 pr-4">
                      <Link href={`/coordinator/outbox/${email.id}`} className="text-accent-700 underline">
                        {email.subject}
                      </Link>
                    </td>
                    <td className="py-2">
                      <Badge tone={tone[email.status]}>{t(`status.${email.status}`)}</Badge>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination
            page={page}
            pageCount={pageCount}
            hrefFor={(n) => `/coordinator/outbox?page=${n}`}
            labels={{ nav: t("pagination"), previous: t("previous"), next: t("next"), position: t("position", { page, pageCount }) }}
          />
        </>
      )}
    </>
  );
}

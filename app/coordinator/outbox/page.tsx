import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getFormat } from "@/lib/i18n/format";
import { isStaff } from "@/lib/auth/policy";
import { requireViewer } from "@/lib/auth/session";
import { listOutbox, outboxPageSize } from "@/lib/email/outbox-queries";
import { paths } from "@/lib/paths";
import { Badge } from "@/components/ui/badge";
import { DataTable, Pagination, type Column } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("outbox");
  return { title: t("title") };
}

const tone = { PENDING: "warning", SENDING: "info", SENT: "success", FAILED: "warning", CANCELLED: "neutral" } as const;

type OutboxRow = Awaited<ReturnType<typeof listOutbox>>["emails"][number];

export default async function OutboxPage({ searchParams }: PageProps<"/coordinator/outbox">) {
  const viewer = await requireViewer();
  if (!isStaff(viewer)) notFound();
  const t = await getTranslations("outbox");
  const format = await getFormat();
  const { page: pageParam } = await searchParams;
  const page = Math.max(1, Number.parseInt(typeof pageParam === "string" ? pageParam : "1", 10) || 1);
  const { total, emails, smtpConfigured } = await listOutbox(viewer, page);
  const pageCount = Math.max(1, Math.ceil(total / outboxPageSize));
  const columns: Column<OutboxRow>[] = [
    {
      key: "created",
      header: t("columns.created"),
      className: "whitespace-nowrap",
      cell: (email) => format.dateTime(email.createdAt, { dateStyle: "short", timeStyle: "short" }),
    },
    { key: "to", header: t("columns.to"), className: "break-all", cell: (email) => email.toEmail },
    {
      key: "subject",
      header: t("columns.subject"),
      rowHeader: true,
      cell: (email) => <TextLink href={paths.outboxEmail(email.id)}>{email.subject}</TextLink>,
    },
    { key: "status", header: t("columns.status"), cell: (email) => <Badge tone={tone[email.status]}>{t(`status.${email.status}`)}</Badge> },
  ];
  return (
    <>
      <PageHeader title={t("title")} lead={smtpConfigured ? t("leadSmtp") : t("leadNoSmtp")} />
      <DataTable
        caption={t("title")}
        columns={columns}
        rows={emails}
        rowKey={(email) => email.id}
        rowTestId="outbox-row"
        count={t("count", { count: total })}
        empty={<EmptyState title={t("empty")} />}
        minWidth="min-w-[40rem]"
      />
      <Pagination page={page} pageCount={pageCount} hrefFor={paths.outbox} />
    </>
  );
}

import { getTranslations } from "next-intl/server";
import { paths } from "@/lib/paths";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";

/**
 * What a set-password or reset link's page says when the link cannot be used: it is used,
 * replaced, expired or wrong, or (a set-password link) the account has a password already.
 */
export async function LinkProblem({ problem }: { problem: "invalid" | "hasPassword" }) {
  const t = await getTranslations("setPassword");
  return (
    <div className="max-w-prose" data-testid={problem === "invalid" ? "link-invalid" : "link-has-password"}>
      <PageHeader
        title={problem === "invalid" ? t("invalidTitle") : t("hasPasswordTitle")}
        lead={problem === "invalid" ? t("invalidLink") : t("hasPassword")}
      />
      <ul className="flex flex-wrap gap-x-6">
        <li>
          <TextLink href={paths.forgotPassword()}>{t("askNew")}</TextLink>
        </li>
        <li>
          <TextLink href={paths.login()}>{t("toLogin")}</TextLink>
        </li>
      </ul>
    </div>
  );
}

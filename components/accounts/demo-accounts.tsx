import { getTranslations } from "next-intl/server";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo/demo-accounts";
import { Card } from "@/components/ui/card";

/** Shown on the sign-in page only when Tandem runs with demo data. */
export async function DemoAccounts() {
  const t = await getTranslations("login.demo");
  return (
    <Card title={t("title")}>
      <p className="text-stone-700">{t("lead", { password: DEMO_PASSWORD })}</p>
      <ul className="mt-3 space-y-2" data-testid="demo-accounts">
        {DEMO_ACCOUNTS.map((account) => (
          <li key={account.email}>
            <span className="font-medium">{t(`roles.${account.roleLabelKey}`)}</span>: <code className="break-all">{account.email}</code>
          </li>
        ))}
      </ul>
    </Card>
  );
}

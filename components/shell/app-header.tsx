import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getViewer } from "@/lib/auth/session";
import { hasRole, isStaff } from "@/lib/auth/policy";
import { paths } from "@/lib/paths";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { SignOutButton } from "@/components/shell/sign-out-button";

/** The same header for every role: the homes this person has, the language, and signing out. */
export async function AppHeader() {
  const viewer = await getViewer();
  const t = await getTranslations("common");
  const tAccount = await getTranslations("account");
  const tPeople = await getTranslations("people");
  const links = viewer
    ? [
        isStaff(viewer) && { href: paths.coordinator(), label: t("nav.coordinator") },
        isStaff(viewer) && { href: paths.people(), label: tPeople("nav") },
        isStaff(viewer) && { href: paths.outbox(), label: t("nav.outbox") },
        hasRole(viewer, "MENTOR") && { href: paths.mentor(), label: t("nav.mentor") },
        hasRole(viewer, "MENTEE") && { href: paths.mentee(), label: t("nav.mentee") },
        viewer.participations.length > 0 && { href: paths.profile(), label: t("nav.profile") },
        { href: paths.account(), label: tAccount("title") },
      ].filter((link): link is { href: string; label: string } => Boolean(link))
    : [];
  return (
    <header className="border-b border-stone-200 bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        {t("skipToContent")}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-2">
        <Link href={paths.home()} className="min-h-11 py-2 text-xl font-bold text-accent-700">
          Tandem
        </Link>
        <div className="flex flex-wrap items-center gap-2">
          {links.length > 0 && (
            <nav aria-label={t("nav.label")}>
              <ul className="flex flex-wrap gap-1">
                {links.map((link) => (
                  <li key={link.href}>
                    <Link
                      href={link.href}
                      className="inline-flex min-h-11 items-center px-2 text-accent-700 underline-offset-2 hover:underline"
                    >
                      {link.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          <LanguageSwitch />
          {viewer && (
            <>
              <span className="hidden text-sm text-stone-600 sm:inline" data-testid="viewer-name">
                {viewer.name}
              </span>
              <SignOutButton label={t("signOut")} />
            </>
          )}
        </div>
      </div>
    </header>
  );
}

"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export type CohortTab = {
  href: string;
  label: string;
  /** Only the exact path counts (the overview); otherwise sub-pages do too. */ exact?: boolean;
};

/** The cohort's sections as a row of links; the one being shown is marked for screen readers and by style. */
export function CohortTabs({ label, tabs }: { label: string; tabs: CohortTab[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="mt-4 border-b border-stone-300">
      <ul className="-mb-px flex flex-wrap gap-x-1">
        {tabs.map((tab) => {
          const current = tab.exact ? pathname === tab.href : pathname === tab.href || pathname.startsWith(`${tab.href}/`);
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={current ? "page" : undefined}
                className={`inline-flex min-h-11 items-center border-b-4 px-3 font-medium ${
                  current ? "border-accent-600 text-stone-900" : "border-transparent text-accent-700 underline-offset-2 hover:underline"
                }`}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

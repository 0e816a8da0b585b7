import type { ReactNode } from "react";

export function Card({
  title,
  children,
  actions,
  headingLevel = 2,
}: {
  title?: ReactNode;
  children: ReactNode;
  actions?: ReactNode;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:p-6">
      {(title || actions) && (
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
          {title && <Heading className="text-lg font-semibold">{title}</Heading>}
          {actions}
        </div>
      )}
      {children}
    </section>
  );
}

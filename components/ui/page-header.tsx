import type { ReactNode } from "react";

export function PageHeader({ title, lead }: { title: ReactNode; lead?: ReactNode }) {
  return (
    <div className="mb-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{title}</h1>
      {lead && <p className="mt-2 max-w-prose text-stone-700">{lead}</p>}
    </div>
  );
}

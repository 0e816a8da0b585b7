import type { ReactNode } from "react";

export function EmptyState({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-center">
      <p className="font-medium">{title}</p>
      {children && <div className="mt-2 text-stone-700">{children}</div>}
    </div>
  );
}

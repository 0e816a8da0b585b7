import type { ReactNode } from "react";

type Tone = "neutral" | "info" | "success" | "warning";

const tones: Record<Tone, string> = {
  neutral: "bg-stone-100 text-stone-800 border-stone-300",
  info: "bg-sky-50 text-sky-900 border-sky-300",
  success: "bg-emerald-50 text-emerald-900 border-emerald-300",
  warning: "bg-amber-50 text-amber-900 border-amber-300",
};

/** Status is shown by text and colour together, never colour alone. */
export function Badge({ tone = "neutral", children }: { tone?: Tone; children: ReactNode }) {
  return <span className={`inline-block rounded border px-2 py-0.5 text-sm font-medium ${tones[tone]}`}>{children}</span>;
}

"use client";

import { useFormStatus } from "react-dom";
import { buttonClass } from "@/components/ui/button";

export function SubmitButton({ label, pendingLabel, className = "" }: { label: string; pendingLabel?: string; className?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={`${buttonClass("primary")} ${className}`}>
      {pending && pendingLabel ? pendingLabel : label}
    </button>
  );
}

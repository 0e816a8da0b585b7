"use client";

import { useFormStatus } from "react-dom";
import { buttonClass } from "@/components/ui/button";

type Props = {
  label: string;
  pendingLabel?: string;
  className?: string;
  variant?: "primary" | "secondary";
  /** Sent with the form when this button submits it (a confirmation's "yes"). */
  name?: string;
  value?: string;
};

export function SubmitButton({ label, pendingLabel, className = "", variant = "primary", name, value }: Props) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      aria-disabled={pending}
      className={`${buttonClass(variant)} ${className}`}
    >
      {pending && pendingLabel ? pendingLabel : label}
    </button>
  );
}

import type { ButtonHTMLAttributes } from "react";

type Variant = "primary" | "secondary" | "link";

const variants: Record<Variant, string> = {
  primary: "bg-accent-600 text-white hover:bg-accent-700 disabled:bg-stone-400",
  secondary: "border border-stone-400 bg-white text-stone-900 hover:bg-stone-100",
  link: "text-accent-700 underline underline-offset-2 hover:text-accent-800",
};

export function buttonClass(variant: Variant = "primary"): string {
  const box = variant === "link" ? "min-h-11 px-1" : "min-h-11 rounded-md px-4 py-2 font-medium";
  return `${box} inline-flex items-center justify-center gap-2 ${variants[variant]}`;
}

export function Button({ variant = "primary", className = "", ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return <button {...props} className={`${buttonClass(variant)} ${className}`} />;
}

"use client";

import { signOut } from "next-auth/react";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/login" })}
      className="min-h-11 rounded-md border border-stone-400 bg-white px-3 hover:bg-stone-100"
    >
      {label}
    </button>
  );
}

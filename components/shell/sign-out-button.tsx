import { signOutAction } from "@/lib/accounts/sign-in-actions";

export function SignOutButton({ label }: { label: string }) {
  return (
    <form action={signOutAction}>
      <button type="submit" className="min-h-11 rounded-md border border-stone-400 bg-white px-3 hover:bg-stone-100">
        {label}
      </button>
    </form>
  );
}

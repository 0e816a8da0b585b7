"use client";

// Replaces the root layout when it fails itself, so no translations are available here:
// the message is given in both languages.
export default function GlobalError({ retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return (
    <html lang="sv">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem", maxWidth: "40rem" }}>
        <h1>Något gick fel</h1>
        <p>Försök igen om en stund.</p>
        <p lang="en">Something went wrong. Please try again in a moment.</p>
        <button type="button" onClick={() => retry()} style={{ minHeight: "44px", padding: "0 1rem" }}>
          Försök igen / Try again
        </button>
      </body>
    </html>
  );
}

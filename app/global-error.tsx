"use client";

import "./globals.css";

// Replaces the root layout when it fails itself, so no translations are available here:
// the message is given in both languages. Styled by classes, not style attributes, which the
// Content-Security-Policy does not allow.
export default function GlobalError({ retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return (
    <html lang="sv">
      <body className="min-h-screen">
        <main className="mx-auto max-w-prose px-4 py-8" data-testid="error-page">
          <h1 className="text-2xl font-bold">Något gick fel</h1>
          <p className="mt-2">Försök igen om en stund.</p>
          <p className="mt-2" lang="en">
            Something went wrong. Please try again in a moment.
          </p>
          <button
            type="button"
            onClick={() => retry()}
            className="mt-4 min-h-11 rounded-md bg-accent-600 px-4 font-medium text-white hover:bg-accent-700"
          >
            Försök igen / Try again
          </button>
        </main>
      </body>
    </html>
  );
}

// Addresses of the account pages that lib/paths.ts does not list yet. Pure, safe on the client.

/** Where the owner of an account asks for a link to choose a new password. */
export const forgotPasswordPath = "/forgot-password";

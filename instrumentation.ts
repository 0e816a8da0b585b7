// Runs once when a server instance starts.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.TANDEM_EMAIL_DELIVERY !== "off") {
    const { startEmailDelivery } = await import("@/lib/email/delivery-loop");
    startEmailDelivery();
  }
}

import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/session";
import { homePath } from "@/lib/auth/policy";
import { paths } from "@/lib/paths";

/** The front door: signed-in people go to their home, everyone else to the sign-in page. */
export default async function Home() {
  const viewer = await getViewer();
  redirect(viewer ? homePath(viewer) : paths.login());
}

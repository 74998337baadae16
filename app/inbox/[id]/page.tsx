import { redirect } from "next/navigation";
import { pageGate } from "@/lib/auth/guard";
import { orNotFound } from "@/lib/http/not-found";
import { openNotification } from "@/lib/services/notifications";

// Opening a notification marks it read and goes to the thing it is about.
export default async function OpenNotificationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { principal } = await pageGate("staff:read", `/inbox/${id}`);
  const { link } = await orNotFound(openNotification(principal, id));
  redirect(link);
}

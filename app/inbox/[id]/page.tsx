import { notFound, redirect } from "next/navigation";
import { pageGate } from "@/lib/auth/guard";
import { NotFoundError } from "@/lib/errors";
import { openNotification } from "@/lib/services/notifications";

// Opening a notification marks it read and goes to the thing it is about.
export default async function OpenNotificationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { principal } = await pageGate("staff:read", `/inbox/${id}`);
  const { link } = await openNotification(principal, id).catch((e) =>
    e instanceof NotFoundError ? notFound() : Promise.reject(e),
  );
  redirect(link);
}

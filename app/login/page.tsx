import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/LoginForm";
import { currentPrincipal } from "@/lib/auth/current";
import { safeNextPath } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; signedOut?: string }>;
}) {
  const { next, signedOut } = await searchParams;
  if (await currentPrincipal()) redirect(safeNextPath(next));
  return (
    <div className="panel" style={{ maxWidth: 420, margin: "40px auto" }}>
      <h1>Staff sign in</h1>
      {signedOut && (
        <p className="alert ok" role="status">
          You are signed out.
        </p>
      )}
      <LoginForm next={safeNextPath(next)} />
    </div>
  );
}

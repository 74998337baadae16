import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { pageGate } from "@/lib/auth/guard";
import { NotFoundError } from "@/lib/errors";
import { getActor } from "@/lib/services/actors";
import { ACTOR_KIND_LABELS, type ActorKind } from "@/lib/validation/actors";

export const metadata: Metadata = { title: "Actor" };

export default async function ActorPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { principal } = await pageGate("staff:read", `/actors/${id}`);
  const actor = await getActor(principal, id).catch((e) => (e instanceof NotFoundError ? notFound() : Promise.reject(e)));
  return (
    <div className="panel">
      <p className="small muted" style={{ margin: 0 }}>{ACTOR_KIND_LABELS[actor.kind as ActorKind] ?? actor.kind}</p>
      <h1>{actor.name}</h1>
      {actor.description && <p>{actor.description}</p>}
      <p className="small">Also known as: {actor.aliases.map((a) => a.alias).join(", ") || "—"}</p>
    </div>
  );
}

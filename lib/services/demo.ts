// Loads the fictional demo workspace (lib/demo/content.ts) in one transaction: all of it or none of it.
import "server-only";
import { selectorsFor } from "@/lib/anchoring";
import { hashPassword } from "@/lib/auth/password";
import { slugify } from "@/lib/claims/slug";
import { getDb, type Tx } from "@/lib/db/client";
import { contentHash, normaliseSourceText } from "@/lib/sources/text";
import type { CardContent } from "@/lib/cards/types";
import { storeSuggestions } from "./suggestions";
import { DEMO_ACTORS, DEMO_CLAIMS, DEMO_PASSWORD, DEMO_SOURCES, DEMO_STATEMENTS, DEMO_USERS } from "@/lib/demo/content";

type Revision = { id: string; sourceId: string; text: string };

function anchor(revision: Revision, quote: string) {
  const start = revision.text.indexOf(quote);
  if (start < 0) throw new Error(`Demo quote not found in its source: ${quote}`);
  return selectorsFor(revision.text, start, start + quote.length);
}

/** @unchecked The local operator's start-up step (npm start, `cli demo load`): acts only on a desk with no users. */
export async function loadDemoWorkspace(): Promise<{ loaded: boolean; reason?: string }> {
  const db = await getDb();
  if ((await db.user.count()) > 0) return { loaded: false, reason: "the database already has users." };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.$transaction(
    async (tx) => {
      const users = new Map<string, string>();
      for (const u of DEMO_USERS) users.set(u.email, (await tx.user.create({ data: { ...u, passwordHash } })).id);
      const analystId = users.get("analyst@demo.claimdesk.test")!;

      const actors = new Map<string, string>();
      for (const a of DEMO_ACTORS) {
        const { key, aliases, ...data } = a;
        const row = await tx.actor.create({
          data: { ...data, aliases: { create: aliases.map((alias) => ({ alias })) } },
        });
        actors.set(key, row.id);
      }

      const revisions = new Map<string, Revision>();
      for (const s of DEMO_SOURCES) {
        const { key, text: rawText, publishedAt, ...meta } = s;
        const text = normaliseSourceText(rawText);
        const source = await tx.source.create({
          data: {
            ...meta,
            kind: key === "statement" ? "statement" : "article",
            publishedAt: new Date(publishedAt),
            createdById: analystId,
          },
        });
        const revision = await tx.sourceRevision.create({
          data: { sourceId: source.id, number: 1, text, contentHash: contentHash(text), createdById: analystId },
        });
        await storeSuggestions(tx, source.id, revision.id, text);
        revisions.set(key, { id: revision.id, sourceId: source.id, text });
      }

      for (const st of DEMO_STATEMENTS) {
        const revision = revisions.get(st.source)!;
        await tx.statement.create({
          data: {
            sourceId: revision.sourceId,
            revisionId: revision.id,
            speakerId: actors.get(st.speaker)!,
            viaId: st.via ? actors.get(st.via) : null,
            viaText: st.viaText,
            cue: st.cue,
            kind: st.kind,
            anonymous: st.anonymous ?? false,
            hedges: st.hedges ?? [],
            ...anchor(revision, st.quote),
            createdById: analystId,
          },
        });
      }

      for (const c of DEMO_CLAIMS) await createDemoClaim(tx, c, { users, actors, revisions, analystId });
    },
    { timeout: 60_000 },
  );
  return { loaded: true };
}

async function createDemoClaim(
  tx: Tx,
  c: (typeof DEMO_CLAIMS)[number],
  ctx: { users: Map<string, string>; actors: Map<string, string>; revisions: Map<string, Revision>; analystId: string },
) {
  const claim = await tx.claim.create({
    data: {
      slug: slugify(c.text),
      text: c.text,
      kind: c.kind,
      status: c.status,
      claimantId: ctx.actors.get(c.claimant),
      createdById: ctx.analystId,
      updatedById: ctx.analystId,
      subjects: { create: c.subjects.map((k) => ({ actorId: ctx.actors.get(k)! })) },
      appearances: { create: c.appearances.map((k) => ({ sourceId: ctx.revisions.get(k)!.sourceId })) },
    },
  });
  for (const name of c.tags) {
    const tag = await tx.tag.upsert({ where: { name }, create: { name }, update: {} });
    await tx.claimTag.create({ data: { claimId: claim.id, tagId: tag.id } });
  }
  for (const e of c.evidence) {
    const revision = ctx.revisions.get(e.source)!;
    await tx.evidence.create({
      data: {
        claimId: claim.id,
        sourceId: revision.sourceId,
        revisionId: revision.id,
        stance: e.stance,
        note: e.note,
        ...anchor(revision, e.quote),
        createdById: ctx.analystId,
      },
    });
  }
  for (const r of c.reviews) {
    await tx.review.create({
      data: {
        claimId: claim.id,
        reviewerId: ctx.users.get(r.reviewer)!,
        truthVerdict: r.truth,
        attributionVerdict: r.attribution,
        rationale: r.rationale,
        confidence: r.confidence,
      },
    });
  }
  if (c.card) {
    const sources = new Map(DEMO_SOURCES.map((s) => [s.key, s]));
    const content: CardContent = {
      claim: { text: c.text, kind: c.kind, claimant: DEMO_ACTORS.find((a) => a.key === c.claimant)!.name },
      truthVerdict: c.card.truth,
      attributionVerdict: c.card.attribution,
      rationale: c.card.rationale,
      evidence: c.evidence.map((e) => {
        const s = sources.get(e.source)!;
        return {
          stance: e.stance,
          quote: e.quote,
          sourceTitle: s.title,
          publisher: s.publisher,
          publishedAt: new Date(s.publishedAt).toISOString(),
          url: s.url,
        };
      }),
      reviewCount: c.reviews.length,
    };
    await tx.cardVersion.create({
      data: {
        claimId: claim.id,
        slug: claim.slug,
        number: 1,
        headline: c.card.headline,
        truthVerdict: c.card.truth,
        attributionVerdict: c.card.attribution,
        rationale: c.card.rationale,
        content: JSON.stringify(content),
        publishedById: ctx.users.get("editor@demo.claimdesk.test"),
      },
    });
  }
}

import { statementFor } from "./link";
import type {
  ChainLink,
  Dispute,
  DisputeEvidence,
  DisputeGroup,
  DisputeItem,
  DisputeSide,
  DisputeStatement,
  Weakness,
} from "./types";

export function chainOf(evidence: DisputeEvidence, statement: DisputeStatement | null): ChainLink[] {
  const chain: ChainLink[] = [];
  if (statement) {
    chain.push({ role: "speaker", label: statement.speaker.name, actorId: statement.speaker.id });
    if (statement.via || statement.viaText) {
      chain.push({ role: "via", label: statement.via?.name ?? statement.viaText!, actorId: statement.via?.id ?? null });
    }
  }
  chain.push({ role: "source", label: evidence.source.title, sourceId: evidence.source.id });
  if (evidence.source.publisher) chain.push({ role: "publisher", label: evidence.source.publisher });
  return chain;
}

export function weaknessesOf(evidence: DisputeEvidence, statement: DisputeStatement | null): Weakness[] {
  const found: Weakness[] = [];
  if (!statement) {
    found.push({ kind: "unattributed", label: "not attributed to a speaker" });
  } else {
    if (statement.anonymous || statement.speaker.kind === "anonymous")
      found.push({ kind: "anonymous", label: "anonymous" });
    if (statement.via || statement.viaText) found.push({ kind: "via", label: "via intermediary" });
    if (statement.kind === "indirect") found.push({ kind: "indirect", label: "paraphrased" });
    for (const hedge of statement.hedges) found.push({ kind: "hedged", label: `hedged: ${hedge}` });
  }
  if (evidence.anchorStatus === "needs_review") found.push({ kind: "needs_review", label: "anchor needs review" });
  return found;
}

function distinct(weaknesses: Weakness[]): Weakness[] {
  const seen = new Set<string>();
  return weaknesses.filter((w) => (seen.has(w.label) ? false : (seen.add(w.label), true)));
}

function groupItems(items: DisputeItem[]): DisputeGroup[] {
  const groups = new Map<string, DisputeGroup>();
  for (const item of items) {
    const speaker = item.statement?.speaker ?? null;
    const key = speaker ? `actor:${speaker.id}` : `source:${item.evidence.source.id}`;
    let group = groups.get(key);
    if (!group) {
      group = speaker
        ? { key, label: speaker.name, actor: speaker, source: null, items: [], weaknesses: [] }
        : {
            key,
            label: item.evidence.source.publisher ?? item.evidence.source.title,
            actor: null,
            source: item.evidence.source,
            items: [],
            weaknesses: [],
          };
      groups.set(key, group);
    }
    group.items.push(item);
  }
  for (const group of groups.values()) group.weaknesses = distinct(group.items.flatMap((i) => i.weaknesses));
  // Named speakers first, then the most items, then by name, so the order is stable.
  return [...groups.values()].sort(
    (a, b) => Number(!a.actor) - Number(!b.actor) || b.items.length - a.items.length || a.label.localeCompare(b.label),
  );
}

/**
 * Who asserts a claim and who denies it: supporting and contradicting evidence grouped by the actor
 * whose statement it quotes (or by source when no statement covers it), each item with its chain of
 * attribution and the weaknesses of that chain.
 */
export function buildDispute(evidence: DisputeEvidence[], statements: DisputeStatement[]): Dispute {
  const items = evidence.map((e): DisputeItem => {
    const statement = statementFor(e, statements);
    return { evidence: e, statement, chain: chainOf(e, statement), weaknesses: weaknessesOf(e, statement) };
  });
  const side = (stance: DisputeSide["stance"]): DisputeSide => {
    const onSide = items.filter((i) => i.evidence.stance === stance);
    return { stance, count: onSide.length, groups: groupItems(onSide) };
  };
  const context = items.filter((i) => i.evidence.stance === "context");
  const asserts = side("supports");
  const denies = side("contradicts");
  return {
    asserts,
    denies,
    context,
    counts: { supports: asserts.count, contradicts: denies.count, context: context.length },
  };
}

import Link from "next/link";
import { embedSnippet } from "@/lib/cards/embed";
import type { PublishedCard } from "@/lib/cards/types";
import { safeHref } from "@/lib/cards/urls";
import { formatDate } from "@/lib/format";
import { AttributionChains } from "./AttributionChains";
import { CardEvidence } from "./CardEvidence";
import styles from "./ClaimCard.module.css";
import { CorrectionHistory } from "./CorrectionHistory";
import { EmbedSnippet } from "./EmbedSnippet";
import { SupersededNotice } from "./SupersededNotice";
import { VerdictBadges } from "./VerdictBadges";

export function ClaimCard({ card, baseUrl }: { card: PublishedCard; baseUrl: string }) {
  const { content } = card;
  const superseded = card.number < card.latestNumber;
  return (
    <article className={`panel stack ${styles.card}`} aria-labelledby="card-headline">
      {superseded && <SupersededNotice slug={card.slug} number={card.number} latestNumber={card.latestNumber} />}
      <p className={styles.kicker}>
        {card.organizationName} claim card · version {card.number} ·{" "}
        {card.number > 1
          ? `corrected ${formatDate(card.publishedAt)}, first published ${formatDate(card.firstPublishedAt)}`
          : `published ${formatDate(card.publishedAt)}`}
      </p>
      <h1 id="card-headline">{card.headline}</h1>
      <blockquote className={`quote ${styles.claim}`} data-testid="card-claim">
        {content.claim.text}
        {content.claim.claimant ? <span className="muted"> — claimed by {content.claim.claimant}</span> : null}
      </blockquote>
      <VerdictBadges truth={card.truthVerdict} attribution={card.attributionVerdict} />
      {card.correctionNote && (
        <p className="alert warn" role="note">
          <strong>Correction, {formatDate(card.publishedAt)}:</strong> {card.correctionNote}
        </p>
      )}
      <section aria-labelledby="why-heading">
        <h2 id="why-heading">Why</h2>
        <p style={{ whiteSpace: "pre-wrap" }}>{card.rationale}</p>
      </section>
      <section aria-labelledby="evidence-heading">
        <h2 id="evidence-heading">Key evidence</h2>
        <CardEvidence evidence={content.evidence} />
      </section>
      {content.attributions.length > 0 && (
        <section aria-labelledby="chain-heading">
          <h2 id="chain-heading">Chain of attribution</h2>
          <AttributionChains chains={content.attributions} />
        </section>
      )}
      {content.appearances.length > 0 && (
        <section aria-labelledby="appearances-heading">
          <h2 id="appearances-heading">Where the claim appeared</h2>
          <ul>
            {content.appearances.map((a, i) => (
              <li key={i}>
                {safeHref(a.url) ? (
                  <a href={safeHref(a.url)} rel="noopener noreferrer nofollow">
                    {a.title}
                  </a>
                ) : (
                  a.title
                )}
                {a.publisher ? `, ${a.publisher}` : ""}
                {a.publishedAt ? `, ${formatDate(a.publishedAt)}` : ""}
                {i === 0 ? " (first appearance)" : ""}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{card.latestNumber > 1 ? "Corrections" : "Versions"}</h2>
        <CorrectionHistory slug={card.slug} history={card.history} current={card.number} />
      </section>
      <footer className={styles.footer}>
        <p>
          {content.reviewCount} reviewer{content.reviewCount === 1 ? "" : "s"} judged this claim independently before an
          editor published the verdict.{" "}
          <Link href={content.methodologyPath ?? "/methodology"}>How we check claims and correct cards</Link>.
        </p>
        {!superseded && (
          <div className={styles.screenOnly}>
            <EmbedSnippet snippet={embedSnippet(baseUrl, card.slug, card.headline)} />
          </div>
        )}
      </footer>
    </article>
  );
}

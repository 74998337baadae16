import type { Metadata } from "next";
import Link from "next/link";
import { ATTRIBUTION_LABELS, ATTRIBUTION_VERDICTS, TRUTH_LABELS, TRUTH_VERDICTS } from "@/lib/verdicts";

export const metadata: Metadata = { title: "Methodology and corrections policy" };

const TRUTH_MEANINGS: Record<(typeof TRUTH_VERDICTS)[number], string> = {
  true: "Accurate, with nothing significant missing.",
  mostly_true: "Accurate, but needs clarification or context.",
  mixed: "Partly accurate and partly not.",
  mostly_false: "Contains some truth but leaves a misleading impression.",
  false: "Not accurate.",
  unproven:
    "The evidence available does not settle it either way. This is a finding, not a failure, and we publish it.",
};

/** Public, static: how verdicts are reached and how cards are corrected. */
export default function MethodologyPage() {
  return (
    <article className="panel stack reader" style={{ fontFamily: "inherit", fontSize: 16 }}>
      <h1>How we check claims</h1>
      <p>
        Every claim card answers two separate questions, because attribution disputes need both: is the content true,
        and is it attributed to the right speaker, through the right chain of reports?
      </p>
      <h2>From claim to card</h2>
      <ol>
        <li>
          An analyst records the claim, where it appeared, who asserts it, and the exact passages of each source that
          support, contradict or give context to it. Quotes are anchored to an unchangeable copy of each source; a quote
          we cannot place with certainty goes to a person, never to a guess.
        </li>
        <li>
          At least one reviewer gives a verdict on both questions with a written rationale and a confidence. Reviews are
          blind: reviewers cannot read each other's verdicts until they have submitted their own.
        </li>
        <li>Disagreement between reviewers is shown to the editor and stays on record; reviews are never deleted.</li>
        <li>
          An editor publishes the card only when it has evidence, no evidence whose anchor needs checking, at least one
          review, and a public rationale.
        </li>
      </ol>
      <h2>Truth ratings</h2>
      <dl className="meta-list">
        {TRUTH_VERDICTS.map((v) => [
          <dt key={`t-${v}`}>{TRUTH_LABELS[v]}</dt>,
          <dd key={`d-${v}`}>{TRUTH_MEANINGS[v]}</dd>,
        ])}
      </dl>
      <h2>Attribution ratings</h2>
      <p>
        {ATTRIBUTION_VERDICTS.map((v) => ATTRIBUTION_LABELS[v]).join(" · ")}. Each card shows the chain of attribution
        we found: who spoke, through whom, and where it was reported.
      </p>
      <h2 id="corrections">Corrections policy</h2>
      <p>
        When we get something wrong, or new evidence changes a verdict, an editor publishes a correction: a new version
        of the card with a public note saying what changed and why. Earlier versions stay online at their own address,
        clearly marked as superseded, and every card lists its full correction history. We never silently edit a
        published card.
      </p>
      <p>
        <Link href="/cards">See all published claim cards</Link>.
      </p>
    </article>
  );
}

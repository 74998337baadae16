import Link from "next/link";
import { Badge } from "@/components/ui/Badge";

type Props = {
  evidence: {
    id: string; stance: string; exact: string; note: string | null; anchorStatus: string;
    source: { id: string; title: string; publisher: string | null };
  };
};

export function EvidenceItem({ evidence: e }: Props) {
  return (
    <div className="stack" style={{ marginBottom: 14 }} data-testid="evidence-item">
      <blockquote className={`quote stance-${e.stance}`}>{e.exact}</blockquote>
      <div className="small muted">
        <Link href={`/sources/${e.source.id}`}>{e.source.title}</Link>
        {e.source.publisher ? ` · ${e.source.publisher}` : ""}{" "}
        {e.anchorStatus === "needs_review" && <Badge kind="needs-review">Needs review</Badge>}
      </div>
      {e.note && <p className="small" style={{ margin: 0 }}>{e.note}</p>}
    </div>
  );
}

import { attributionLabel, truthLabel } from "@/lib/verdicts";
import { Badge } from "@/components/ui/Badge";

export function VerdictBadges({ truth, attribution }: { truth: string; attribution: string }) {
  return (
    <div className="verdicts">
      <Badge kind={`truth-${truth}`}>Truth: {truthLabel(truth)}</Badge>
      <Badge kind={`attribution-${attribution}`}>Attribution: {attributionLabel(attribution)}</Badge>
    </div>
  );
}

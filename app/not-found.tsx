import Link from "next/link";
import { PublicFrame } from "@/components/layout/PublicFrame";

export default function NotFound() {
  // Drawn inside the root layout only (no section layout), so it brings the header itself.
  return (
    <PublicFrame>
      <div className="panel" style={{ maxWidth: 560 }}>
        <h1>Not found</h1>
        <p className="muted">There is nothing at this address, or it is not published.</p>
        <Link href="/">Back to the start</Link>
      </div>
    </PublicFrame>
  );
}

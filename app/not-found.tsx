import Link from "next/link";

export default function NotFound() {
  return (
    <div className="panel" style={{ maxWidth: 560 }}>
      <h1>Not found</h1>
      <p className="muted">There is nothing at this address, or it is not published.</p>
      <Link href="/">Back to the start</Link>
    </div>
  );
}

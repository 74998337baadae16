import Link from "next/link";

export default function CardNotFound() {
  return (
    <div className="panel">
      <h1>Card not found</h1>
      <p className="muted">
        This claim card does not exist or is not published. <Link href="/cards">See all published cards</Link>.
      </p>
    </div>
  );
}

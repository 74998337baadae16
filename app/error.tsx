"use client";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="panel" role="alert" style={{ maxWidth: 560 }}>
      <h1>Something went wrong</h1>
      <p className="muted">The page could not be shown. Nothing you saved was lost.</p>
      <button className="primary" onClick={reset}>
        Try again
      </button>
    </div>
  );
}

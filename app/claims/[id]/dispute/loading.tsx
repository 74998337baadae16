export default function LoadingDispute() {
  return (
    <div className="panel" role="status" aria-live="polite">
      <p className="muted" style={{ margin: 0 }}>
        Gathering who asserts and who denies this claim…
      </p>
    </div>
  );
}

export default function LoadingSource() {
  return (
    <div className="panel" role="status" aria-live="polite">
      <p className="muted" style={{ margin: 0 }}>
        Loading the source and its highlights…
      </p>
    </div>
  );
}

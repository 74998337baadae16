export default function LoadingActor() {
  return (
    <div className="panel" role="status" aria-live="polite">
      <p className="muted" style={{ margin: 0 }}>
        Loading the actor's statements and claims…
      </p>
    </div>
  );
}

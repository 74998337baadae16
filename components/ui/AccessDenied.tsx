export function AccessDenied({ message = "Your role does not allow you to see this page." }: { message?: string }) {
  return (
    <div className="panel" role="alert">
      <h1>Access denied</h1>
      <p className="muted">{message}</p>
    </div>
  );
}

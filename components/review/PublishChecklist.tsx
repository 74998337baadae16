import type { GateItem } from "@/lib/services/cards";

/** The publish gate as a checklist; the rationale is checked when the editor submits the form. */
export function PublishChecklist({ items }: { items: GateItem[] }) {
  const missing = items.filter((i) => !i.ok).length;
  return (
    <section aria-label="Publish checklist">
      <p className="small" style={{ marginTop: 0 }}>
        {missing === 0
          ? "Ready to publish once you write the rationale."
          : `${missing} item(s) missing before this can be published.`}
      </p>
      <ul style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {items.map((i) => (
          <li key={i.key} data-ok={i.ok}>
            <span aria-hidden="true">{i.ok ? "✓" : "✗"}</span> {i.ok ? `Done: ${i.label}` : `Missing: ${i.missing}`}
          </li>
        ))}
        <li>
          <span aria-hidden="true">•</span> To do when publishing: a written rationale (in the form below)
        </li>
      </ul>
    </section>
  );
}

import { EXPORT_DATASET_LABELS, type ExportDataset } from "@/lib/validation/exports";

type Props = {
  dataset: ExportDataset;
  /** The list page's current filter, carried into the download. */
  filter?: Record<string, string | undefined>;
  /** Offer W3C Web Annotation JSON-LD (evidence only). */
  annotations?: boolean;
};

/** Download links for what a list page shows, as CSV (spreadsheets) and JSON. */
export function ExportLinks({ dataset, filter = {}, annotations = false }: Props) {
  const href = (format: string) => {
    const query = new URLSearchParams({ format });
    for (const [k, v] of Object.entries(filter)) if (v) query.set(k, v);
    return `/api/v1/exports/${dataset}?${query}`;
  };
  const label = EXPORT_DATASET_LABELS[dataset].toLowerCase();
  return (
    <p className="small muted export-links">
      Download {label}:{" "}
      <a href={href("csv")} download aria-label={`Download ${label} as CSV`}>
        CSV
      </a>{" "}
      ·{" "}
      <a href={href("json")} download aria-label={`Download ${label} as JSON`}>
        JSON
      </a>
      {annotations && (
        <>
          {" "}
          ·{" "}
          <a
            href={href("jsonld")}
            download
            aria-label={`Download ${label} as W3C annotations (Web Annotation JSON-LD)`}
          >
            W3C annotations
          </a>
        </>
      )}
    </p>
  );
}

import { linkify } from "@/lib/team/links";

/** Comment words as text; only http(s) URLs become links, which never pass referrer or rank. */
export function CommentText({ body }: { body: string }) {
  return (
    <p className="comment-text" style={{ whiteSpace: "pre-wrap", margin: 0 }}>
      {linkify(body).map((s, i) =>
        s.kind === "link" ? (
          <a key={i} href={s.href} target="_blank" rel="noopener noreferrer nofollow">
            {s.text}
          </a>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </p>
  );
}

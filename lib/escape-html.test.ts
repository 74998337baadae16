import { describe, expect, it } from "vitest";
import { escapeHtml } from "./escape-html";

describe("escapeHtml", () => {
  it("escapes each of the five characters markup could break out with", () => {
    expect(escapeHtml("&")).toBe("&amp;");
    expect(escapeHtml("<")).toBe("&lt;");
    expect(escapeHtml(">")).toBe("&gt;");
    expect(escapeHtml('"')).toBe("&quot;");
    expect(escapeHtml("'")).toBe("&#39;");
  });

  it("keeps a single-quoted attribute closed around a fictional outlet's apostrophe", () => {
    const attribute = `<a title='${escapeHtml("Velmora's Post' onmouseover='alert(1)")}'>`;
    expect(attribute).toBe("<a title='Velmora&#39;s Post&#39; onmouseover=&#39;alert(1)'>");
    expect(attribute.match(/'/g)).toHaveLength(2);
  });

  it("escapes an ampersand once, before the entities it writes", () => {
    expect(escapeHtml('A&B <i>"q"</i>')).toBe("A&amp;B &lt;i&gt;&quot;q&quot;&lt;/i&gt;");
    expect(escapeHtml("plain text")).toBe("plain text");
  });
});

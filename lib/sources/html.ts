// Reduces an HTML page to readable text: paragraphs separated by blank lines, scripts,
// styles and page furniture dropped, entities decoded.
import { Parser } from "htmlparser2";

const SKIP = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "nav",
  "header",
  "footer",
  "aside",
  "form",
  "button",
  "iframe",
  "head",
]);
const BLOCK = new Set([
  "p",
  "div",
  "section",
  "article",
  "main",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "ul",
  "ol",
  "blockquote",
  "pre",
  "table",
  "tr",
  "figure",
  "figcaption",
  "dl",
  "dt",
  "dd",
  "hr",
]);

export function htmlToText(html: string): { title: string | null; text: string } {
  const blocks: string[] = [];
  let current = "";
  let skipDepth = 0;
  let inTitle = false;
  let title = "";
  const flush = () => {
    const paragraph = current
      .replace(/[ \t\f\v\u00a0]+/g, " ")
      .replace(/ *\n */g, "\n")
      .trim();
    if (paragraph) blocks.push(paragraph);
    current = "";
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === "title") inTitle = true;
        if (SKIP.has(name)) skipDepth++;
        else if (BLOCK.has(name)) flush();
        else if (name === "br" && !skipDepth) current += "\n";
      },
      ontext(text) {
        if (inTitle) title += text;
        else if (!skipDepth) current += text.replace(/\s+/g, " ");
      },
      onclosetag(name) {
        if (name === "title") inTitle = false;
        if (SKIP.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        else if (BLOCK.has(name)) flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return { title: title.trim() || null, text: blocks.join("\n\n") };
}

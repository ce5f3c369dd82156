/**
 * Search snippets arrive as HTML: escaped text with matches in `<mark>`. They are parsed in an
 * inert document and rebuilt from text nodes and <mark> elements only, so nothing else the
 * string might hold can reach the page.
 */
export function highlighted(html: string): DocumentFragment {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, "text/html");
  const fragment = document.createDocumentFragment();
  const walk = (node: Node, into: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) into.appendChild(document.createTextNode(child.textContent ?? ""));
      else if (child.nodeType === Node.ELEMENT_NODE) {
        if ((child as Element).tagName === "MARK") {
          const mark = document.createElement("mark");
          mark.textContent = child.textContent ?? "";
          into.appendChild(mark);
        } else walk(child, into);
      }
    }
  };
  walk(parsed.body, fragment);
  return fragment;
}

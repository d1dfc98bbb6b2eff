/**
 * A small, strict XML reader for the add-in manifest: enough of XML 1.0 to check
 * well-formedness (one root, matched tags, quoted and unique attributes, known entities,
 * comments, CDATA, processing instructions) and hand the rules an element tree with line
 * numbers. No DTDs: a manifest has none, and refusing them keeps the reader simple.
 * Written here rather than borrowed so `npm run validate` needs no package beyond the project's own.
 */

const NAME = /^[A-Za-z_][\w.\-:]*/;
const ENTITIES = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

class XmlError extends Error {
  constructor(message, line) {
    super(`line ${line}: ${message}`);
    this.line = line;
  }
}

function decodeEntities(raw, line) {
  return raw.replace(/&([^;&\s]*);?/g, (whole, body) => {
    if (!whole.endsWith(";")) throw new XmlError(`bare "&" (write &amp;)`, line);
    if (body.startsWith("#x")) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith("#")) return String.fromCodePoint(parseInt(body.slice(1), 10));
    if (!(body in ENTITIES)) throw new XmlError(`unknown entity &${body};`, line);
    return ENTITIES[body];
  });
}

/**
 * Parses `text`; returns the root element. Each element is
 * `{ name, attributes: {name: value}, children: Element[], text, line }`, where `text` is the
 * element's own character data (trimmed) and `name` keeps its prefix ("bt:Image").
 * Throws XmlError (with `line`) when the document is not well-formed.
 */
function parseXml(text) {
  let pos = 0;
  let line = 1;
  const stack = [];
  let root = null;

  const advance = (to) => {
    for (let i = pos; i < to; i++) if (text.charCodeAt(i) === 10) line++;
    pos = to;
  };
  const expectEnd = (marker, what) => {
    const end = text.indexOf(marker, pos);
    if (end < 0) throw new XmlError(`unterminated ${what}`, line);
    return end;
  };

  if (text.charCodeAt(0) === 0xfeff) pos = 1;

  while (pos < text.length) {
    if (text.startsWith("<?", pos)) {
      const end = expectEnd("?>", "processing instruction");
      advance(end + 2);
    } else if (text.startsWith("<!--", pos)) {
      const end = expectEnd("-->", "comment");
      if (text.slice(pos + 4, end).includes("--")) throw new XmlError(`"--" inside a comment`, line);
      advance(end + 3);
    } else if (text.startsWith("<![CDATA[", pos)) {
      if (stack.length === 0) throw new XmlError("CDATA outside the root element", line);
      const end = expectEnd("]]>", "CDATA section");
      stack[stack.length - 1].rawText += text.slice(pos + 9, end);
      advance(end + 3);
    } else if (text.startsWith("<!", pos)) {
      throw new XmlError("DOCTYPE and declarations are not allowed in a manifest", line);
    } else if (text.startsWith("</", pos)) {
      const match = NAME.exec(text.slice(pos + 2));
      const name = match ? match[0] : "";
      const close = text.indexOf(">", pos);
      if (!match || close < 0 || text.slice(pos + 2 + name.length, close).trim() !== "") {
        throw new XmlError("malformed end tag", line);
      }
      const open = stack.pop();
      if (!open) throw new XmlError(`end tag </${name}> without a start tag`, line);
      if (open.name !== name) throw new XmlError(`</${name}> closes <${open.name}> opened on line ${open.line}`, line);
      finish(open);
      advance(close + 1);
    } else if (text[pos] === "<") {
      const element = readStartTag();
      if (stack.length === 0) {
        if (root) throw new XmlError("more than one root element", element.line);
        root = element;
      } else {
        stack[stack.length - 1].children.push(element);
      }
      if (!element.selfClosing) stack.push(element);
      else finish(element);
      delete element.selfClosing;
    } else {
      const next = text.indexOf("<", pos);
      const end = next < 0 ? text.length : next;
      const chunk = text.slice(pos, end);
      if (stack.length === 0) {
        if (chunk.trim() !== "") throw new XmlError("text outside the root element", line);
      } else {
        stack[stack.length - 1].rawText += decodeEntities(chunk, line);
      }
      advance(end);
    }
  }
  if (stack.length > 0) throw new XmlError(`<${stack[stack.length - 1].name}> is never closed`, line);
  if (!root) throw new XmlError("no root element", line);
  return root;

  function finish(element) {
    element.text = element.rawText.trim();
    delete element.rawText;
  }

  function readStartTag() {
    const startLine = line;
    advance(pos + 1);
    const match = NAME.exec(text.slice(pos));
    if (!match) throw new XmlError("malformed start tag", line);
    const element = { name: match[0], attributes: {}, children: [], rawText: "", line: startLine, selfClosing: false };
    advance(pos + match[0].length);
    for (;;) {
      const ws = /^\s*/.exec(text.slice(pos))[0];
      advance(pos + ws.length);
      if (text.startsWith("/>", pos)) {
        element.selfClosing = true;
        advance(pos + 2);
        return element;
      }
      if (text[pos] === ">") {
        advance(pos + 1);
        return element;
      }
      if (ws.length === 0) throw new XmlError(`expected whitespace, ">" or "/>" in <${element.name}>`, line);
      const attr = /^([A-Za-z_][\w.\-:]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(text.slice(pos));
      if (!attr) throw new XmlError(`malformed attribute in <${element.name}>`, line);
      if (attr[1] in element.attributes) throw new XmlError(`attribute ${attr[1]} repeated in <${element.name}>`, line);
      element.attributes[attr[1]] = decodeEntities(attr[3] ?? attr[4], line);
      advance(pos + attr[0].length);
    }
  }
}

/** Local name without the namespace prefix: "bt:Image" → "Image". */
function localName(element) {
  const colon = element.name.indexOf(":");
  return colon < 0 ? element.name : element.name.slice(colon + 1);
}

/** Every element below `element` (depth first, document order), itself included. */
function descendants(element) {
  const all = [element];
  for (const child of element.children) all.push(...descendants(child));
  return all;
}

module.exports = { parseXml, XmlError, localName, descendants };

import { parseXml, localName, descendants } from "../../scripts/manifest-xml";

describe("the manifest's XML reader", () => {
  it("reads elements, attributes, entities and text with their lines", () => {
    const root = parseXml('<?xml version="1.0"?>\n<!-- note -->\n<a x="1 &amp; 2">\n  <bt:b y=\'&lt;q&gt;\'/>\n  <c>T&#7871; <![CDATA[<raw>]]></c>\n</a>\n');
    expect(root.name).toBe("a");
    expect(root.attributes).toEqual({ x: "1 & 2" });
    expect(root.children.map(localName)).toEqual(["b", "c"]);
    expect(root.children[0].attributes.y).toBe("<q>");
    expect(root.children[0].line).toBe(4);
    expect(root.children[1].text).toBe("Tế <raw>");
    expect(descendants(root).map((e) => e.name)).toEqual(["a", "bt:b", "c"]);
  });

  it.each([
    ["a mismatched end tag", "<a>\n<b></a>", /line 2: <\/a> closes <b>/],
    ["an unclosed root", "<a><b/>", /<a> is never closed/],
    ["two roots", "<a/><b/>", /more than one root/],
    ["a repeated attribute", '<a x="1" x="2"/>', /attribute x repeated/],
    ["an unquoted attribute", "<a x=1/>", /malformed attribute/],
    ["an unknown entity", "<a>&nbsp;</a>", /unknown entity &nbsp;/],
    ["text after the root", "<a/>tail", /text outside the root/],
    ["a DOCTYPE", "<!DOCTYPE a><a/>", /DOCTYPE/],
    ["an empty document", "  ", /no root element/],
  ])("refuses %s", (_what, xml, message) => {
    expect(() => parseXml(xml)).toThrow(message);
  });
});

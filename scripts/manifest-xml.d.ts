/** Types for scripts/manifest-xml.js, so the TypeScript tests can call it. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
}
export class XmlError extends Error {
  line: number;
}
export function parseXml(text: string): XmlElement;
export function localName(element: XmlElement): string;
export function descendants(element: XmlElement): XmlElement[];

/**
 * The package's [Content_Types].xml (ECMA-376 Part 2, 10.1.2.2 "Content Types Stream"): a
 * part's content type is its <Override>, else the <Default> of its extension. Part names
 * compare ignoring ASCII case (Part 2, 9.1.1.1), so lookups use lower-case keys.
 */
import type JSZip from "jszip";
import { attributes, elements, encodeXml } from "./package-xml";

export const CONTENT_TYPES_PART = "[Content_Types].xml";

function extensionOf(path: string): string {
  const slash = path.lastIndexOf("/");
  const dot = path.lastIndexOf(".");
  return dot > slash ? path.slice(dot + 1).toLowerCase() : "";
}

const partKey = (path: string): string => `/${path.replace(/^\//, "")}`.toLowerCase();

export class ContentTypes {
  private readonly defaults = new Map<string, string>();
  private readonly overrides = new Map<string, string>();
  /** Overrides to add, by key: the part name as written and its type. */
  private readonly added = new Map<string, { name: string; type: string }>();
  private readonly removed = new Set<string>();

  constructor(private readonly xml: string) {
    for (const tag of elements(xml, "Default")) {
      const a = attributes(tag);
      if (a.Extension && a.ContentType) this.defaults.set(a.Extension.toLowerCase(), a.ContentType);
    }
    for (const tag of elements(xml, "Override")) {
      const a = attributes(tag);
      if (a.PartName && a.ContentType) this.overrides.set(partKey(a.PartName), a.ContentType);
    }
  }

  static async of(zip: JSZip): Promise<ContentTypes> {
    const file = zip.file(CONTENT_TYPES_PART);
    return new ContentTypes(file ? await file.async("string") : "");
  }

  /** The content type of `path` (a package path without leading slash), or null when undeclared. */
  typeOf(path: string): string | null {
    const key = partKey(path);
    if (this.removed.has(key)) return this.defaults.get(extensionOf(path)) ?? null;
    return this.added.get(key)?.type ?? this.overrides.get(key) ?? this.defaults.get(extensionOf(path)) ?? null;
  }

  /** Makes `path` a part of type `type`, with an Override unless its extension's Default already says so. */
  declare(path: string, type: string): void {
    if (this.typeOf(path) === type) return;
    const key = partKey(path);
    this.removed.delete(key);
    this.added.set(key, { name: `/${path.replace(/^\//, "")}`, type });
  }

  /** Removes the Override of a part taken out of the package. */
  forget(path: string): void {
    const key = partKey(path);
    this.added.delete(key);
    if (this.overrides.has(key)) this.removed.add(key);
  }

  toXml(): string {
    const kept = this.xml.replace(/<Override\b[^>]*?\/>/g, (tag) => {
      const name = attributes(tag).PartName;
      return name !== undefined && (this.removed.has(partKey(name)) || this.added.has(partKey(name))) ? "" : tag;
    });
    const added = [...this.added.values()].map(({ name, type }) => `<Override PartName="${encodeXml(name)}" ContentType="${encodeXml(type)}"/>`);
    return kept.replace("</Types>", `${added.join("")}</Types>`);
  }

  write(zip: JSZip): void {
    zip.file(CONTENT_TYPES_PART, this.toXml());
  }
}

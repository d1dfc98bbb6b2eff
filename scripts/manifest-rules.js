/**
 * Offline rules for the add-in-only XML manifest. No XSD ships in any npm package and
 * Microsoft's validator is an online service, so what can be checked offline is written here,
 * each rule with the source of its limit (docs/manifest-validation.md lists them).
 *
 * A rule is `{ id, title, check(context) → string[] }`: the list of failures, empty when it passes.
 * `context` is `{ root, text, manifestDir }` (root is null when the XML is not well-formed).
 */
const fs = require("fs");
const path = require("path");
const { URL } = require("url");
const { localName, descendants } = require("./manifest-xml");

/** OfficeApp's children in the order the schema's xs:sequence requires (OfficeAppManifestV1_1). */
const OFFICE_APP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "AllowSnapshot",
  "VersionOverrides",
];

/** Children a task-pane manifest must have: the schema's required ones plus what AppSource and admins expect. */
const REQUIRED = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "Hosts",
  "DefaultSettings",
  "Permissions",
];

const PERMISSIONS = ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"];

// Limits from the manifest reference (learn.microsoft.com/javascript/api/manifest):
// DisplayName ≤ 125, Description ≤ 250; ShortString (ProviderName) ≤ 125; Resources: ids ≤ 32,
// ShortStrings ≤ 125, LongStrings ≤ 250, URLs ≤ 2048.
const LIMITS = { displayName: 125, description: 250, providerName: 125, shortString: 125, longString: 250, url: 2048, resid: 32 };

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
// Schema type VersionString: one to four dot-separated numbers of up to five digits.
const VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/;
// Culture names such as vi-VN, en-US (RFC 5646 language-region).
const LOCALE = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;
const MIN_EXCEL_API = [1, 7];

const childrenNamed = (element, name) => element.children.filter((c) => localName(c) === name);
const firstChild = (element, name) => childrenNamed(element, name)[0];

/** Every (element, attribute, value) in the manifest, namespace declarations excluded. */
function attributeValues(root) {
  const out = [];
  for (const element of descendants(root)) {
    for (const [name, value] of Object.entries(element.attributes)) {
      if (name === "xmlns" || name.startsWith("xmlns:")) continue;
      out.push({ element, name, value });
    }
  }
  return out;
}

/** A localised value: DefaultValue plus each Override's Value, with where it was found. */
function localisedValues(element) {
  if (!element) return [];
  const values = [{ value: element.attributes.DefaultValue ?? "", where: `<${element.name}> line ${element.line}` }];
  for (const override of childrenNamed(element, "Override")) {
    values.push({ value: override.attributes.Value ?? "", where: `<${element.name}> Override ${override.attributes.Locale ?? "?"} line ${override.line}` });
  }
  return values;
}

/** The bt:Images / bt:Urls / bt:ShortStrings / bt:LongStrings resources, by id. */
function resources(root) {
  const found = new Map();
  const duplicates = [];
  for (const element of descendants(root)) {
    const kind = localName(element);
    if (!["Images", "Urls", "ShortStrings", "LongStrings"].includes(kind)) continue;
    for (const item of element.children) {
      const id = item.attributes.id;
      if (id === undefined) continue;
      if (found.has(id)) duplicates.push(id);
      found.set(id, { kind, element: item });
    }
  }
  return { found, duplicates };
}

/** Which resource kind a resid may point to, from the element that carries it. */
function expectedResourceKind(element) {
  const name = localName(element);
  if (name === "Image") return "Images";
  if (name === "Label" || name === "Title") return "ShortStrings";
  // Supertip and GetStarted descriptions both read LongStrings (manifest reference, Resources).
  if (name === "Description") return "LongStrings";
  if (["SourceLocation", "FunctionFile", "LearnMoreUrl", "Script", "Page"].includes(name)) return "Urls";
  return null;
}

/** Maps an icon URL to the file under the manifest's folder: the path from "/assets/" on. */
function iconFileFor(url, manifestDir) {
  let pathname;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return null;
  }
  const at = pathname.lastIndexOf("/assets/");
  if (at < 0) return null;
  return path.join(manifestDir, decodeURIComponent(pathname.slice(at + 1)));
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
function pngSize(bytes) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  if (bytes.toString("ascii", 12, 16) !== "IHDR") return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Icon URLs with the pixel size Office expects for each. */
function iconUrls(root) {
  const icons = [];
  for (const { value, where } of localisedValues(firstChild(root, "IconUrl"))) icons.push({ url: value, size: 32, where });
  for (const { value, where } of localisedValues(firstChild(root, "HighResolutionIconUrl"))) icons.push({ url: value, size: 64, where });
  const { found } = resources(root);
  const sizeOf = new Map();
  for (const element of descendants(root)) {
    if (localName(element) === "Image" && element.attributes.resid && element.attributes.size) {
      sizeOf.set(element.attributes.resid, Number(element.attributes.size));
    }
  }
  for (const [id, { kind, element }] of found) {
    if (kind !== "Images") continue;
    for (const { value, where } of localisedValues(element)) icons.push({ url: value, size: sizeOf.get(id) ?? null, where: `${where} (${id})` });
  }
  return icons;
}

const rules = [
  {
    id: "well-formed",
    title: "XML is well-formed",
    check: (ctx) => (ctx.root ? [] : [ctx.parseError ?? "not well-formed"]),
  },
  {
    id: "root",
    title: "Root is a task-pane OfficeApp in the 1.1 namespace",
    check: ({ root }) => {
      const failures = [];
      if (localName(root) !== "OfficeApp") failures.push(`root element is <${root.name}>, expected <OfficeApp>`);
      if (root.attributes.xmlns !== "http://schemas.microsoft.com/office/appforoffice/1.1") {
        failures.push(`OfficeApp namespace is "${root.attributes.xmlns ?? ""}", expected http://schemas.microsoft.com/office/appforoffice/1.1`);
      }
      if (root.attributes["xsi:type"] !== "TaskPaneApp") failures.push(`xsi:type is "${root.attributes["xsi:type"] ?? ""}", expected TaskPaneApp`);
      return failures;
    },
  },
  {
    id: "element-order",
    title: "OfficeApp's children are known, appear once and in schema order",
    check: ({ root }) => {
      const failures = [];
      let last = -1;
      const seen = new Set();
      for (const child of root.children) {
        const name = localName(child);
        const rank = OFFICE_APP_ORDER.indexOf(name);
        if (rank < 0) {
          failures.push(`<${child.name}> (line ${child.line}) is not a child of OfficeApp`);
          continue;
        }
        if (seen.has(name)) failures.push(`<${name}> appears more than once (line ${child.line})`);
        seen.add(name);
        if (rank < last) failures.push(`<${name}> (line ${child.line}) must come before <${OFFICE_APP_ORDER[last]}>`);
        last = Math.max(last, rank);
      }
      return failures;
    },
  },
  {
    id: "required",
    title: "Required elements are present",
    check: ({ root }) => {
      const failures = REQUIRED.filter((name) => !firstChild(root, name)).map((name) => `<${name}> is missing`);
      const settings = firstChild(root, "DefaultSettings");
      const source = settings && firstChild(settings, "SourceLocation");
      if (settings && !source?.attributes.DefaultValue) failures.push("<DefaultSettings><SourceLocation DefaultValue=…> is missing");
      for (const name of ["DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
        const element = firstChild(root, name);
        if (element && !element.attributes.DefaultValue) failures.push(`<${name}> has no DefaultValue`);
      }
      const hosts = firstChild(root, "Hosts");
      if (hosts && !childrenNamed(hosts, "Host").some((h) => h.attributes.Name === "Workbook")) failures.push('<Hosts> has no <Host Name="Workbook">');
      return failures;
    },
  },
  {
    id: "id-version",
    title: "Id is a GUID and Version a four-part version",
    check: ({ root }) => {
      const failures = [];
      const id = firstChild(root, "Id")?.text ?? "";
      if (!GUID.test(id)) failures.push(`Id "${id}" is not a GUID`);
      const version = firstChild(root, "Version")?.text ?? "";
      if (!VERSION.test(version)) failures.push(`Version "${version}" is not n[.n[.n[.n]]]`);
      return failures;
    },
  },
  {
    id: "locales",
    title: "DefaultLocale and every Override Locale are culture names",
    check: ({ root }) => {
      const failures = [];
      const defaultLocale = firstChild(root, "DefaultLocale")?.text ?? "";
      if (!LOCALE.test(defaultLocale)) failures.push(`DefaultLocale "${defaultLocale}" is not a culture name like vi-VN`);
      for (const element of descendants(root)) {
        if (localName(element) !== "Override") continue;
        const locale = element.attributes.Locale ?? "";
        if (!LOCALE.test(locale)) failures.push(`Override Locale "${locale}" (line ${element.line}) is not a culture name`);
        if (locale.toLowerCase() === defaultLocale.toLowerCase()) failures.push(`Override for the default locale ${locale} (line ${element.line}) is never used`);
      }
      return failures;
    },
  },
  {
    id: "https-only",
    title: "Every URL is HTTPS",
    check: ({ root }) => {
      const failures = [];
      const urlLike = /^[a-z][a-z0-9+.-]*:\/\//i;
      for (const { element, name, value } of attributeValues(root)) {
        if (urlLike.test(value) && !value.toLowerCase().startsWith("https://")) failures.push(`${name}="${value}" on <${element.name}> (line ${element.line}) is not HTTPS`);
      }
      for (const element of descendants(root)) {
        if (urlLike.test(element.text) && !element.text.toLowerCase().startsWith("https://")) failures.push(`<${element.name}> (line ${element.line}) holds "${element.text}", not HTTPS`);
      }
      return failures;
    },
  },
  {
    id: "permissions-requirements",
    title: "Permissions value is known; ExcelApi requirement is at least 1.7",
    check: ({ root }) => {
      const failures = [];
      const permission = firstChild(root, "Permissions")?.text ?? "";
      if (!PERMISSIONS.includes(permission)) failures.push(`Permissions "${permission}" is not one of ${PERMISSIONS.join(", ")}`);
      const sets = firstChild(root, "Requirements") && firstChild(firstChild(root, "Requirements"), "Sets");
      const excelApi = sets && childrenNamed(sets, "Set").find((s) => s.attributes.Name === "ExcelApi");
      if (!excelApi) {
        failures.push('<Requirements><Sets><Set Name="ExcelApi"> is missing (the add-in needs ExcelApi 1.7)');
      } else {
        const version = excelApi.attributes.MinVersion ?? sets.attributes.DefaultMinVersion ?? "1.1";
        const [major, minor] = version.split(".").map(Number);
        if (!(major > MIN_EXCEL_API[0] || (major === MIN_EXCEL_API[0] && minor >= MIN_EXCEL_API[1]))) {
          failures.push(`ExcelApi MinVersion ${version} is below ${MIN_EXCEL_API.join(".")}`);
        }
      }
      return failures;
    },
  },
  {
    id: "resids",
    title: "Every resid is defined once, of the right kind, with an id of at most 32 characters",
    check: ({ root }) => {
      const failures = [];
      const { found, duplicates } = resources(root);
      for (const id of duplicates) failures.push(`resource id "${id}" is defined more than once`);
      for (const id of found.keys()) if (id.length > LIMITS.resid) failures.push(`resource id "${id}" is longer than ${LIMITS.resid} characters`);
      for (const element of descendants(root)) {
        const resid = element.attributes.resid;
        if (resid === undefined) continue;
        const resource = found.get(resid);
        if (!resource) {
          failures.push(`resid "${resid}" on <${element.name}> (line ${element.line}) is not defined in <Resources>`);
          continue;
        }
        const expected = expectedResourceKind(element);
        if (expected && resource.kind !== expected) failures.push(`resid "${resid}" on <${element.name}> (line ${element.line}) points to ${resource.kind}, expected ${expected}`);
      }
      return failures;
    },
  },
  {
    id: "lengths",
    title: "Strings and URLs are within Office's length limits",
    check: ({ root }) => {
      const failures = [];
      const limit = (values, max, what) => {
        for (const { value, where } of values) {
          if (value.length === 0) failures.push(`${what} at ${where} is empty`);
          if (value.length > max) failures.push(`${what} at ${where} has ${value.length} characters (at most ${max})`);
        }
      };
      limit(localisedValues(firstChild(root, "DisplayName")), LIMITS.displayName, "DisplayName");
      limit(localisedValues(firstChild(root, "Description")), LIMITS.description, "Description");
      const provider = firstChild(root, "ProviderName");
      if (provider) limit([{ value: provider.text, where: `line ${provider.line}` }], LIMITS.providerName, "ProviderName");
      const { found } = resources(root);
      for (const [id, { kind, element }] of found) {
        const max = kind === "ShortStrings" ? LIMITS.shortString : kind === "LongStrings" ? LIMITS.longString : LIMITS.url;
        limit(localisedValues(element), max, `${kind} "${id}"`);
      }
      for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) limit(localisedValues(firstChild(root, name)), LIMITS.url, name);
      return failures;
    },
  },
  {
    id: "icon-files",
    title: "Every icon URL names a PNG in assets/ of the size Office asks for",
    check: ({ root, manifestDir }) => {
      const failures = [];
      for (const { url, size, where } of iconUrls(root)) {
        const file = iconFileFor(url, manifestDir);
        if (!file) {
          failures.push(`${where}: ${url} is not under /assets/`);
          continue;
        }
        if (!fs.existsSync(file)) {
          failures.push(`${where}: ${path.relative(manifestDir, file)} does not exist`);
          continue;
        }
        const dimensions = pngSize(fs.readFileSync(file));
        if (!dimensions) failures.push(`${where}: ${path.relative(manifestDir, file)} is not a PNG`);
        else if (size !== null && (dimensions.width !== size || dimensions.height !== size)) {
          failures.push(`${where}: ${path.relative(manifestDir, file)} is ${dimensions.width}×${dimensions.height}, expected ${size}×${size}`);
        }
      }
      return failures;
    },
  },
];

module.exports = { rules, OFFICE_APP_ORDER, LIMITS, pngSize };

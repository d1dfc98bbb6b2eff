/**
 * Several files in one .zip, for the browser to download at once (the units' files). Stored
 * without compressing again: an .xlsx is a zip already, and deflating it twice gains nothing.
 */
import JSZip from "jszip";

export async function zipFiles(files: ReadonlyArray<{ name: string; bytes: Uint8Array }>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const file of files) zip.file(file.name, file.bytes, { compression: "STORE" });
  return zip.generateAsync({ type: "uint8array", compression: "STORE" });
}

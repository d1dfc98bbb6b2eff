/**
 * A file the user picked in the pane (a DOM File, or anything with a name and bytes in tests),
 * and how its text is decoded: the same for a plan's .txt and a unit list's .csv.
 */
export interface PickedFile {
  name: string;
  /** Bytes, where known before reading (a DOM File): a file over a limit is not read. */
  size?: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** "units.CSV" → "csv"; no extension → null. */
export function fileExtension(name: string): string | null {
  return /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? null;
}

/**
 * UTF-8 (with or without BOM) or UTF-16 (with BOM); otherwise Windows-1258, the code page older
 * Vietnamese Windows machines save text in (Excel's plain "CSV" on such a machine, too).
 */
export function decodeText(bytes: ArrayBuffer): string {
  const head = new Uint8Array(bytes, 0, Math.min(3, bytes.byteLength));
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  try {
    // TextDecoder drops a UTF-8 BOM by itself.
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Windows-1258 writes most tones as combining marks; compose them as typed text would be.
    return new TextDecoder("windows-1258").decode(bytes).normalize("NFC");
  }
}

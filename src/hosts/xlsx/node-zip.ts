/**
 * Zips a package with Node's zlib (Node only). JSZip compresses in JavaScript (pako) and
 * converts every text part to bytes itself; for the fifty megabytes of XML of a large tracker
 * that took several seconds, native deflate a fraction of it. The archive is the plain zip
 * format every .xlsx reader takes (APPNOTE 4.3: local headers, data, central directory), with
 * [Content_Types].xml first as Office writes it.
 */
import { promisify } from "node:util";
import * as zlib from "node:zlib";
import JSZip from "jszip";
import { CONTENT_TYPES_PART } from "./content-types";

let crcTable: Uint32Array | null = null;

function crc32(data: Uint8Array): number {
  const native = (zlib as unknown as { crc32?: (data: Uint8Array) => number }).crc32;
  if (native) return native(data) >>> 0;
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = crcTable[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** MS-DOS date and time of `date`, as zip headers hold them. */
function dosDateTime(date: Date): { time: number; date: number } {
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    date: ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

interface Entry {
  name: Buffer;
  crc: number;
  size: number;
  compressed: Buffer;
  offset: number;
}

/**
 * Text in pieces as one UTF-8 buffer. A piece met again (a template's row in each of its copies
 * is the same string) is encoded once.
 */
function encoded(pieces: readonly string[], seen: Map<string, Buffer>): Buffer {
  const buffers = pieces.map((piece) => {
    let bytes = seen.get(piece);
    if (!bytes) seen.set(piece, (bytes = Buffer.from(piece, "utf8")));
    return bytes;
  });
  return Buffer.concat(buffers);
}

/**
 * The fields a local header and a central directory entry share, in the same order: flags (UTF-8
 * names), method (deflate), time, date, CRC-32, compressed and uncompressed size, name length.
 */
function writeEntryFields(header: Buffer, at: number, entry: Entry, stamp: { time: number; date: number }): void {
  header.writeUInt16LE(0x0800, at);
  header.writeUInt16LE(8, at + 2);
  header.writeUInt16LE(stamp.time, at + 4);
  header.writeUInt16LE(stamp.date, at + 6);
  header.writeUInt32LE(entry.crc, at + 8);
  header.writeUInt32LE(entry.compressed.length, at + 12);
  header.writeUInt32LE(entry.size, at + 16);
  header.writeUInt16LE(entry.name.length, at + 20);
}

const deflateRaw = promisify(zlib.deflateRaw);
const inflateRaw = promisify(zlib.inflateRaw);

/**
 * The package's files and `texts` (path → its text in pieces), deflated at `level`, as one zip
 * archive. Parts are deflated on libuv's threads, all at once: on two cores the compression of
 * fifty megabytes takes half the time, and overlaps with encoding the next parts.
 */
export async function zipWithNode(zip: JSZip, texts: ReadonlyMap<string, readonly string[]>, level = 6): Promise<Uint8Array> {
  const names = [...Object.keys(zip.files).filter((name) => !zip.files[name].dir && !texts.has(name)), ...texts.keys()];
  names.sort((a, b) => Number(b === CONTENT_TYPES_PART) - Number(a === CONTENT_TYPES_PART));
  const stamp = dosDateTime(new Date());
  const pending: Promise<Entry>[] = [];
  const seen = new Map<string, Buffer>();
  for (const name of names) {
    const pieces = texts.get(name);
    const data = pieces ? encoded(pieces, seen) : await zip.files[name].async("nodebuffer");
    const crc = crc32(data);
    pending.push(deflateRaw(data, { level }).then((compressed) => ({ name: Buffer.from(name, "utf8"), crc, size: data.length, compressed, offset: 0 })));
  }
  const entries = await Promise.all(pending);
  const chunks: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    entry.offset = offset;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    writeEntryFields(header, 6, entry, stamp);
    chunks.push(header, entry.name, entry.compressed);
    offset += header.length + entry.name.length + entry.compressed.length;
  }
  const directoryStart = offset;
  for (const entry of entries) {
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    writeEntryFields(header, 8, entry, stamp);
    header.writeUInt32LE(entry.offset, 42);
    chunks.push(header, entry.name);
    offset += header.length + entry.name.length;
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(offset - directoryStart, 12);
  end.writeUInt32LE(directoryStart, 16);
  chunks.push(end);
  return Buffer.concat(chunks);
}

/**
 * The package's files inflated with Node's zlib, in a JSZip (which then holds them uncompressed);
 * JSZip's own reading inflates in JavaScript. Anything this plain reader does not take (zip64,
 * encryption, another method) goes to JSZip, which also gives a damaged file its error.
 */
export async function unzipWithNode(data: Uint8Array): Promise<JSZip> {
  try {
    const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (end < 0) throw new Error("no central directory");
    const count = bytes.readUInt16LE(end + 10);
    let at = bytes.readUInt32LE(end + 16);
    const files: Promise<{ name: string; data: Buffer }>[] = [];
    for (let i = 0; i < count; i++) {
      if (bytes.readUInt32LE(at) !== 0x02014b50) throw new Error("bad central directory");
      const flags = bytes.readUInt16LE(at + 8);
      const method = bytes.readUInt16LE(at + 10);
      const compressedSize = bytes.readUInt32LE(at + 20);
      const nameLength = bytes.readUInt16LE(at + 28);
      const extraLength = bytes.readUInt16LE(at + 30);
      const commentLength = bytes.readUInt16LE(at + 32);
      const local = bytes.readUInt32LE(at + 42);
      const name = bytes.toString(flags & 0x0800 ? "utf8" : "latin1", at + 46, at + 46 + nameLength);
      at += 46 + nameLength + extraLength + commentLength;
      if (flags & 0x0001 || (method !== 0 && method !== 8) || compressedSize === 0xffffffff) throw new Error("unsupported entry");
      if (bytes.readUInt32LE(local) !== 0x04034b50) throw new Error("bad local header");
      const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
      const compressed = bytes.subarray(start, start + compressedSize);
      if (name.endsWith("/")) continue;
      files.push(method === 8 ? inflateRaw(compressed).then((inflated) => ({ name, data: inflated })) : Promise.resolve({ name, data: compressed }));
    }
    const zip = new JSZip();
    for (const file of await Promise.all(files)) zip.file(file.name, file.data);
    return zip;
  } catch {
    return JSZip.loadAsync(data);
  }
}

// Turning an uploaded file's bytes into text. Contact exports come from everywhere: LinkedIn and
// Google write UTF-8 (sometimes with a byte order mark), Outlook on Windows writes UTF-16 or the
// Windows "ANSI" code page, Excel "Unicode text" is UTF-16 LE without a BOM.

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/**
 * Detection order:
 * 1. A byte order mark decides: EF BB BF → UTF-8, FF FE → UTF-16 LE, FE FF → UTF-16 BE.
 * 2. No BOM but many zero bytes at odd (or even) offsets in the first kilobytes: UTF-16 LE (or BE),
 *    since ASCII text in UTF-16 is every other byte zero.
 * 3. Otherwise strict UTF-8; if that fails (a byte sequence UTF-8 cannot have), windows-1252, the
 *    code page Excel and Outlook on Western Windows machines save "CSV" in.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decode("utf-8", bytes.subarray(3)), encoding: "utf-8" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decode("utf-16le", bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decode("utf-16be", bytes.subarray(2)), encoding: "utf-16be" };
  const sixteen = guessUtf16(bytes);
  if (sixteen) return { text: decode(sixteen, bytes), encoding: sixteen };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
  }
}

function decode(encoding: Exclude<TextEncodingName, "windows-1252">, bytes: Uint8Array): string {
  return new TextDecoder(encoding).decode(bytes);
}

// Node's TextDecoder("windows-1252") decodes as ISO-8859-1 (0x80 → U+0080, not €), so the 32
// bytes where the two differ are mapped here; the rest of windows-1252 equals Latin-1.
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    text += String.fromCharCode(...chunk.map((b) => b)).replace(/[\u0080-\u009F]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
  }
  return text;
}

/** UTF-16 without a BOM: at least a third of the even (BE) or odd (LE) bytes are zero, and none of the others. */
function guessUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const sample = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (sample < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (oddZeros >= pairs / 3 && evenZeros === 0) return "utf-16le";
  if (evenZeros >= pairs / 3 && oddZeros === 0) return "utf-16be";
  return null;
}

/** Text that is really a binary file (an image, a spreadsheet saved as .xlsx) renamed .csv or .vcf. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  if (sample.includes("\u0000")) return true;
  const replaced = sample.match(/\uFFFD/g)?.length ?? 0;
  return replaced > 8;
}

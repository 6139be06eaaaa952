// Bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, else GB18030 (a superset of GBK).

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface Decoded {
  text: string;
  encoding: Encoding;
}

/** Decodes a file's bytes, or returns null when they are not text in any encoding ebz reads. */
export function decodeText(bytes: Uint8Array): Decoded | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return tryDecode(bytes.subarray(3), 'utf-8');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return tryDecode(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return tryDecode(bytes.subarray(2), 'utf-16be');
  if (looksBinary(bytes)) return null;
  return tryDecode(bytes, 'utf-8') ?? tryDecode(bytes, 'gb18030');
}

/** One strict decoder per encoding, made when first needed: a decoder is reset by every whole decode. */
const decoders = new Map<Encoding, InstanceType<typeof TextDecoder>>();

function tryDecode(bytes: Uint8Array, encoding: Encoding): Decoded | null {
  let decoder = decoders.get(encoding);
  if (!decoder) {
    decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
    decoders.set(encoding, decoder);
  }
  try {
    const text = decoder.decode(bytes);
    if (encoding !== 'utf-8' && /[\u0000-\u0008\u000e-\u001f]/.test(text)) return null;
    return { text, encoding };
  } catch {
    return null;
  }
}

/** NUL bytes never occur in UTF-8 or GB18030 text: a zip (.docx), an image or a UTF-16 file without BOM. */
function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).indexOf(0) >= 0;
}

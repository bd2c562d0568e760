// v8's serialisation, with large typed arrays kept out of the serialised bytes: written after
// them as parts of their own, and read back as views of the file's bytes. v8.serialize copies
// every typed array into a buffer it grows as it goes: the relation of 100,000 articles (93 MB,
// 87 MB of it typed arrays) took 358-503 ms to serialise, against 30-110 ms for the rest alone.
import { DefaultDeserializer, DefaultSerializer } from 'node:v8';

/** Typed arrays of at least this many bytes become parts; smaller ones stay in the serialised bytes. */
const PART_BYTES = 64 * 1024;

/** A part's offset within the payload is a multiple of this: any typed array can view it in place. */
const ALIGN = 8;

const KINDS = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array] as const;
type Kind = (typeof KINDS)[number];

/** How a typed array is written: in the serialised bytes, as v8 writes it, or as a part. */
const INLINE = 0;
const PART = 1;

/**
 * The hooks through which Node's default serialiser writes and reads typed arrays, which it
 * documents (v8.Serializer, v8.Deserializer) but its type declarations leave out.
 */
interface HostObjects {
  _writeHostObject(view: ArrayBufferView): void;
  _readHostObject(): unknown;
}
const writeInline = (DefaultSerializer.prototype as unknown as HostObjects)._writeHostObject;
const readInline = (DefaultDeserializer.prototype as unknown as HostObjects)._readHostObject;

class PartSerializer extends DefaultSerializer {
  readonly parts: Uint8Array[] = [];

  _writeHostObject(view: ArrayBufferView): void {
    const kind = KINDS.findIndex((k) => view instanceof k);
    if (kind < 0 || view.byteLength < PART_BYTES) {
      this.writeUint32(INLINE);
      writeInline.call(this, view);
      return;
    }
    this.writeUint32(PART);
    this.writeUint32(kind);
    this.writeUint32(this.parts.length);
    this.parts.push(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
  }
}

class PartDeserializer extends DefaultDeserializer {
  constructor(
    bytes: Uint8Array,
    private readonly parts: readonly ((kind: Kind) => NodeJS.TypedArray)[],
  ) {
    super(bytes);
  }

  _readHostObject(): unknown {
    if (this.readUint32() === INLINE) return readInline.call(this);
    const kind = KINDS[this.readUint32()];
    const part = this.parts[this.readUint32()];
    if (!kind || !part) throw new Error('a part that is not there');
    return part(kind);
  }
}

const padding = (length: number): number => (ALIGN - (length % ALIGN)) % ALIGN;

/**
 * `value` serialised as buffers to write one after another: a table (the serialised bytes' length,
 * then each part's), the serialised bytes, and each part, each at an offset that is a multiple
 * of ALIGN in a file where `before` bytes come first. The parts are the value's own arrays, not copies.
 */
export function serializeParted(value: unknown, before = 0): Uint8Array[] {
  const serializer = new PartSerializer();
  serializer.writeHeader();
  serializer.writeValue(value);
  const body = serializer.releaseBuffer();
  const { parts } = serializer;
  const table = Buffer.alloc((2 + parts.length) * 4);
  table.writeUInt32LE(body.length, 0);
  table.writeUInt32LE(parts.length, 4);
  parts.forEach((p, k) => table.writeUInt32LE(p.byteLength, 8 + k * 4));
  const out: Uint8Array[] = [table, body];
  let at = before + table.length + body.length;
  for (const part of parts) {
    const pad = padding(at);
    if (pad > 0) out.push(Buffer.alloc(pad));
    out.push(part);
    at += pad + part.byteLength;
  }
  return out;
}

/**
 * The value serializeParted wrote, from `payload`, all of its buffers one after another, after
 * `before` bytes as written. Parts are views of `payload`'s bytes where aligned (the payload
 * then stays in memory while any is kept), else copies. Throws if the bytes are not such a payload.
 */
export function deserializeParted(payload: Uint8Array, before = 0): unknown {
  const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
  const bodyLength = view.getUint32(0, true);
  const count = view.getUint32(4, true);
  const tableLength = (2 + count) * 4;
  if (tableLength + bodyLength > payload.byteLength) throw new Error('a payload shorter than its table says');
  let at = tableLength + bodyLength;
  const parts = Array.from({ length: count }, (_, k) => {
    const length = view.getUint32(8 + k * 4, true);
    at += padding(before + at);
    const from = at;
    at += length;
    if (at > payload.byteLength) throw new Error('a payload shorter than its parts');
    return (kind: Kind): NodeJS.TypedArray => {
      if (length % kind.BYTES_PER_ELEMENT !== 0) throw new Error('a part that is not of its kind');
      const offset = payload.byteOffset + from;
      if (offset % kind.BYTES_PER_ELEMENT === 0) return new kind(payload.buffer as ArrayBuffer, offset, length / kind.BYTES_PER_ELEMENT);
      const copy = new Uint8Array(length);
      copy.set(payload.subarray(from, from + length));
      return new kind(copy.buffer, 0, length / kind.BYTES_PER_ELEMENT);
    };
  });
  const deserializer = new PartDeserializer(payload.subarray(tableLength, tableLength + bodyLength), parts);
  deserializer.readHeader();
  return deserializer.readValue();
}

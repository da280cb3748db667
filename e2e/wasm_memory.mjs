// Caps a wasm module's linear memory: `capMemory(bytes, mib)` returns a copy of the module whose
// memory may grow to `mib` MiB at most, as on a device that has no more to give. The server's
// `wasmmax` fault serves the model worker this way, so a test sees what a model that does not
// fit does to the real worker. Only the memory section changes; every other byte is kept.

const MEMORY_SECTION = 5;
const PAGE_BYTES = 65536;
const HAS_MAXIMUM = 0x01;

/** Reads an unsigned LEB128 at `offset`: `[value, next offset]`. */
function readLeb(bytes, offset) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[offset++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, offset];
  }
}

function leb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

/** A copy of the wasm module `bytes` whose one memory grows to `mib` MiB at most. */
export function capMemory(bytes, mib) {
  const maxPages = Math.floor((mib * 1048576) / PAGE_BYTES);
  let offset = 8; // magic and version
  while (offset < bytes.length) {
    const id = bytes[offset];
    const [size, payload] = readLeb(bytes, offset + 1);
    if (id === MEMORY_SECTION) {
      const [count, limits] = readLeb(bytes, payload);
      if (count !== 1) throw new Error(`expected one memory, found ${count}`);
      const flags = bytes[limits];
      if (flags & ~HAS_MAXIMUM) throw new Error(`memory flags ${flags} (shared or 64-bit) are not handled`);
      const [minPages] = readLeb(bytes, limits + 1);
      if (minPages > maxPages) throw new Error(`the module needs ${minPages} pages at start, over the cap of ${maxPages}`);
      const section = [...leb(1), HAS_MAXIMUM, ...leb(minPages), ...leb(maxPages)];
      return Buffer.concat([
        bytes.subarray(0, offset),
        Buffer.from([MEMORY_SECTION, ...leb(section.length), ...section]),
        bytes.subarray(payload + size),
      ]);
    }
    offset = payload + size;
  }
  throw new Error('the module defines no memory of its own (an imported memory is not handled)');
}

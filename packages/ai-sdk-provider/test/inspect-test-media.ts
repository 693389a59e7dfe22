// Test helpers: decode what a user would receive, so tests assert on real PNG and MP4 structure
// rather than on a few magic bytes.
import { crc32, inflateSync } from 'node:zlib';

/**
 * Decodes a PNG far enough to prove it is valid: signature, every chunk's CRC, IHDR, and the
 * inflated IDAT size matching width × height for 8-bit RGB/RGBA. Throws on anything broken.
 */
export function inspectPng(bytes: Uint8Array): { width: number; height: number } {
  const buffer = Buffer.from(bytes);
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((byte, index) => buffer[index] === byte)) throw new Error('not a PNG');
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  let sawEnd = false;
  while (offset < buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString('ascii', offset + 4, offset + 8);
    const data = buffer.subarray(offset + 8, offset + 8 + length);
    const crc = buffer.readUInt32BE(offset + 8 + length);
    if (crc32(buffer.subarray(offset + 4, offset + 8 + length)) !== crc) {
      throw new Error(`bad CRC in ${type}`);
    }
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8) throw new Error('expected 8-bit samples');
      channels = { 2: 3, 6: 4 }[data[9] as number] ?? 0;
      if (channels === 0) throw new Error(`unexpected colour type ${data[9]}`);
    } else if (type === 'IDAT') {
      idat.push(data);
    } else if (type === 'IEND') {
      sawEnd = true;
    }
    offset += 12 + length;
  }
  if (!sawEnd) throw new Error('no IEND chunk');
  const pixels = inflateSync(Buffer.concat(idat));
  if (pixels.length !== height * (1 + width * channels)) throw new Error('IDAT size mismatch');
  return { width, height };
}

/**
 * Walks an MP4's boxes far enough to prove it is a playable H.264 file: `ftyp`, `moov` with an
 * `avc1` sample entry (size, `avcC` with an SPS), a sample table whose sizes and chunk offset
 * land inside `mdat`, and a first sample that is an IDR slice. Throws on anything broken.
 */
export function inspectMp4(bytes: Uint8Array): {
  brand: string;
  width: number;
  height: number;
  frames: number;
  seconds: number;
} {
  const buffer = Buffer.from(bytes);
  const top = readBoxes(buffer, 0, buffer.length);
  if (top[0]?.type !== 'ftyp') throw new Error('MP4 must start with ftyp');
  const brand = buffer.toString('ascii', top[0].start + 8, top[0].start + 12);
  const moov = top.find((box) => box.type === 'moov');
  const mdat = top.find((box) => box.type === 'mdat');
  if (moov == null || mdat == null) throw new Error('missing moov or mdat');
  if (top.reduce((sum, box) => sum + box.size, 0) !== buffer.length) {
    throw new Error('box sizes do not add up to the file size');
  }

  const find = (path: string[]) => {
    let boxes = readBoxes(buffer, moov.start + 8, moov.start + moov.size);
    let found: Box | undefined;
    for (const [index, type] of path.entries()) {
      found = boxes.find((box) => box.type === type);
      if (found == null) throw new Error(`missing ${type}`);
      // Only containers are walked into; leaves (full boxes) have their own layout.
      if (index < path.length - 1)
        boxes = readBoxes(buffer, found.start + 8, found.start + found.size);
    }
    return found as Box;
  };
  const stbl = ['trak', 'mdia', 'minf', 'stbl'];
  const mdhd = find(['trak', 'mdia', 'mdhd']);
  const timescale = buffer.readUInt32BE(mdhd.start + 20);
  const duration = buffer.readUInt32BE(mdhd.start + 24);

  const stsd = find([...stbl, 'stsd']);
  const avc1Start = stsd.start + 16;
  if (buffer.toString('ascii', avc1Start + 4, avc1Start + 8) !== 'avc1') {
    throw new Error('sample entry is not avc1');
  }
  const width = buffer.readUInt16BE(avc1Start + 32);
  const height = buffer.readUInt16BE(avc1Start + 34);
  const avcC = readBoxes(buffer, avc1Start + 86, avc1Start + buffer.readUInt32BE(avc1Start)).find(
    (box) => box.type === 'avcC',
  );
  if (avcC == null) throw new Error('missing avcC');
  const spsNalType = (buffer[avcC.start + 8 + 8] as number) & 0x1f;
  if (spsNalType !== 7) throw new Error('avcC holds no SPS');

  const stsz = find([...stbl, 'stsz']);
  const frames = buffer.readUInt32BE(stsz.start + 16);
  const sizes = Array.from({ length: frames }, (_, index) =>
    buffer.readUInt32BE(stsz.start + 20 + index * 4),
  );
  const stco = find([...stbl, 'stco']);
  const chunkOffset = buffer.readUInt32BE(stco.start + 16);
  const samplesEnd = chunkOffset + sizes.reduce((sum, size) => sum + size, 0);
  if (chunkOffset !== mdat.start + 8 || samplesEnd !== mdat.start + mdat.size) {
    throw new Error('sample table does not match mdat');
  }
  const firstNalType = (buffer[chunkOffset + 4] as number) & 0x1f;
  if (firstNalType !== 5) throw new Error('first sample is not an IDR slice');

  return { brand, width, height, frames, seconds: duration / timescale };
}

interface Box {
  type: string;
  start: number;
  size: number;
}

function readBoxes(buffer: Buffer, start: number, end: number): Box[] {
  const boxes: Box[] = [];
  let offset = start;
  while (offset + 8 <= end) {
    const size = buffer.readUInt32BE(offset);
    if (size < 8 || offset + size > end) throw new Error(`bad box size at ${offset}`);
    boxes.push({ type: buffer.toString('ascii', offset + 4, offset + 8), start: offset, size });
    offset += size;
  }
  return boxes;
}

/**
 * Reads a RIFF/WAVE file's `fmt ` and `data` chunks far enough to prove it is playable PCM, and
 * returns its format and length. Throws on anything broken.
 */
export function inspectWav(bytes: Uint8Array): {
  sampleRate: number;
  channels: number;
  bitsPerSample: number;
  seconds: number;
} {
  const buffer = Buffer.from(bytes);
  if (buffer.toString('ascii', 0, 4) !== 'RIFF' || buffer.toString('ascii', 8, 12) !== 'WAVE') {
    throw new Error('not a RIFF/WAVE file');
  }
  if (buffer.readUInt32LE(4) !== buffer.length - 8) throw new Error('RIFF size mismatch');
  let offset = 12;
  let format: { sampleRate: number; channels: number; bitsPerSample: number } | undefined;
  while (offset + 8 <= buffer.length) {
    const id = buffer.toString('ascii', offset, offset + 4);
    const size = buffer.readUInt32LE(offset + 4);
    if (offset + 8 + size > buffer.length) throw new Error(`chunk ${id} runs past the end`);
    if (id === 'fmt ') {
      if (buffer.readUInt16LE(offset + 8) !== 1) throw new Error('not PCM');
      format = {
        channels: buffer.readUInt16LE(offset + 10),
        sampleRate: buffer.readUInt32LE(offset + 12),
        bitsPerSample: buffer.readUInt16LE(offset + 22),
      };
    } else if (id === 'data') {
      if (format == null) throw new Error('data before fmt');
      const frameBytes = (format.channels * format.bitsPerSample) / 8;
      return { ...format, seconds: size / frameBytes / format.sampleRate };
    }
    offset += 8 + size + (size % 2);
  }
  throw new Error('no data chunk');
}

export interface WavInfo {
  sampleRate: number;
  channels: number;
  bitsPerSample: number;
  durationSeconds: number;
  /** The `LIST/INFO/ICMT` comment, if the file carries one (speech made by the emulator does). */
  comment: string | undefined;
}

/**
 * Reads the header of a RIFF/WAVE file: format, duration and the INFO comment. Returns
 * `undefined` for anything that is not a well-formed WAV (mp3, ogg, random bytes).
 */
export function readWav(bytes: Uint8Array): WavInfo | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length < 12) return undefined;
  if (buffer.toString('ascii', 0, 4) !== 'RIFF' || buffer.toString('ascii', 8, 12) !== 'WAVE') {
    return undefined;
  }

  let format: { channels: number; sampleRate: number; byteRate: number; bits: number } | undefined;
  let dataLength: number | undefined;
  let comment: string | undefined;

  let offset = 12;
  while (offset + 8 <= buffer.length) {
    const id = buffer.toString('ascii', offset, offset + 4);
    const size = buffer.readUInt32LE(offset + 4);
    const start = offset + 8;
    const end = Math.min(start + size, buffer.length);

    if (id === 'fmt ' && end - start >= 16) {
      format = {
        channels: buffer.readUInt16LE(start + 2),
        sampleRate: buffer.readUInt32LE(start + 4),
        byteRate: buffer.readUInt32LE(start + 8),
        bits: buffer.readUInt16LE(start + 14),
      };
    } else if (id === 'data') {
      dataLength = end - start;
    } else if (id === 'LIST' && buffer.toString('ascii', start, start + 4) === 'INFO') {
      comment = readInfoComment(buffer.subarray(start + 4, end)) ?? comment;
    }
    offset = start + size + (size % 2);
  }

  if (format == null || dataLength == null || format.byteRate === 0) return undefined;
  return {
    sampleRate: format.sampleRate,
    channels: format.channels,
    bitsPerSample: format.bits,
    durationSeconds: dataLength / format.byteRate,
    comment,
  };
}

function readInfoComment(info: Buffer): string | undefined {
  let offset = 0;
  while (offset + 8 <= info.length) {
    const id = info.toString('ascii', offset, offset + 4);
    const size = info.readUInt32LE(offset + 4);
    const start = offset + 8;
    if (id === 'ICMT') {
      return info.toString('utf8', start, Math.min(start + size, info.length)).replace(/\0+$/, '');
    }
    offset = start + size + (size % 2);
  }
  return undefined;
}

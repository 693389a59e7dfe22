import { describe, expect, it } from 'vitest';
import { createMp4 } from './create-mp4';

interface Box {
  type: string;
  start: number;
  size: number;
}

function boxes(buffer: Buffer, start: number, end: number): Box[] {
  const found: Box[] = [];
  for (let offset = start; offset + 8 <= end; ) {
    const size = buffer.readUInt32BE(offset);
    if (size < 8 || offset + size > end) throw new Error(`bad box at ${offset}`);
    found.push({ type: buffer.toString('ascii', offset + 4, offset + 8), start: offset, size });
    offset += size;
  }
  return found;
}

function child(buffer: Buffer, parent: Box, type: string): Box {
  const box = boxes(buffer, parent.start + 8, parent.start + parent.size).find(
    (b) => b.type === type,
  );
  if (box == null) throw new Error(`missing ${type} in ${parent.type}`);
  return box;
}

describe('createMp4', () => {
  it('lays out ftyp, moov and mdat whose sizes add up to the file', () => {
    const buffer = Buffer.from(createMp4());
    const top = boxes(buffer, 0, buffer.length);
    expect(top.map((box) => box.type)).toEqual(['ftyp', 'moov', 'mdat']);
    expect(top.reduce((sum, box) => sum + box.size, 0)).toBe(buffer.length);
    expect(buffer.toString('ascii', 8, 12)).toBe('isom');
  });

  it('describes an H.264 track whose sample table points into mdat at IDR slices', () => {
    const buffer = Buffer.from(createMp4({ width: 48, height: 32, fps: 8, frames: 12 }));
    const [, moov, mdat] = boxes(buffer, 0, buffer.length) as [Box, Box, Box];
    const stbl = child(
      buffer,
      child(buffer, child(buffer, child(buffer, moov, 'trak'), 'mdia'), 'minf'),
      'stbl',
    );

    const stsd = child(buffer, stbl, 'stsd');
    const avc1 = stsd.start + 16;
    expect(buffer.toString('ascii', avc1 + 4, avc1 + 8)).toBe('avc1');
    expect([buffer.readUInt16BE(avc1 + 32), buffer.readUInt16BE(avc1 + 34)]).toEqual([48, 32]);
    const avcC = avc1 + 86;
    expect(buffer.toString('ascii', avcC + 4, avcC + 8)).toBe('avcC');
    // Constrained Baseline profile, SPS NAL (type 7) then PPS NAL (type 8).
    expect(buffer[avcC + 9]).toBe(66);
    const spsLength = buffer.readUInt16BE(avcC + 14);
    expect((buffer[avcC + 16] as number) & 0x1f).toBe(7);
    expect((buffer[avcC + 16 + spsLength + 3] as number) & 0x1f).toBe(8);

    const stsz = child(buffer, stbl, 'stsz');
    const count = buffer.readUInt32BE(stsz.start + 16);
    expect(count).toBe(12);
    const sizes = Array.from({ length: count }, (_, i) =>
      buffer.readUInt32BE(stsz.start + 20 + i * 4),
    );
    const stco = child(buffer, stbl, 'stco');
    let offset = buffer.readUInt32BE(stco.start + 16);
    expect(offset).toBe(mdat.start + 8);
    for (const size of sizes) {
      const nalLength = buffer.readUInt32BE(offset);
      expect(nalLength).toBe(size - 4);
      expect((buffer[offset + 4] as number) & 0x1f).toBe(5); // IDR slice
      offset += size;
    }
    expect(offset).toBe(mdat.start + mdat.size);

    const mdhd = child(buffer, child(buffer, child(buffer, moov, 'trak'), 'mdia'), 'mdhd');
    expect(buffer.readUInt32BE(mdhd.start + 24) / buffer.readUInt32BE(mdhd.start + 20)).toBe(1.5);
  });

  it('makes different videos for different seeds, the same for the same seed', () => {
    expect(
      Buffer.from(createMp4({ seed: 'a' })).equals(Buffer.from(createMp4({ seed: 'a' }))),
    ).toBe(true);
    expect(
      Buffer.from(createMp4({ seed: 'a' })).equals(Buffer.from(createMp4({ seed: 'b' }))),
    ).toBe(false);
  });

  it('rejects sizes that are not whole macroblocks', () => {
    expect(() => createMp4({ width: 30 })).toThrow(/multiples of 16/);
    expect(() => createMp4({ frames: 0 })).toThrow(/positive integers/);
  });
});

import { describe, expect, it } from 'vitest';
import { readWav } from '../media/audio-read-wav';
import { createPcm16, createWav, WAV_SAMPLE_RATE } from './create-wav';

describe('createWav', () => {
  it('writes a RIFF/WAVE file with a 16-bit mono fmt chunk and the requested length', () => {
    const bytes = Buffer.from(createWav({ durationSeconds: 0.5 }));

    expect(bytes.toString('ascii', 0, 4)).toBe('RIFF');
    expect(bytes.readUInt32LE(4)).toBe(bytes.length - 8);
    expect(bytes.toString('ascii', 8, 12)).toBe('WAVE');
    expect(bytes.toString('ascii', 12, 16)).toBe('fmt ');
    expect(bytes.readUInt16LE(20)).toBe(1); // PCM
    expect(bytes.readUInt16LE(22)).toBe(1); // mono
    expect(bytes.readUInt32LE(24)).toBe(WAV_SAMPLE_RATE);
    expect(bytes.readUInt16LE(34)).toBe(16);
    expect(readWav(bytes)?.durationSeconds).toBe(0.5);
  });

  it('stores the comment so it can be read back, including non-ASCII text of odd length', () => {
    const comment = 'Grüße aus dem Emulator!';
    const info = readWav(createWav({ durationSeconds: 0.1, comment }));

    expect(info).toMatchObject({ comment, channels: 1, bitsPerSample: 16 });
    expect(info?.durationSeconds).toBeCloseTo(0.1, 5);
  });

  it('is deterministic and holds audible, non-silent samples', () => {
    const first = createWav({ durationSeconds: 0.2, seed: 'alloy' });
    expect(
      Buffer.from(first).equals(Buffer.from(createWav({ durationSeconds: 0.2, seed: 'alloy' }))),
    ).toBe(true);
    expect(
      Buffer.from(first).equals(Buffer.from(createWav({ durationSeconds: 0.2, seed: 'nova' }))),
    ).toBe(false);

    const pcm = Buffer.from(createPcm16({ durationSeconds: 0.2 }));
    expect(pcm.length).toBe(0.2 * WAV_SAMPLE_RATE * 2);
    let peak = 0;
    for (let i = 0; i < pcm.length; i += 2) peak = Math.max(peak, Math.abs(pcm.readInt16LE(i)));
    expect(peak).toBeGreaterThan(5000);
  });

  it('readWav rejects what is not a WAV', () => {
    expect(readWav(Buffer.from('ID3\x04 not a wav at all'))).toBeUndefined();
    expect(readWav(Buffer.alloc(4))).toBeUndefined();
  });
});

/**
 * A valid, playable MP4 (ISO BMFF, H.264 Constrained Baseline) of the given size and length,
 * so tests and examples can decode what a user would get from a video task.
 *
 * Every frame is an IDR picture made only of I_PCM macroblocks: the samples are stored raw, so
 * no transform or entropy coder is needed, yet ffmpeg, browsers and players decode it. The
 * colour drifts from frame to frame (seeded), so two generated videos differ and the frames of
 * one video are not all the same.
 */
export function createMp4(
  options: {
    /** Width in pixels, a multiple of 16. Default 32. */
    width?: number;
    /** Height in pixels, a multiple of 16. Default 32. */
    height?: number;
    /** Frames per second. Default 10. */
    fps?: number;
    /** Number of frames. Default 10 (one second at 10 fps). */
    frames?: number;
    /** Colour seed. */
    seed?: string;
  } = {},
): Uint8Array {
  const width = options.width ?? 32;
  const height = options.height ?? 32;
  const fps = options.fps ?? 10;
  const frameCount = options.frames ?? 10;
  if (width % 16 !== 0 || height % 16 !== 0 || width <= 0 || height <= 0) {
    throw new RangeError(`createMp4: width and height must be positive multiples of 16.`);
  }
  if (!Number.isInteger(fps) || fps <= 0 || !Number.isInteger(frameCount) || frameCount <= 0) {
    throw new RangeError(`createMp4: fps and frames must be positive integers.`);
  }

  const sps = createSps(width, height);
  const pps = createPps();
  const [red, green, blue] = colourFromSeed(options.seed ?? 'ccapi');
  const samples: Buffer[] = [];
  for (let frame = 0; frame < frameCount; frame++) {
    const shift = Math.round((frame / frameCount) * 96);
    const slice = createIdrSlice({
      width,
      height,
      idrPicId: frame % 2,
      rgb: [(red + shift) & 0xff, green, (blue + 255 - shift) & 0xff],
    });
    samples.push(lengthPrefixed(slice));
  }

  const timescale = 1000;
  const sampleDelta = Math.round(timescale / fps);
  const duration = sampleDelta * frameCount;

  const ftyp = box(
    'ftyp',
    Buffer.from('isom', 'ascii'),
    u32(0x200),
    Buffer.from('isomiso2avc1mp41', 'ascii'),
  );
  const buildMoov = (chunkOffset: number) =>
    box(
      'moov',
      createMvhd(timescale, duration),
      box(
        'trak',
        createTkhd(duration, width, height),
        box(
          'mdia',
          createMdhd(timescale, duration),
          createHdlr(),
          box(
            'minf',
            fullBox('vmhd', 0, 1, u16(0), u16(0), u16(0), u16(0)),
            box('dinf', fullBox('dref', 0, 0, u32(1), fullBox('url ', 0, 1))),
            box(
              'stbl',
              createStsd(width, height, sps, pps),
              fullBox('stts', 0, 0, u32(1), u32(frameCount), u32(sampleDelta)),
              fullBox('stsc', 0, 0, u32(1), u32(1), u32(frameCount), u32(1)),
              fullBox(
                'stsz',
                0,
                0,
                u32(0),
                u32(frameCount),
                ...samples.map((sample) => u32(sample.length)),
              ),
              fullBox('stco', 0, 0, u32(1), u32(chunkOffset)),
            ),
          ),
        ),
      ),
    );
  // The chunk offset does not change the moov size, so build once to measure, once for real.
  const moovSize = buildMoov(0).length;
  const moov = buildMoov(ftyp.length + moovSize + 8);
  const mdat = box('mdat', ...samples);
  return new Uint8Array(Buffer.concat([ftyp, moov, mdat]));
}

const PROFILE_BASELINE = 66;
/** constraint_set0_flag and constraint_set1_flag: Constrained Baseline. */
const PROFILE_COMPATIBILITY = 0xc0;
const LEVEL_1_0 = 10;
/** mb_type 25 in an I slice. */
const MB_TYPE_I_PCM = 25;

function createSps(width: number, height: number): Buffer {
  const bits = new BitWriter();
  bits.bits(PROFILE_BASELINE, 8);
  bits.bits(PROFILE_COMPATIBILITY, 8);
  bits.bits(LEVEL_1_0, 8);
  bits.ue(0); // seq_parameter_set_id
  bits.ue(0); // log2_max_frame_num_minus4
  bits.ue(2); // pic_order_cnt_type: output order = decode order
  bits.ue(1); // max_num_ref_frames
  bits.bit(0); // gaps_in_frame_num_value_allowed_flag
  bits.ue(width / 16 - 1); // pic_width_in_mbs_minus1
  bits.ue(height / 16 - 1); // pic_height_in_map_units_minus1
  bits.bit(1); // frame_mbs_only_flag
  bits.bit(1); // direct_8x8_inference_flag
  bits.bit(0); // frame_cropping_flag
  bits.bit(0); // vui_parameters_present_flag
  bits.trailingBits();
  return nalUnit(3, 7, bits.toBuffer());
}

function createPps(): Buffer {
  const bits = new BitWriter();
  bits.ue(0); // pic_parameter_set_id
  bits.ue(0); // seq_parameter_set_id
  bits.bit(0); // entropy_coding_mode_flag: CAVLC
  bits.bit(0); // bottom_field_pic_order_in_frame_present_flag
  bits.ue(0); // num_slice_groups_minus1
  bits.ue(0); // num_ref_idx_l0_default_active_minus1
  bits.ue(0); // num_ref_idx_l1_default_active_minus1
  bits.bit(0); // weighted_pred_flag
  bits.bits(0, 2); // weighted_bipred_idc
  bits.se(0); // pic_init_qp_minus26
  bits.se(0); // pic_init_qs_minus26
  bits.se(0); // chroma_qp_index_offset
  bits.bit(1); // deblocking_filter_control_present_flag
  bits.bit(0); // constrained_intra_pred_flag
  bits.bit(0); // redundant_pic_cnt_present_flag
  bits.trailingBits();
  return nalUnit(3, 8, bits.toBuffer());
}

function createIdrSlice(input: {
  width: number;
  height: number;
  idrPicId: number;
  rgb: [number, number, number];
}): Buffer {
  const { width, height } = input;
  const bits = new BitWriter();
  bits.ue(0); // first_mb_in_slice
  bits.ue(7); // slice_type: I (all slices of the picture)
  bits.ue(0); // pic_parameter_set_id
  bits.bits(0, 4); // frame_num (log2_max_frame_num = 4); 0 for IDR pictures
  bits.ue(input.idrPicId); // idr_pic_id: consecutive IDR pictures must differ
  bits.bit(0); // no_output_of_prior_pics_flag
  bits.bit(0); // long_term_reference_flag
  bits.se(0); // slice_qp_delta
  bits.ue(1); // disable_deblocking_filter_idc: off (raw samples need no filtering)

  const widthInMbs = width / 16;
  const heightInMbs = height / 16;
  for (let mbY = 0; mbY < heightInMbs; mbY++) {
    for (let mbX = 0; mbX < widthInMbs; mbX++) {
      bits.ue(MB_TYPE_I_PCM);
      bits.alignZero(); // pcm_alignment_zero_bit
      // A gentle gradient across the picture, so a frame is not one flat colour.
      for (let y = 0; y < 16; y++) {
        for (let x = 0; x < 16; x++) {
          const gradient = ((mbX * 16 + x + mbY * 16 + y) * 48) / (width + height);
          const [luma] = toYCbCr(input.rgb, gradient);
          bits.bits(luma, 8);
        }
      }
      for (const plane of [1, 2] as const) {
        for (let y = 0; y < 8; y++) {
          for (let x = 0; x < 8; x++) {
            const gradient = ((mbX * 16 + x * 2 + mbY * 16 + y * 2) * 48) / (width + height);
            bits.bits(toYCbCr(input.rgb, gradient)[plane], 8);
          }
        }
      }
    }
  }
  bits.trailingBits();
  return nalUnit(3, 5, bits.toBuffer());
}

/** BT.601 limited range, kept inside 16..240 so no sample is 0 (older decoders reject it). */
function toYCbCr(rgb: [number, number, number], lift: number): [number, number, number] {
  const [red, green, blue] = rgb.map((value) => Math.min(255, value + lift)) as [
    number,
    number,
    number,
  ];
  const luma = 16 + (65.481 * red + 128.553 * green + 24.966 * blue) / 255;
  const cb = 128 + (-37.797 * red - 74.203 * green + 112 * blue) / 255;
  const cr = 128 + (112 * red - 93.786 * green - 18.214 * blue) / 255;
  const clamp = (value: number) => Math.max(16, Math.min(240, Math.round(value)));
  return [clamp(luma), clamp(cb), clamp(cr)];
}

/** NAL header plus emulation prevention (`00 00 0x` → `00 00 03 0x` for x ≤ 3). */
function nalUnit(refIdc: number, type: number, rbsp: Buffer): Buffer {
  const out: number[] = [(refIdc << 5) | type];
  let zeros = 0;
  for (const byte of rbsp) {
    if (zeros >= 2 && byte <= 3) {
      out.push(3);
      zeros = 0;
    }
    out.push(byte);
    zeros = byte === 0 ? zeros + 1 : 0;
  }
  return Buffer.from(out);
}

function lengthPrefixed(nal: Buffer): Buffer {
  return Buffer.concat([u32(nal.length), nal]);
}

function createMvhd(timescale: number, duration: number): Buffer {
  return fullBox(
    'mvhd',
    0,
    0,
    u32(0), // creation_time
    u32(0), // modification_time
    u32(timescale),
    u32(duration),
    u32(0x00010000), // rate 1.0
    u16(0x0100), // volume 1.0
    u16(0),
    u32(0),
    u32(0),
    identityMatrix(),
    Buffer.alloc(24), // pre_defined
    u32(2), // next_track_ID
  );
}

function createTkhd(duration: number, width: number, height: number): Buffer {
  return fullBox(
    'tkhd',
    0,
    3, // enabled | in movie
    u32(0),
    u32(0),
    u32(1), // track_ID
    u32(0),
    u32(duration),
    u32(0),
    u32(0),
    u16(0), // layer
    u16(0), // alternate_group
    u16(0), // volume (video)
    u16(0),
    identityMatrix(),
    u32(width << 16),
    u32(height << 16),
  );
}

function createMdhd(timescale: number, duration: number): Buffer {
  // Language 'und' packed as three 5-bit letters.
  return fullBox('mdhd', 0, 0, u32(0), u32(0), u32(timescale), u32(duration), u16(0x55c4), u16(0));
}

function createHdlr(): Buffer {
  return fullBox(
    'hdlr',
    0,
    0,
    u32(0),
    Buffer.from('vide', 'ascii'),
    Buffer.alloc(12),
    Buffer.from('VideoHandler\0', 'ascii'),
  );
}

function createStsd(width: number, height: number, sps: Buffer, pps: Buffer): Buffer {
  const compressorName = Buffer.alloc(32);
  compressorName.write('\u000bccapi-h264', 0, 'latin1');
  const avcC = box(
    'avcC',
    Buffer.from([1, PROFILE_BASELINE, PROFILE_COMPATIBILITY, LEVEL_1_0, 0xff, 0xe1]),
    u16(sps.length),
    sps,
    Buffer.from([1]),
    u16(pps.length),
    pps,
  );
  const avc1 = box(
    'avc1',
    Buffer.alloc(6), // reserved
    u16(1), // data_reference_index
    u16(0),
    u16(0),
    Buffer.alloc(12),
    u16(width),
    u16(height),
    u32(0x00480000), // 72 dpi
    u32(0x00480000),
    u32(0),
    u16(1), // frame_count
    compressorName,
    u16(0x0018), // depth
    u16(0xffff), // pre_defined = -1
    avcC,
  );
  return fullBox('stsd', 0, 0, u32(1), avc1);
}

function identityMatrix(): Buffer {
  return Buffer.concat(
    [0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000].map((value) => u32(value)),
  );
}

function box(type: string, ...payloads: Buffer[]): Buffer {
  const body = Buffer.concat(payloads);
  return Buffer.concat([u32(body.length + 8), Buffer.from(type, 'ascii'), body]);
}

function fullBox(type: string, version: number, flags: number, ...payloads: Buffer[]): Buffer {
  const header = Buffer.from([version, (flags >> 16) & 0xff, (flags >> 8) & 0xff, flags & 0xff]);
  return box(type, header, ...payloads);
}

function u32(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32BE(value >>> 0, 0);
  return buffer;
}

function u16(value: number): Buffer {
  const buffer = Buffer.alloc(2);
  buffer.writeUInt16BE(value & 0xffff, 0);
  return buffer;
}

/** MSB-first bit writer with Exp-Golomb codes, as H.264 RBSPs need. */
class BitWriter {
  private readonly bytes: number[] = [];
  private current = 0;
  private filled = 0;

  bit(value: number): void {
    this.current = (this.current << 1) | (value & 1);
    this.filled += 1;
    if (this.filled === 8) {
      this.bytes.push(this.current);
      this.current = 0;
      this.filled = 0;
    }
  }

  bits(value: number, count: number): void {
    for (let i = count - 1; i >= 0; i--) this.bit((value >>> i) & 1);
  }

  /** Unsigned Exp-Golomb. */
  ue(value: number): void {
    const codeNum = value + 1;
    const length = Math.floor(Math.log2(codeNum));
    this.bits(0, length);
    this.bits(codeNum, length + 1);
  }

  /** Signed Exp-Golomb. */
  se(value: number): void {
    this.ue(value > 0 ? 2 * value - 1 : -2 * value);
  }

  alignZero(): void {
    while (this.filled !== 0) this.bit(0);
  }

  /** rbsp_stop_one_bit then alignment zeros. */
  trailingBits(): void {
    this.bit(1);
    this.alignZero();
  }

  toBuffer(): Buffer {
    return Buffer.from(this.bytes);
  }
}

function colourFromSeed(seed: string): [number, number, number] {
  let hash = 2166136261;
  for (let i = 0; i < seed.length; i++) hash = Math.imul(hash ^ seed.charCodeAt(i), 16777619);
  return [hash & 0xff, (hash >>> 8) & 0xff, (hash >>> 16) & 0xff];
}

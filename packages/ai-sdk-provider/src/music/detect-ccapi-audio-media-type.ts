const FORMATS: Record<string, string> = {
  'audio/mpeg': 'mp3',
  'audio/mp3': 'mp3',
  'audio/wav': 'wav',
  'audio/x-wav': 'wav',
  'audio/wave': 'wav',
  'audio/vnd.wave': 'wav',
  'audio/mp4': 'm4a',
  'audio/x-m4a': 'm4a',
  'audio/m4a': 'm4a',
  'audio/aac': 'aac',
  'audio/ogg': 'ogg',
  'audio/flac': 'flac',
  'audio/x-flac': 'flac',
  'audio/webm': 'webm',
};

const EXTENSIONS: Record<string, string> = {
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  m4a: 'audio/mp4',
  mp4: 'audio/mp4',
  aac: 'audio/aac',
  ogg: 'audio/ogg',
  flac: 'audio/flac',
  webm: 'audio/webm',
};

/**
 * The media type and file format of downloaded audio: the server's `audio/*` type, else what the
 * bytes say (WAV, MP3, MP4/M4A, Ogg, FLAC, WebM, ADTS AAC), else the URL's extension, else MP3
 * (what Suno serves). CDNs often send `application/octet-stream`, so that is not trusted.
 */
export function detectCCAPIAudioMediaType(file: {
  data: Uint8Array;
  mediaType: string | undefined;
  url: string;
}): { mediaType: string; format: string } {
  const served = file.mediaType?.toLowerCase();
  const mediaType =
    (served?.startsWith('audio/') ? served : undefined) ??
    sniff(file.data) ??
    fromExtension(file.url) ??
    'audio/mpeg';
  return { mediaType, format: FORMATS[mediaType] ?? mediaType.slice('audio/'.length) };
}

function sniff(bytes: Uint8Array): string | undefined {
  const ascii = (start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));
  if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WAVE') return 'audio/wav';
  if (bytes.length >= 12 && ascii(4, 8) === 'ftyp') return 'audio/mp4';
  if (bytes.length >= 4 && ascii(0, 4) === 'OggS') return 'audio/ogg';
  if (bytes.length >= 4 && ascii(0, 4) === 'fLaC') return 'audio/flac';
  if (bytes.length >= 4 && bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf) {
    return 'audio/webm';
  }
  if (bytes.length >= 3 && ascii(0, 3) === 'ID3') return 'audio/mpeg';
  if (bytes.length >= 2 && bytes[0] === 0xff) {
    const second = bytes[1] as number;
    // ADTS (AAC) has layer bits 00; an MPEG audio frame sync has a non-zero layer.
    if ((second & 0xf6) === 0xf0) return 'audio/aac';
    if ((second & 0xe0) === 0xe0) return 'audio/mpeg';
  }
  return undefined;
}

function fromExtension(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(url, 'https://placeholder.invalid').pathname;
  } catch {
    return undefined;
  }
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  return extension != null ? EXTENSIONS[extension] : undefined;
}

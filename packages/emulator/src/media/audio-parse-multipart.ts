export interface MultipartFile {
  filename: string;
  contentType: string;
  data: Buffer;
}

export interface MultipartForm {
  /** Text fields by name, in order; repeated names (`timestamp_granularities[]`) keep every value. */
  fields: Map<string, string[]>;
  /** File parts by field name (the first one wins). */
  files: Map<string, MultipartFile>;
}

/**
 * Parses a `multipart/form-data` body (RFC 7578), as OpenAI-style audio uploads send it.
 * Returns `undefined` when the content type is not multipart or has no boundary, or when the
 * body has no closing boundary.
 */
export function parseMultipart(
  contentType: string | undefined,
  body: Buffer,
): MultipartForm | undefined {
  if (contentType == null || !/^multipart\/form-data/i.test(contentType)) return undefined;
  const boundaryMatch = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  const boundary = boundaryMatch?.[1] ?? boundaryMatch?.[2]?.trim();
  if (boundary == null || boundary.length === 0) return undefined;

  const delimiter = Buffer.from(`--${boundary}`);
  const form: MultipartForm = { fields: new Map(), files: new Map() };

  let position = body.indexOf(delimiter);
  if (position === -1) return undefined;
  let closed = false;

  while (position !== -1) {
    let partStart = position + delimiter.length;
    // `--boundary--` closes the body.
    if (body[partStart] === 0x2d && body[partStart + 1] === 0x2d) {
      closed = true;
      break;
    }
    if (body[partStart] === 0x0d && body[partStart + 1] === 0x0a) partStart += 2;

    const next = body.indexOf(delimiter, partStart);
    if (next === -1) break;
    // Each part ends with CRLF before the next delimiter.
    const partEnd = body[next - 2] === 0x0d && body[next - 1] === 0x0a ? next - 2 : next;
    readPart(body.subarray(partStart, partEnd), form);
    position = next;
  }

  return closed ? form : undefined;
}

function readPart(part: Buffer, form: MultipartForm): void {
  const headerEnd = part.indexOf('\r\n\r\n');
  if (headerEnd === -1) return;
  const headers = part.toString('utf8', 0, headerEnd).split('\r\n');
  const data = part.subarray(headerEnd + 4);

  let name: string | undefined;
  let filename: string | undefined;
  let contentType = 'application/octet-stream';
  for (const header of headers) {
    const colon = header.indexOf(':');
    if (colon === -1) continue;
    const key = header.slice(0, colon).trim().toLowerCase();
    const value = header.slice(colon + 1).trim();
    if (key === 'content-disposition') {
      name = readParameter(value, 'name');
      filename = readParameter(value, 'filename');
    } else if (key === 'content-type') {
      contentType = value;
    }
  }
  if (name == null) return;

  if (filename != null) {
    if (!form.files.has(name))
      form.files.set(name, { filename, contentType, data: Buffer.from(data) });
    return;
  }
  const values = form.fields.get(name) ?? [];
  values.push(data.toString('utf8'));
  form.fields.set(name, values);
}

function readParameter(header: string, parameter: string): string | undefined {
  const match = new RegExp(`(?:^|;)\\s*${parameter}="((?:[^"\\\\]|\\\\.)*)"`, 'i').exec(header);
  if (match?.[1] != null) return match[1].replace(/\\(.)/g, '$1');
  const bare = new RegExp(`(?:^|;)\\s*${parameter}=([^;]+)`, 'i').exec(header);
  return bare?.[1]?.trim();
}

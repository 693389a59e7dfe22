import { randomBytes } from 'node:crypto';
import type { EmulatorRoute } from '../emulator-types';
import { sendCCAPIError, sendJson } from '../http/send-response';
import { createPng } from '../media-bytes/create-png';
import { modelInBody } from '../models/reject-unknown-model';
import { readEmulatorMediaFile, registerEmulatorMediaFile } from './emulator-media-files';
import { pickEmulatorMediaSize } from './pick-emulator-media-size';
import { readEmulatorBody, readModel, readString } from './read-emulator-body';

/**
 * The pay-per-image route `POST /v1/images/generations` (OpenAI's images body, nano banana and
 * friends on CCAPI). Answers `{created, data:[{url | b64_json, revised_prompt}]}` with real PNGs:
 * `response_format: "b64_json"` inlines them, anything else returns URLs under
 * `/emulator/files/` (no auth, like a CDN). The PNG follows `size` or `aspect_ratio`, scaled so
 * its longer side is at most 256 px. A `[fail]` prompt answers 400
 * `content_policy_violation`.
 */
export const imageGenerationRoutes: EmulatorRoute[] = [
  {
    method: 'POST',
    path: '/v1/images/generations',
    auth: 'bearer',
    // new-api's distributor defaults the model of an image generation to dall-e.
    model: modelInBody('dall-e'),
    handle({ res, request, state }) {
      const body = readEmulatorBody(request.body);
      // new-api's distributor defaults the model of an image generation to dall-e.
      const model = readModel(body.model) ?? 'dall-e';
      const prompt = readString(body.prompt);
      if (prompt == null) {
        sendCCAPIError(res, 400, {
          message: 'prompt is required',
          type: 'invalid_request_error',
          code: 'invalid_request',
          param: 'prompt',
        });
        return;
      }
      if (prompt.toLowerCase().includes('[fail]')) {
        sendCCAPIError(res, 400, {
          message:
            'Your request was rejected as a result of our safety system (emulator script [fail]).',
          type: 'invalid_request_error',
          code: 'content_policy_violation',
        });
        return;
      }
      const count = typeof body.n === 'number' ? Math.min(10, Math.max(1, Math.floor(body.n))) : 1;
      const { width, height } = pickEmulatorMediaSize({
        size: body.size,
        aspectRatio: body.aspect_ratio,
        longSide: 256,
        multiple: 8,
        fallback: { width: 128, height: 128 },
      });
      const inline = body.response_format === 'b64_json';
      const batch = randomBytes(8).toString('hex');
      const data = Array.from({ length: count }, (_, index) => {
        const seed = `${model}:${prompt}:${String(body.seed ?? batch)}:${index}`;
        const name = `img_${batch}_${index}.png`;
        const url = registerEmulatorMediaFile(state, name, {
          contentType: 'image/png',
          createBytes: () => createPng({ width, height, seed }),
        });
        const revised_prompt = `${prompt} (emulated)`;
        if (!inline) return { url, revised_prompt };
        const bytes = readEmulatorMediaFile(state, name) as Uint8Array;
        return { b64_json: Buffer.from(bytes).toString('base64'), revised_prompt };
      });
      sendJson(res, 200, { created: Math.floor(Date.now() / 1000), data });
    },
  },
];

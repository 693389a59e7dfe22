import { listPickerModels } from '../../../lib/ccapi-chat-catalog';
import { readCCAPIConnection } from '../../../lib/ccapi-connection';

// The browser asks here for the picker's models; the key stays on the server.
export async function GET(): Promise<Response> {
  return Response.json(await listPickerModels(readCCAPIConnection()));
}

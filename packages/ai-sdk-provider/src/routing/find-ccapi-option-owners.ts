import { findBrandsOwningOption } from '../brands/ccapi-brand-option-keys';
import { ccapiCommonChatOptionsSchema } from '../chat/ccapi-chat-options';
import { CCAPI_NATIVE_ROUTE_OPTION_KEYS } from './ccapi-native-route-option-keys';

/**
 * Who reads a `providerOptions.ccapi` key, in words for a warning: `deepseek models` (a brand's
 * own chat option), `the chat route` (a common chat option), `the messages route` (a native
 * route's option). A route that does not take a key warns when someone else does, and throws
 * when nobody does (a typo).
 */
export function findCCAPIOptionOwners(key: string): string[] {
  const owners = findBrandsOwningOption(key).map((brand) => `${brand} models`);
  if (Object.hasOwn(ccapiCommonChatOptionsSchema.shape, key)) owners.push('the chat route');
  for (const [route, keys] of Object.entries(CCAPI_NATIVE_ROUTE_OPTION_KEYS)) {
    if (keys.includes(key)) owners.push(`the ${route} route`);
  }
  return owners;
}

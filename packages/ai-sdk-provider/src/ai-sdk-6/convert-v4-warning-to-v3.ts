import type { SharedV4Warning } from '@ai-sdk/provider';
import type { SharedV3Warning } from '@ai-sdk/provider-v3';

/** V4 adds `deprecated` warnings ({ setting, message }); V3 carries them as `other`. */
export function convertV4WarningToV3(warning: SharedV4Warning): SharedV3Warning {
  switch (warning.type) {
    case 'unsupported':
    case 'compatibility':
    case 'other':
      return warning;
    case 'deprecated':
      return { type: 'other', message: `${warning.setting} is deprecated: ${warning.message}` };
    default: {
      const exhaustive: never = warning;
      return { type: 'other', message: JSON.stringify(exhaustive) };
    }
  }
}

export function convertV4WarningsToV3(warnings: readonly SharedV4Warning[]): SharedV3Warning[] {
  return warnings.map(convertV4WarningToV3);
}

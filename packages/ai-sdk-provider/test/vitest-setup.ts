// Tests assert warnings on results; the AI SDK's console copies of them are noise here.
(globalThis as { AI_SDK_LOG_WARNINGS?: boolean }).AI_SDK_LOG_WARNINGS = false;

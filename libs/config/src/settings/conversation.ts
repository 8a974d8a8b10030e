import { integer, text, url } from '../env-schema.js';
import { optional, setting } from './setting.js';

/** Conversational requests: the optional local model that reads requests in plain words. */
export const CONVERSATION_SETTINGS = {
  conversation: {
    modelUrl: optional(
      'TRUETRACK_CONVERSATION_MODEL_URL',
      'base URL of a local OpenAI-compatible model (Ollama `http://127.0.0.1:11434/v1`, llama.cpp server); unset = rules only',
      { parse: url('http', 'https') },
    ),
    model: setting('TRUETRACK_CONVERSATION_MODEL', 'model name sent to that endpoint', {
      default: 'llama3.2:3b',
      parse: text,
    }),
    modelTimeoutMs: setting(
      'TRUETRACK_CONVERSATION_MODEL_TIMEOUT_MS',
      "longest wait for the model; past it (or when it is down) the rules' reading is used",
      { default: '1500', parse: integer(100, 60_000) },
    ),
  },
};

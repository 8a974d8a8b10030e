import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import type { ModelProposal } from '@app/core';
import { HttpClient, SourceUrlPolicy } from '@app/platform';

/** The instruction sent with every request; the answer must be one JSON object and nothing else. */
export const MODEL_PROMPT = [
  'You read music download requests. Answer with one JSON object and nothing else, with these keys when the request',
  'says them: artist, title, album, version (studio, live, acoustic, remix, instrumental, demo, remaster, cover),',
  'versionDetail (venue or remixer), yearFrom, yearTo, format (flac, mp3, opus, aac), kind (track, album, ep,',
  'single, discography), latest (true for the newest release). Use only words from the request for names.',
].join(' ');

interface ChatAnswer {
  choices?: { message?: { content?: unknown } }[];
}

/**
 * An optional local model (Ollama, llama.cpp server: OpenAI-compatible `/chat/completions`) that proposes how to read
 * a request. Off unless a URL is configured. Its host is the one private address this client may reach: the
 * operator named it, a caller cannot change it, and nothing in the model's answer is ever fetched.
 */
@Injectable()
export class LocalModelReader {
  private readonly logger = new Logger(LocalModelReader.name);
  private readonly http: HttpClient | undefined;
  private readonly policy: SourceUrlPolicy | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    const { modelUrl, modelTimeoutMs } = config.conversation;
    if (!modelUrl) return;
    this.policy = new SourceUrlPolicy([new URL(modelUrl).hostname.replace(/^\[|\]$/g, '')]);
    this.http = new HttpClient({ baseUrl: modelUrl, timeoutMs: modelTimeoutMs, userAgent: 'TrueTrack', maxRetries: 0 });
  }

  get enabled(): boolean {
    return this.http !== undefined;
  }

  /** The model's proposal, or undefined when it is off, down, slow (past the timeout) or answers nonsense. */
  async propose(request: string, signal?: AbortSignal): Promise<ModelProposal | undefined> {
    if (!this.http || !this.policy) return undefined;
    const timeout = AbortSignal.timeout(this.config.conversation.modelTimeoutMs);
    const both = signal ? AbortSignal.any([signal, timeout]) : timeout;
    try {
      const refusal = await this.policy.refusal(this.http.baseUrl);
      if (refusal) throw new Error(refusal);
      const { data } = await this.http.request<ChatAnswer>({
        method: 'POST',
        path: 'chat/completions',
        signal: both,
        body: {
          model: this.config.conversation.model,
          temperature: 0,
          stream: false,
          response_format: { type: 'json_object' },
          messages: [
            { role: 'system', content: MODEL_PROMPT },
            { role: 'user', content: request },
          ],
        },
      });
      return parseProposal(data?.choices?.[0]?.message?.content);
    } catch (error) {
      // The request text stays out of the log: only that the model could not help, and why.
      this.logger.warn(`Local model gave no reading; the rules answer alone (${(error as Error).message})`);
      return undefined;
    }
  }
}

function parseProposal(content: unknown): ModelProposal | undefined {
  if (typeof content !== 'string' || content.length > 10_000) return undefined;
  const json = /\{[\s\S]*\}/.exec(content)?.[0];
  if (!json) return undefined;
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as ModelProposal) : undefined;
  } catch {
    return undefined;
  }
}

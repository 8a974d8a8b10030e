import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { EgressGuard, SourceUrlPolicy } from '@app/platform';

/**
 * The proxy yt-dlp is started with. While the source policy restricts anything, that is the loopback guard, so
 * redirects, fragments and names that resolve differently the second time meet the policy too; a person's own
 * http proxy sits behind the guard. A socks or https proxy cannot be chained: then only the URL itself is checked.
 */
@Injectable()
export class YtDlpEgress implements OnModuleDestroy {
  private readonly logger = new Logger(YtDlpEgress.name);
  private readonly guard: EgressGuard | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    policy: SourceUrlPolicy,
  ) {
    const upstream = config.tools.proxy;
    if (policy.unrestricted) return;
    if (upstream && !upstream.startsWith('http:')) {
      this.logger.warn(
        `yt-dlp's proxy ${new URL(upstream).protocol} cannot be chained behind the source guard: ` +
          'only the URLs of requests are checked, not the redirects yt-dlp follows',
      );
      return;
    }
    this.guard = new EgressGuard(policy, {
      ...(upstream && { upstream }),
      onRefusal: (target, refusal) => this.logger.warn(`yt-dlp was not let through to ${target}: ${refusal}`),
    });
  }

  /** The proxy URL to pass as `--proxy`, if any. */
  async proxy(): Promise<string | undefined> {
    return this.guard ? this.guard.url() : this.config.tools.proxy;
  }

  async onModuleDestroy(): Promise<void> {
    await this.guard?.close();
  }
}

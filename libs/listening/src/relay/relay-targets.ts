import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { LastfmRelay } from './lastfm-relay.js';
import { ListenBrainzRelay } from './listenbrainz-relay.js';
import type { RelayTarget, RelayTargetName } from './relay-target.js';

/** The services listens can be relayed to. */
@Injectable()
export class RelayTargets {
  readonly all: readonly RelayTarget[];
  readonly lastfm: LastfmRelay;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.lastfm = new LastfmRelay(config);
    this.all = [new ListenBrainzRelay(config), this.lastfm];
  }

  byName(name: RelayTargetName): RelayTarget | undefined {
    return this.all.find((target) => target.name === name);
  }
}

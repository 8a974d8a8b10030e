import { IntegrationEvent, IntegrationKind } from '@app/contracts';

import type { SettingFieldView } from '../../ui/setting-field.component';

export interface KindView {
  kind: IntegrationKind;
  label: string;
  fields: SettingFieldView[];
}

const url = (placeholder: string): SettingFieldView => ({ name: 'url', label: 'URL', required: true, placeholder });
const libraryPath: SettingFieldView = {
  name: 'libraryPath',
  label: 'Library folder as the server sees it',
  required: false,
  placeholder: '/data/music',
};

/** The settings each kind takes, as the server checks them (libs/integrations targets). */
export const KINDS: KindView[] = [
  {
    kind: IntegrationKind.Jellyfin,
    label: 'Jellyfin',
    fields: [
      url('http://jellyfin:8096'),
      { name: 'apiKey', label: 'API key', required: true, secret: true },
      { name: 'userId', label: 'User id', required: false },
      libraryPath,
    ],
  },
  {
    kind: IntegrationKind.Subsonic,
    label: 'Navidrome / Subsonic',
    fields: [
      url('http://navidrome:4533'),
      { name: 'username', label: 'Username', required: true },
      { name: 'password', label: 'Password', required: true, secret: true },
      libraryPath,
    ],
  },
  {
    kind: IntegrationKind.Plex,
    label: 'Plex',
    fields: [url('http://plex:32400'), { name: 'token', label: 'Token', required: true, secret: true }, libraryPath],
  },
  {
    kind: IntegrationKind.Webhook,
    label: 'Webhook',
    fields: [{ ...url('https://example.org/hook'), secret: true }],
  },
  {
    kind: IntegrationKind.Discord,
    label: 'Discord',
    fields: [{ name: 'webhookUrl', label: 'Webhook URL', required: true, secret: true }],
  },
  {
    kind: IntegrationKind.Ntfy,
    label: 'ntfy',
    fields: [
      url('https://ntfy.sh'),
      { name: 'topic', label: 'Topic', required: true },
      { name: 'token', label: 'Token', required: false, secret: true },
    ],
  },
  {
    kind: IntegrationKind.Gotify,
    label: 'Gotify',
    fields: [url('https://gotify.example.org'), { name: 'token', label: 'App token', required: true, secret: true }],
  },
];

export const EVENTS: { event: IntegrationEvent; label: string }[] = [
  { event: IntegrationEvent.Grab, label: 'Download started' },
  { event: IntegrationEvent.Import, label: 'Track stored' },
  { event: IntegrationEvent.Failure, label: 'Job failed' },
  { event: IntegrationEvent.NeedsInput, label: 'Needs input' },
  { event: IntegrationEvent.Health, label: 'Health problem' },
];

export const kindView = (kind: IntegrationKind): KindView => KINDS.find((k) => k.kind === kind) ?? KINDS[0]!;
